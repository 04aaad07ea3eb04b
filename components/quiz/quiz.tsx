'use client';

import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { AnswerKey } from '@/lib/browser-schema';
import type { QuizQuestion } from '@/lib/content/schema';
import { isCorrect, keyRanges, letterForKey, refusesPick, toggleChoice } from '@/lib/quiz';
import type { Attempt, AttemptMode, Rating } from '@/lib/study/log';
import { newId } from '@/lib/study/record-id';
import { loadStore } from '@/components/study/progress-client';
import { AfterNotes, QuestionOptions, QuestionStem, SelectCount, SelectHint } from '@/components/quiz/question-parts';
import { isPageKey } from '@/components/quiz/page-keys';
import { RatingBar } from '@/components/quiz/rating-bar';
import { QuestionMarksSlot } from '@/components/quiz/question-marks-slot';
import { fetchAnswerKey } from '@/components/study/study-data';
import { Message } from '@/components/ui/message';

/*
 * One exam question. The page holds only the stem and the options; the answers and the
 * explanations are fetched from the note's answer-key file when the student submits.
 */

export type Graded = { attempt: Attempt; key: AnswerKey };
/** A graded attempt shown again as it was (a session resumed after a reload), with its rating if it has one. */
export type Resumed = Graded & { rating: Rating | null };

type Phase = { kind: 'answering' } | { kind: 'checking' } | { kind: 'failed' } | ({ kind: 'graded'; rating?: Rating | null } & Graded);

/** What the key handler reads of a key press: React's on the form, the DOM's on the page. */
type KeyEvent = Pick<globalThis.KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target' | 'preventDefault'>;

export type QuizProps = {
  slug: string;
  question: QuizQuestion;
  position: number;
  /** Where the attempt was made, saved with it. */
  mode?: AttemptMode;
  /** The answer key was already shown for this question in this view (practice resumed on a graded question, a retake after an exam). */
  revealed?: boolean;
  /** Told once per graded attempt (practice and review count them). */
  onGraded?: (graded: Graded) => void;
  /** Told after the student rates a clean right answer (practice and review focus "next"). */
  onRated?: () => void;
  /** The quiz's own anchor on its note's page (`q-1`), when nothing around it carries one. */
  anchor?: string;
  /**
   * The page's one question (practice, review): its keys work wherever the focus is, so
   * they work the moment it appears, while the focus stays on its heading for screen readers.
   */
  pageKeys?: boolean;
  /** Shown graded from the start, as it was before a reload: not graded, nor counted, again. */
  resumed?: Resumed;
};

/**
 * Once this quiz has shown the answer, every later try at it is recorded as made after
 * seeing the answer: it stays in the history, but never counts as knowing it.
 */
