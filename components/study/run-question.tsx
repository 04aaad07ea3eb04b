'use client';

import { useState, type RefObject } from 'react';
import type { BankEntry, BankQuestion } from '@/lib/question-bank/bank-schema';
import { keyShown, type StudySession } from '@/lib/study/session';
import { Quiz } from '@/components/quiz/quiz';
import { BankStatus } from '@/components/study/bank-status';
import { useResumedAttempt } from '@/components/study/use-resumed-attempt';
import { useRunQuestion } from '@/components/study/use-questions';

/*
 * The question on screen in a practice or review run: fetched from its note's file (the
 * next one meanwhile), answered with the quiz, whose keys work from anywhere on the page.
 * One graded before a reload shows again as it was, from the log.
 */

type Props = {
  /** The run's questions, in its order. */
  queue: readonly BankEntry[];
  session: StudySession;
  mode: 'practice' | 'review';
  /** The run's "next" button: after rating, Enter (or N) goes on. */
  next: RefObject<HTMLButtonElement | null>;
  /** A graded answer: whether it scores (a right one after seeing the answer is kept, but does not), and its attempt. */
  onGraded: (questionId: string, correct: boolean, attemptId: string) => void;
  /** The status shown while the question loads. */
  loadingTestId: string;
};

export function RunQuestion({ queue, session, ...rest }: Props) {
  const index = session.current;
  const question = queue[index];
  const { shown, body, reload } = useRunQuestion(queue, index);
  if (!question) return null;
  if (!body) return <BankStatus bank={shown} onRetry={reload} testId={rest.loadingTestId} />;
  return (
    <ShownQuestion
      key={question.id}
      {...rest}
      question={body}
      // Its place in this run: every card of a one-question note would read "문제 1".
      position={index + 1}
      seen={keyShown(session, question.id)}
      attemptId={session.graded?.[question.id]}
    />
  );
}

type ShownProps = Omit<Props, 'queue' | 'session'> & { question: BankQuestion; position: number; seen: boolean; attemptId: string | undefined };

function ShownQuestion({ question, position, mode, seen, attemptId, next, onGraded, loadingTestId }: ShownProps) {
  // The attempt as the question first shows: one graded from here on is the quiz's own, not to be shown again.
  const [resumeId] = useState(attemptId);
  const { state, reload } = useResumedAttempt(question.slug, question.id, resumeId);
  if (state.kind === 'loading' || state.kind === 'failed') return <BankStatus bank={state} onRetry={reload} testId={loadingTestId} />;
  // An answer to an older wording of the question is not shown against the new one.
  const resumed = state.kind === 'ready' && state.resumed.attempt.fingerprint === question.fingerprint ? state.resumed : undefined;
  return (
    <Quiz
      slug={question.slug}
      question={question}
      position={position}
      mode={mode}
      revealed={seen}
      resumed={resumed}
      onGraded={({ attempt }) => onGraded(question.id, attempt.correct && !attempt.revealed, attempt.id)}
      // At once, in the rating's own key or click: an Enter typed right after it presses "다음".
      onRated={() => next.current?.focus()}
      pageKeys
    />
  );
}
