import { useEffect, useRef } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import type { StudySession } from '@/lib/study/session';
import { RunQuestion } from '@/components/study/run-question';
import { StudyMessage } from '@/components/study/study-message';
import { useNextKey } from '@/components/study/use-next-key';
import { PageLink } from '@/components/ui/page-link';
import { noteHref } from '@/lib/links';

/*
 * One question of a running session: where the student is, the question (run-question.tsx:
 * the quiz grades, explains and records the attempt; after a reload it shows as it was), and
 * "next" once it is graded.
 */

type Props = {
  /** The session's questions, in its order. */
  questions: BankEntry[];
  session: StudySession;
  onGraded: (questionId: string, correct: boolean, attemptId: string) => void;
  onNext: () => void;
};

export function PracticeRun({ questions, session, onGraded, onNext }: Props) {
  const index = session.current;
  const results = session.results;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each new question takes the focus, so keyboard and screen reader users start at its top.
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);
  const nextRef = useRef<HTMLButtonElement>(null);

  const question = questions[index];
  useNextKey(question !== undefined && question.id in results, onNext);
  if (!question) return null;
  const total = questions.length;
  const answered = questions.filter((each) => each.id in results).length;
  const last = index === total - 1;

  return (
    <section className="practice-run" aria-labelledby="practice-run-heading" data-testid="practice-run" data-question={question.id} data-slug={question.slug}>
      <div className="practice-run-head">
        <h2 id="practice-run-heading" ref={headingRef} tabIndex={-1} className="practice-heading" data-testid="practice-position">
          <StudyMessage k="practiceProgress" values={{ k: index + 1, n: total }} />
        </h2>
        <span id="practice-progress-label" className="practice-answered">
          <span className="sr-only">
            <StudyMessage k="practiceProgressLabel" />:{' '}
          </span>
          <StudyMessage k="practiceAnsweredCount" values={{ answered, n: total }} />
        </span>
      </div>
      <progress className="practice-progress" max={total} value={answered} aria-labelledby="practice-progress-label" data-testid="practice-progress" />

      <RunQuestion queue={questions} session={session} mode="practice" next={nextRef} onGraded={onGraded} loadingTestId="practice-question-loading" />

      {question.id in results ? (
        <div className="practice-next">
          <button ref={nextRef} type="button" className="button button-primary gap-1.5" onClick={onNext} aria-keyshortcuts="N" data-testid="practice-next">
            <StudyMessage k={last ? 'practiceFinish' : 'practiceNext'} /> <span aria-hidden="true">→</span>
          </button>
          <p className="practice-hint">
            <StudyMessage k="practiceFirstCounts" />
          </p>
          {/* Only once graded: a note's title can name the answer. */}
          <p className="practice-note-link" data-testid="practice-note-link">
            <StudyMessage k="practiceFromNote" />: <PageLink href={noteHref(question.slug)}>{question.title}</PageLink>
          </p>
        </div>
      ) : null}
    </section>
  );
}
