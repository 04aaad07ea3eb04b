'use client';

import { useEffect, useState } from 'react';
import type { Resumed } from '@/components/quiz/quiz';
import { studyStore } from '@/components/study/progress-store';
import { fetchAnswerKey } from '@/components/study/study-data';

/*
 * A session question graded before a reload, rebuilt from the log (its attempt and latest
 * rating) and the note's answer key, so it shows as it was. 'none' when there is nothing
 * to show again: never graded, or its attempt is not in the log (a write the browser
 * refused); then it is answered afresh, as seen.
 */

export type ResumedState = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; resumed: Resumed };

export function useResumedAttempt(slug: string, questionId: string, attemptId: string | undefined): { state: ResumedState; reload: () => void } {
  const [state, setState] = useState<ResumedState>(attemptId === undefined ? { kind: 'none' } : { kind: 'loading' });
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    if (attemptId === undefined) return;
    let live = true;
    const show = (next: ResumedState) => {
      if (live) setState(next);
    };
    studyStore()
      .ratedAttempt(attemptId)
      .catch(() => null)
      .then(async (found) => {
        if (!found || found.attempt.questionId !== questionId) return show({ kind: 'none' });
        // From the same answer-key file as at grading; one that cannot be had now can be retried.
        const key = await fetchAnswerKey(slug, questionId).catch(() => null);
        show(key ? { kind: 'ready', resumed: { ...found, key } } : { kind: 'failed' });
      });
    return () => {
      live = false;
    };
  }, [slug, questionId, attemptId, loads]);

  const reload = () => {
    setState({ kind: 'loading' });
    setLoads((current) => current + 1);
  };
  return { state, reload };
}
