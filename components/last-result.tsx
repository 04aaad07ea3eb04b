'use client';

import { useSyncExternalStore } from 'react';
import { lastAttempt } from '@/lib/progress';
import { getServerSnapshot, getSnapshot, subscribe } from './progress-store';
import { T } from './t';

/** The student's newest result on these questions, from saved progress. */
export function LastResult({ questionIds }: { questionIds: string[] }) {
  const { progress } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const last = lastAttempt(progress, questionIds);
  if (!last) {
    return (
      <span className="badge badge-muted" data-testid="last-result" data-result="none">
        <T k="notAnswered" />
      </span>
    );
  }
  return (
    <span className={last.correct ? 'badge badge-good' : 'badge badge-bad'} data-testid="last-result" data-result={last.correct ? 'correct' : 'wrong'}>
      <span aria-hidden="true">{last.correct ? '✓ ' : '✗ '}</span>
      <T k={last.correct ? 'lastCorrect' : 'lastWrong'} />
    </span>
  );
}
