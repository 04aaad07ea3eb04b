import { useEffect, useRef } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import { keyShown, type StudySession } from '@/lib/study/session';
import { Quiz } from '@/components/quiz/quiz';
import { BankStatus } from '@/components/study/bank-status';
import { StudyMessage } from '@/components/study/study-message';
import { useRunQuestion } from '@/components/study/use-questions';
import { useNextKey } from '@/components/study/use-next-key';
import { PageLink } from '@/components/ui/page-link';
import { noteHref } from '@/lib/links';

/*
 * One question of a running session: where the student is, the quiz itself (which grades,
 * explains and records the attempt), and "next" once it is graded. The question's stem and
 * options come from its note's file, fetched now, and the next question's while this one
 * is answered.
 */

type Props = {
  /** The session's questions, in its order. */
  questions: BankEntry[];
  session: StudySession;
  onGraded: (questionId: string, correct: boolean) => void;
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
  const { shown, body, reload } = useRunQuestion(questions, index);
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

      {body ? (
        <Quiz
          key={question.id}
          slug={question.slug}
          question={body}
          position={index + 1}
          mode="practice"
          revealed={keyShown(session, question.id)}
          // A right answer after seeing the answer is kept, but does not score.
          onGraded={({ attempt }) => onGraded(question.id, attempt.correct && !attempt.revealed)}
          // After rating, Enter (or N) goes on.
          onRated={() => requestAnimationFrame(() => nextRef.current?.focus())}
          pageKeys />
      ) : (
        <BankStatus bank={shown} onRetry={reload} testId="practice-question-loading" />
      )}

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
