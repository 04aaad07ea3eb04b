'use client';

import { useState } from 'react';
import type { BankQuestion } from '@/lib/study-schema';
import { newId } from '@/lib/progress';
import { dueToday } from '@/lib/schedule';
import { editedQuestions, inBank, nextDueByNote } from '@/lib/stats';
import { recordSession } from './progress-store';
import { useStudyData } from './use-study-data';
import { ReviewDone } from './review-done';
import { ReviewOverview } from './review-overview';
import { ReviewRun } from './review-run';
import { BankStatus } from './bank-status';

/*
 * The review page's island: how many questions are due today and when each note is due
 * next; then the due questions one by one with the quiz, and a short summary at the end.
 */

/** The first grading of each question counts; a retry inside the quiz does not change it. */
export type ReviewResults = Record<string, boolean>;

type Stage =
  | { kind: 'overview'; now: Date | null; returning: boolean }
  | { kind: 'running'; queue: BankQuestion[]; index: number; results: ReviewResults; startedAt: Date }
  | { kind: 'done'; correct: number; total: number };

export function ReviewSession() {
  const { progress, bank, reload } = useStudyData();
  const [stage, setStage] = useState<Stage>({ kind: 'overview', now: null, returning: false });

  if (bank.kind !== 'ready') return <BankStatus bank={bank} onRetry={reload} testId="review-loading" />;

  const edited = editedQuestions(progress, bank.questions);

  const finish = (current: Extract<Stage, { kind: 'running' }>) => {
    const questionIds = current.queue.map((question) => question.id).filter((id) => id in current.results);
    const correct = questionIds.filter((id) => current.results[id]).length;
    if (questionIds.length > 0) {
      const endedAt = new Date();
      // Recorded here, in the click, so it happens exactly once per finished review.
      recordSession({ id: newId(endedAt), mode: 'review', startedAt: current.startedAt.toISOString(), endedAt: endedAt.toISOString(), questionIds, correct, total: questionIds.length });
    }
    setStage({ kind: 'done', correct, total: questionIds.length });
  };

  if (stage.kind === 'running') {
    return (
      <ReviewRun
        queue={stage.queue}
        index={stage.index}
        results={stage.results}
        edited={edited}
        onGraded={(questionId, correct) =>
          setStage((current) =>
            current.kind === 'running' && !(questionId in current.results) ? { ...current, results: { ...current.results, [questionId]: correct } } : current,
          )
        }
        onNext={() => (stage.index + 1 < stage.queue.length ? setStage({ ...stage, index: stage.index + 1 }) : finish(stage))}
        onStop={() => finish(stage)}
      />
    );
  }

  if (stage.kind === 'done') {
    return <ReviewDone correct={stage.correct} total={stage.total} onBack={() => setStage({ kind: 'overview', now: new Date(), returning: true })} />;
  }

  const now = stage.now ?? bank.now;
  const byId = new Map(bank.questions.map((question) => [question.id, question]));
  const due = dueToday(inBank(progress, bank.questions), now).flatMap((entry) => byId.get(entry.questionId) ?? []);
  return (
    <ReviewOverview
      due={due.length}
      notes={nextDueByNote(progress, bank.questions, now)}
      now={now}
      focusOnMount={stage.returning}
      onStart={() => {
        if (due.length > 0) setStage({ kind: 'running', queue: due, index: 0, results: {}, startedAt: new Date() });
      }}
    />
  );
}
