'use client';

import { useEffect } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import { withKnownQuestions, type StudySession } from '@/lib/study/session';
import { studyStore } from '@/components/study/progress-store';

/**
 * The unfinished session of a mode, from before a reload, once the bank is there: handed
 * to `resume` against today's questions (null when there is none, or none of its
 * questions is left).
 */
export function useOpenSession(mode: 'practice' | 'review', questions: readonly BankEntry[] | null, resume: (session: StudySession | null) => void): void {
  useEffect(() => {
    if (!questions) return;
    let live = true;
    void studyStore()
      .openSession(mode)
      .then(({ session }) => {
        if (live) resume(session ? withKnownQuestions(session, new Set(questions.map((question) => question.id))) : null);
      });
    return () => {
      live = false;
    };
    // `resume` is a fresh closure each render; the lookup runs once per bank.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mode, questions]);
}
