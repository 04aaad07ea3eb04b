import { useSyncExternalStore } from 'react';
import type { StoreState, StudyStore } from '@/components/study/progress-store';

/*
 * The reading pages' door to the study store. The store (IndexedDB, the schedule, the
 * schemas) is loaded only once a badge or a quiz asks for it, so the reading pages'
 * first-load JS carries just this file.
 */

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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadStore();
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
