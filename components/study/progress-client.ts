import { useSyncExternalStore } from 'react';
import type { StoreState, StudyStore } from '@/components/study/progress-store';
import { nothingSavedHere, onFirstWrite } from '@/components/study/saved-here';
import { DEFAULT_SETTINGS } from '@/lib/study/default-settings';

/*
 * The reading pages' door to the study store. The store (IndexedDB, the schedule, the
 * schemas) is loaded only once a badge or a quiz asks for it, so the reading pages'
 * first-load JS carries just this file; and not even then in a browser that has never
 * saved anything here, until something is answered (in this tab or another).
 */

/** What the store says of a browser that has saved nothing: ready, and nothing answered. */
const NOTHING_SAVED: StoreState = {
  status: 'ready',
  notice: 'none',
  summaries: new Map(),
  days: new Map(),
  settings: DEFAULT_SETTINGS,
  marks: new Map(),
  suspended: new Set(),
};

let loading: Promise<StudyStore> | null = null;
let connected: StudyStore | null = null;
let snapshot: StoreState | null = null;
const listeners = new Set<() => void>();

/** Once: the store is one, however its code arrived. */
function connect(store: StudyStore): StudyStore {
  if (connected) return connected;
  connected = store;
  store.subscribe(() => {
    snapshot = store.getSnapshot();
    for (const listener of listeners) listener();
  });
  return store;
}

export function loadStore(): Promise<StudyStore> {
  loading ??= import('@/components/study/progress-store').then(({ studyStore }) => connect(studyStore()));
  return loading;
}

/**
 * A study page holds the store's code already: it connects the store at once, which opens
 * it, even when the header has asked for it first. Loaded with import(), the store waits
 * for a chunk the bundler split apart from the page's own (one more request, after
 * hydration) before it even opens.
 */
export function connectStore(store: StudyStore): void {
  connect(store);
  loading ??= Promise.resolve(store);
}

let watching = false;

/** The first watcher decides: the store, or (on a browser with nothing saved) its empty state until a first write. */
async function watch(): Promise<void> {
  if (watching) return;
  watching = true;
  if (loading || !(await nothingSavedHere())) {
    void loadStore();
    return;
  }
  if (connected) return;
  snapshot = NOTHING_SAVED;
  for (const listener of listeners) listener();
  onFirstWrite(() => void loadStore());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void watch();
  return () => listeners.delete(listener);
}

/** The store's state; null until it has loaded (and on the server). */
export function useStudyState(): StoreState | null {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => null,
  );
}
