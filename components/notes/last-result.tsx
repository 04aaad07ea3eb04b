'use client';

import type { QuestionRef } from '@/lib/note-card';
import { latestOf, standing, type Standing } from '@/lib/study/standing';
import { useStudyState } from '@/components/study/progress-client';
import { Message } from '@/components/ui/message';

/*
 * The student's newest result on these questions, from the per-question summaries. A
 * right answer given after the answer was shown says so, and looks unlike a clean one.
 * A result given before the question was edited still shows, marked as such.
 */

const LOOK: Record<Exclude<Standing, 'none'>, { className: string; mark: string; text: 'lastCorrect' | 'lastWrong' | 'lastRevealed' }> = {
  correct: { className: 'badge badge-good', mark: '✓ ', text: 'lastCorrect' },
  wrong: { className: 'badge badge-bad', mark: '✗ ', text: 'lastWrong' },
  revealed: { className: 'badge badge-warn', mark: '👁 ', text: 'lastRevealed' },
};

export function LastResult({ questions }: { questions: QuestionRef[] }) {
  const study = useStudyState();
  if (!study || study.status !== 'ready') {
    // Keeps the badge's place while the store opens, so nothing shifts.
    return <span className="badge badge-muted invisible" data-testid="last-result" data-result="loading" aria-hidden="true">…</span>;
  }
  const last = latestOf(questions.map((question) => study.summaries.get(question.id)));
  const result = standing(last ?? undefined);
  if (!last || result === 'none') {
    return (
      <span className="badge badge-muted" data-testid="last-result" data-result="none">
        <Message k="notAnswered" />
      </span>
    );
  }
  const edited = questions.some((question) => question.id === last.questionId && question.fingerprint !== last.latest.fingerprint);
  const look = LOOK[result];
  return (
    <span className={look.className} data-testid="last-result" data-result={result} data-edited={edited}>
      {/* One inline box: as separate flex items the badge would drop the spaces between them. */}
      <span>
        <span aria-hidden="true">{look.mark}</span>
        <Message k={look.text} />
        {edited ? (
          <>
            {' · '}
            <Message k="editedSince" />
          </>
        ) : null}
      </span>
    </span>
  );
}
