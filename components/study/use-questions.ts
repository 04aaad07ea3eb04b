'use client';

import { useEffect, useState } from 'react';
import type { BankEntry, BankQuestion } from '@/lib/question-bank/bank-schema';
import { fetchQuestions, loadedQuestions, prefetchQuestions } from '@/components/study/question-bank';

/*
 * The questions a screen shows, with their stems and options (their notes' files, fetched
 * when first shown): ready at once when every file was fetched before, else loading, or
 * failed with a retry.
 */

export type QuestionsState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; questions: BankQuestion[] };

export function useQuestions(entries: readonly BankEntry[]): { questions: QuestionsState; reload: () => void } {
  const key = entries.map((entry) => entry.id).join('\n');
  const [outcome, setOutcome] = useState<{ key: string; failed: boolean } | null>(null);
  const [loads, setLoads] = useState(0);
  const known = loadedQuestions(entries);
  const needed = known === null;

  useEffect(() => {
    if (!needed) return;
    let live = true;
    fetchQuestions(entries).then(
      () => {
        if (live) setOutcome({ key, failed: false });
      },
      () => {
        if (live) setOutcome({ key, failed: true });
      },
    );
    return () => {
      live = false;
    };
    // `entries` is a fresh list each render; `key` names its questions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, needed, loads]);

  const reload = () => {
    setOutcome(null);
    setLoads((current) => current + 1);
  };
  if (known) return { questions: { kind: 'ready', questions: known }, reload };
  return { questions: outcome?.key === key && outcome.failed ? { kind: 'failed' } : { kind: 'loading' }, reload };
}

/** The question at `index` of a run (practice, review) with its stem and options, the next one fetched meanwhile. */
export function useRunQuestion(queue: readonly BankEntry[], index: number): { shown: QuestionsState; body: BankQuestion | undefined; reload: () => void } {
  const question = queue[index];
  const { questions: shown, reload } = useQuestions(question ? [question] : []);
  const following = queue[index + 1];
  useEffect(() => {
    if (following) prefetchQuestions([following]);
  }, [following]);
  return { shown, body: shown.kind === 'ready' ? shown.questions[0] : undefined, reload };
}
