import { useSyncExternalStore } from 'react';
import type { StoreState, StudyStore } from '@/components/study/progress-store';

/*
 * The reading pages' door to the study store. The store (IndexedDB, the schedule, the
 * schemas) is loaded only once a badge or a quiz asks for it, so the reading pages'
 * first-load JS carries just this file.
 */

let loading: Promise<StudyStore> | null = null;
let snapshot: StoreState | null = null;
const listeners = new Set<() => void>();

export function loadStore(): Promise<StudyStore> {
  loading ??= import('@/components/study/progress-store').then(({ studyStore }) => {
    const store = studyStore();
    store.subscribe(() => {
      snapshot = store.getSnapshot();
      for (const listener of listeners) listener();
    });
    return store;
  });
  return loading;
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
