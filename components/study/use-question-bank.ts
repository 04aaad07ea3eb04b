'use client';

import { useEffect, useState } from 'react';
import type { BankQuestion } from '@/lib/study-schema';
import { fetchQuestionBank } from '@/components/study/question-bank';

/*
 * The question bank for a study page (practice, review, exam, stats): one way to load it,
 * a failure the student can retry, and `now` taken when it arrives, so every number on
 * the page is judged from one moment.
 */

export type BankState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; questions: BankQuestion[]; now: Date };

export function useQuestionBank(): { bank: BankState; reload: () => void } {
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
  return { bank, reload };
}
