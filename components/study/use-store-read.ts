'use client';

import { useEffect, useState } from 'react';
import { studyStore, type StoreState, type StudyStore } from '@/components/study/progress-store';

/**
 * Something the summaries do not hold (recent sessions, storage figures), read from the
 * store and read again whenever the summaries change: an answer, a finished session or an
 * import, in this tab or another. Null until first read; `fallback` when the read fails.
 */
export function useStoreRead<T>(summaries: StoreState['summaries'] | undefined, read: (store: StudyStore) => Promise<T>, fallback: T | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!summaries) return;
    let live = true;
    read(studyStore()).then(
      (result) => {
        if (live) setValue(result);
      },
      () => {
        if (live) setValue(fallback);
      },
    );
    return () => {
      live = false;
    };
    // `read` and `fallback` are fixed per caller; the summaries are what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [summaries]);
  return value;
}