export function Quiz({ slug, question, position, mode = 'note', revealed = false, onGraded, onRated, anchor, pageKeys = false, resumed }: QuizProps) {
  const [chosen, setChosen] = useState<string[]>(resumed?.attempt.chosen ?? []);
  const [phase, setPhase] = useState<Phase>(resumed ? { kind: 'graded', ...resumed } : { kind: 'answering' });
  const [keyShown, setKeyShown] = useState(revealed || resumed !== undefined);
  const [refused, setRefused] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const letters = question.options.map((option) => option.letter);
  const graded = phase.kind === 'graded' ? phase : null;
  const ready = chosen.length === question.selectCount && (phase.kind === 'answering' || phase.kind === 'failed');

  const choose = (letter: string) => {
    if (phase.kind !== 'answering' && phase.kind !== 'failed') return;
    setRefused(refusesPick(chosen, letter, question.selectCount));
    setChosen((current) => toggleChoice(current, letter, question.selectCount));
  };

  const submit = async () => {
    if (!ready) return;
    // Into the status at once: grading disables the options, and a focused option that is
    // disabled drops the focus to the page, where a rating key pressed next was lost.
    statusRef.current?.focus();
    setPhase({ kind: 'checking' });
    const store = loadStore();
    try {
      const key = await fetchAnswerKey(slug, question.id);
      const correct = isCorrect(chosen, key.answers);
      const now = new Date();
      const attempt: Attempt = { id: newId(now), questionId: question.id, fingerprint: question.fingerprint, chosen, correct, at: now.toISOString(), mode, revealed: keyShown };
      // The grade shows once the answer is written: a page left as soon as the grade shows
      // (the next link, a closed tab) keeps the answer, where a write still under way was
      // cut off with the page. A failed write is kept in memory and told by the store.
      await store.then((loaded) => loaded.recordAttempt(attempt)).catch(() => undefined);
      setKeyShown(true);
      setPhase({ kind: 'graded', key, attempt });
      onGraded?.({ attempt, key });
    } catch {
      setPhase({ kind: 'failed' });
    }
    // Back into the status only if grading dropped the focus: never away from where the student has moved it since.
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) statusRef.current?.focus();
    });
  };

  const retry = () => {
    setChosen([]);
    setRefused(false);
    setPhase({ kind: 'answering' });
    requestAnimationFrame(() => formRef.current?.querySelector('input')?.focus());
  };

  const onKeyDown = (event: KeyEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Enter on a button (a rating, "try again") does what that button says.
    if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return;
    // Once graded only R is the quiz's: the digits go to the rating bar.
    if (graded) {
      if (event.key.toLowerCase() === 'r') {
        event.preventDefault();
        retry();
      }
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
      return;
    }
    const letter = letterForKey(event.key, letters);
    if (letter) {
      event.preventDefault();
      choose(letter);
    }
  };

  // The page's keys go to the question while it is answered, and R once graded (a resumed
  // question starts graded, the focus on the page's heading); from anywhere but a field of its own.
  // Layout effects: in place before the question is painted, so a key pressed the moment it shows is not lost.
  const pageKeyRef = useRef<(event: KeyEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    pageKeyRef.current = (event) => {
      if (phase.kind !== 'checking') onKeyDown(event);
    };
  });
  useLayoutEffect(() => {
    if (!pageKeys) return;
    const listen = (event: globalThis.KeyboardEvent) => {
      if (isPageKey(event, formRef.current)) pageKeyRef.current(event);
    };
    addEventListener('keydown', listen);
    return () => removeEventListener('keydown', listen);
  }, [pageKeys]);

  return (
    <form
      ref={formRef}
      id={anchor}
      className="quiz"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={onKeyDown}
      data-testid="quiz"
      data-phase={phase.kind}
    >
      <fieldset aria-describedby={`${id}-stem ${id}-hint`}>
        <legend className="quiz-legend">
          <Message k="question" /> {position}
          <SelectHint id={`${id}-hint`} selectCount={question.selectCount} />
        </legend>
        <QuestionStem id={`${id}-stem`} question={question} />
        <QuestionOptions question={question} chosen={chosen} answerKey={graded?.key ?? null} input={{ name: `${id}-choice`, onChoose: choose, disabled: graded !== null }} />
        {graded ? null : <SelectCount chosen={chosen.length} selectCount={question.selectCount} refused={refused} />}
      </fieldset>

      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="quiz-status" data-testid="quiz-status">
        {graded ? (
          <span className={graded.attempt.correct ? (graded.attempt.revealed ? 'text-warn' : 'text-good') : 'text-bad'} data-revealed={graded.attempt.revealed}>
            <Message k={graded.attempt.correct ? (graded.attempt.revealed ? 'correctRevealed' : 'correct') : 'wrong'} />
            {graded.attempt.correct ? null : (
              <>
                {' — '}
                <Message k="correctAnswer" />: {graded.key.answers.join(', ')}
              </>
            )}
          </span>
        ) : phase.kind === 'failed' ? (
          <Message k="loadFailed" />
        ) : null}
      </p>

      {graded ? <AfterNotes answerKey={graded.key} /> : null}

      {graded && graded.attempt.correct && !graded.attempt.revealed ? <RatingBar attempt={graded.attempt} rated={graded.rating ?? null} onRated={onRated} pageKeys={pageKeys} /> : null}

      <div className="quiz-actions">
        {graded ? (
          <button type="button" className="button" onClick={retry} data-testid="quiz-retry">
            <Message k="retry" />
          </button>
        ) : (
          <button type="submit" className="button button-primary" disabled={!ready} data-testid="quiz-submit">
            <Message k="submit" />
          </button>
        )}
        <p className="quiz-keys">
          {/* Once graded the letters choose nothing (and 1–4 rate): only the retry key is left. */}
          {graded ? <Message k="keyboardHintGraded" /> : <Message k="keyboardHint" values={keyRanges(letters)} />}
        </p>
      </div>
      <QuestionMarksSlot questionId={question.id} answerShown={graded !== null} />
    </form>
  );
}
