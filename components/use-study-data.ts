'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Progress } from '@/lib/browser-schema';
import type { BankQuestion } from '@/lib/study-schema';
import { getServerSnapshot, getSnapshot, subscribe } from './progress-store';
import { fetchQuestionBank } from './question-bank';

/*
 * What /review and /stats start from: the saved progress and the question bank. `now` is
 * taken when the bank arrives, so every number on the page is judged from one moment.
 */

export type BankState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; questions: BankQuestion[]; now: Date };

export function useStudyData(): { progress: Progress; bank: BankState; reload: () => void } {
  const { progress } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [bank, setBank] = useState<BankState>({ kind: 'loading' });
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    fetchQuestionBank().then(
      (questions) => {
        if (live) setBank({ kind: 'ready', questions, now: new Date() });
      },
      () => {
        if (live) setBank({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [loads]);

  const reload = () => {
    setBank({ kind: 'loading' });
    setLoads((current) => current + 1);
  };
  return { progress, bank, reload };
}
