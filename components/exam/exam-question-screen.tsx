'use client';

import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { BankQuestion } from '@/lib/question-bank/bank-schema';
import { questionStatus, setAnswer, toggleFlag, type Exam } from '@/lib/study/exam';
import { goTo } from '@/lib/study/session';
import { keyRanges, letterForKey, refusesPick, toggleChoice } from '@/lib/quiz';
import { QuestionOptions, QuestionStem, SelectCount, SelectHint } from '@/components/quiz/question-parts';
import { QuestionMarks } from '@/components/quiz/question-marks';
import { StudyMessage, StudyMessageList } from '@/components/study/study-message';

/*
 * One exam question at a time, ungraded: the student's picks are saved as they change,
 * and nothing says whether they are right until the exam is submitted. Keys work anywhere
 * on the page (not in form fields): A–E or 1–6 choose, ← → move, F flags.
 */

type Props = {
  exam: Exam;
  questions: BankQuestion[];
  onChange: (update: (exam: Exam) => Exam) => void;
  onReview: () => void;
};

/** Keys typed into a field of its own (none on this screen today) stay that field's. */
function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox';
}

export function ExamQuestionScreen({ exam, questions, onChange, onReview }: Props) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = exam.current;
  const question = questions[index];
  const total = questions.length;

  const move = (to: number) => onChange((current) => goTo(current, to));
  const flag = () => {
    if (question) onChange((current) => toggleFlag(current, question.id));
  };
  const [refused, setRefused] = useState<string | null>(null);
  const choose = (letter: string) => {
    if (!question) return;
    setRefused(refusesPick(exam.answers[question.id] ?? [], letter, question.selectCount) ? question.id : null);
    onChange((current) => setAnswer(current, question.id, toggleChoice(current.answers[question.id] ?? [], letter, question.selectCount)));
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || typingInField(event.target)) return;
    if (!question) return;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      // On a radio, ← → would change the pick; here they change the question (↑ ↓ still pick).
      event.preventDefault();
      move(index + (event.key === 'ArrowLeft' ? -1 : 1));
      return;
    }
    if (event.key.toLowerCase() === 'f') {
      event.preventDefault();
      flag();
      return;
    }
    const letter = letterForKey(event.key, question.options.map((option) => option.letter));
    if (letter) {
      event.preventDefault();
      choose(letter);
    }
  });

  // Arriving here (start, resume, back from review), the button that led here is gone: start at
  // the question, at the top of the page with the clock; so does each move to another question.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [index]);

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (!question) return null;
  const chosen = exam.answers[question.id] ?? [];
  const flagged = exam.flagged.includes(question.id);

  return (
    <div className="exam-screen" data-testid="exam-question-screen">
      <div className="exam-main">
        <div className="exam-toolbar">
          {/* Live, so moving with the keys is heard wherever the focus is. */}
          <h2 ref={headingRef} tabIndex={-1} className="exam-position" data-testid="exam-position" aria-live="polite">
            <StudyMessage k="examQuestionOf" values={{ k: index + 1, n: total }} />
          </h2>
          <button type="button" className="button exam-flag" aria-pressed={flagged} onClick={flag} data-testid="exam-flag">
            <span aria-hidden="true" className="exam-flag-mark">
              {flagged ? '⚑' : '⚐'}
            </span>
            <StudyMessage k="examFlag" />
          </button>
        </div>

        <form className="quiz exam-question" onSubmit={(event) => event.preventDefault()} data-testid="exam-question" data-question-id={question.id} data-slug={question.slug} data-select-count={question.selectCount}>
          <fieldset aria-describedby={`${id}-stem ${id}-hint`}>
            <legend className="quiz-legend">
              <SelectHint id={`${id}-hint`} selectCount={question.selectCount} />
            </legend>
            <QuestionStem id={`${id}-stem`} question={question} />
            <QuestionOptions question={question} chosen={chosen} answerKey={null} input={{ name: `${id}-choice`, onChoose: choose, disabled: false }} />
            <SelectCount chosen={chosen.length} selectCount={question.selectCount} refused={refused === question.id} />
          </fieldset>
          {/* The student's own marks, apart from the exam's "flag for review"; no history until the exam is graded. */}
          <QuestionMarks key={question.id} questionId={question.id} answerShown={false} />
        </form>

        <div className="exam-actions">
          <button type="button" className="button" onClick={() => move(index - 1)} disabled={index === 0} data-testid="exam-previous">
            <span aria-hidden="true">←</span>
            <StudyMessage k="examPrevious" />
          </button>
          <button type="button" className="button" onClick={() => move(index + 1)} disabled={index === total - 1} data-testid="exam-next">
            <StudyMessage k="examNext" />
            <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="button button-primary exam-review-button" onClick={onReview} data-testid="exam-open-review">
            <StudyMessage k="examOpenReview" />
          </button>
        </div>
        <p className="quiz-keys">
          <StudyMessage k="examKeyboardHint" values={keyRanges(question.options.map((option) => option.letter))} />
        </p>
      </div>

      <ExamNavigator exam={exam} questions={questions} onGoTo={move} />
    </div>
  );
}

function ExamNavigator({ exam, questions, onGoTo }: { exam: Exam; questions: BankQuestion[]; onGoTo: (index: number) => void }) {
  return (
    <nav className="exam-navigator" aria-labelledby="exam-navigator-heading" data-testid="exam-navigator">
      <h2 id="exam-navigator-heading" className="exam-navigator-heading">
        <StudyMessage k="examNavigator" />
      </h2>
      <ol className="exam-navigator-grid">
        {questions.map((question, at) => {
          const status = questionStatus(exam, question.id, question.selectCount);
          return (
            <li key={question.id}>
              <button
                type="button"
                className="exam-navigator-button"
                aria-current={at === exam.current ? 'step' : undefined}
                data-answered={status.answered}
                data-flagged={status.flagged}
                onClick={() => onGoTo(at)}
              >
                <span aria-hidden="true">{at + 1}</span>
                <StudyMessageList className="sr-only" items={[at + 1, { k: status.answered ? 'examAnswered' : 'examUnanswered' }, ...(status.flagged ? [{ k: 'examFlagged' } as const] : [])]} />
                {status.flagged ? (
                  <span className="exam-navigator-flag" aria-hidden="true">
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="exam-legend" aria-hidden="true">
        <li>
          <span className="exam-legend-swatch" data-answered="true" />
          <StudyMessage k="examAnswered" />
        </li>
        <li>
          <span className="exam-legend-swatch" data-answered="false" />
          <StudyMessage k="examUnanswered" />
        </li>
        <li>
          <span className="exam-legend-swatch exam-legend-flag">⚑</span>
          <StudyMessage k="examFlagged" />
        </li>
      </ul>
    </nav>
  );
}
