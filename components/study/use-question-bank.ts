'use client';

import { useEffect, useState } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import { connectStore } from '@/components/study/progress-client';
import { studyStore } from '@/components/study/progress-store';
import { fetchQuestionBank } from '@/components/study/question-bank';

/*
 * The question bank's index for a study page (practice, review, exam, stats): one way to
 * load it, a failure the student can retry, and `now` taken when it arrives, so every
 * number on the page is judged from one moment. The questions' stems and options come
 * later, for the questions shown (use-questions.ts).
 */

/**
 * A study page is usable once it has the bank and the student's summaries: both start
 * loading when its code runs (beside hydration; the page preloads the bank's file), not
 * after React has rendered it. A failure here is met again, and told, when the page asks.
 */
export function startStudyData(): void {
  if (typeof window === 'undefined') return;
  fetchQuestionBank().catch(() => undefined);
  connectStore(studyStore());
}

startStudyData();

export type BankState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; questions: BankEntry[]; now: Date };

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
