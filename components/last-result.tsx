'use client';

import { useSyncExternalStore } from 'react';
import type { QuestionRef } from '@/lib/note-card';
import { lastAttempt } from '@/lib/progress';
import { getServerSnapshot, getSnapshot, subscribe } from './progress-store';
import { T } from './t';

/**
 * The student's newest result on these questions, from saved progress. A result given
 * before the question was edited still shows, marked as such.
 */
export function LastResult({ questions }: { questions: QuestionRef[] }) {
  const { progress } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const last = lastAttempt(
    progress,
    questions.map((question) => question.id),
  );
  if (!last) {
    return (
      <span className="badge badge-muted" data-testid="last-result" data-result="none">
        <T k="notAnswered" />
      </span>
    );
  }
  const edited = questions.some((question) => question.id === last.questionId && question.fingerprint !== last.fingerprint);
  return (
    <span className={last.correct ? 'badge badge-good' : 'badge badge-bad'} data-testid="last-result" data-result={last.correct ? 'correct' : 'wrong'} data-edited={edited}>
      <span aria-hidden="true">{last.correct ? '✓ ' : '✗ '}</span>
      <T k={last.correct ? 'lastCorrect' : 'lastWrong'} />
      {edited ? (
        <>
          {' · '}
          <T k="editedSince" />
        </>
      ) : null}
    </span>
  );
}
