'use client';

import { useEffect, useRef, useState } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import type { StudySession } from '@/lib/study/session';
import { PageLink } from '@/components/ui/page-link';
import { RunQuestion } from '@/components/study/run-question';
import { StudyMessage } from '@/components/study/study-message';
import { useNextKey } from '@/components/study/use-next-key';
import { noteHref } from '@/lib/links';
import { TagLinks } from '@/components/ui/tag-links';

type Props = {
  queue: BankEntry[];
  session: StudySession;
  edited: ReadonlySet<string>;
  onGraded: (questionId: string, correct: boolean, attemptId: string) => void;
  onNext: () => void;
  onStop: () => void;
};

/**
 * One due question at a time; "next" once it is graded. The note's title and tags often
 * name the answer, so they appear only once the question is graded. The question's stem and
 * options come from its note's file, fetched now, and the next question's meanwhile.
 */
export function ReviewRun({ queue, session, edited, onGraded, onNext, onStop }: Props) {
  // As it was when the round started: the answer just given makes the question's latest
  // attempt current, which would take the mark away at the moment it is shown.
  const [editedAtStart] = useState(edited);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const index = session.current;
  const question = queue[index];
  const graded = question !== undefined && question.id in session.results;
  // Each new question starts at its heading, so keyboard and screen reader users begin there.
  useEffect(() => headingRef.current?.focus(), [index]);
  useNextKey(graded, onNext);
  if (!question) return null;
  const last = index + 1 === queue.length;

  return (
    <section className="review-run" aria-labelledby="review-run-heading" data-testid="review-run">
      <div className="review-run-bar">
        <h2 id="review-run-heading" ref={headingRef} tabIndex={-1} className="review-run-heading" data-testid="review-position">
          <StudyMessage k="reviewProgress" /> {index + 1} / {queue.length}
        </h2>
        <progress className="review-meter" max={queue.length} value={index + (graded ? 1 : 0)} aria-hidden="true" />
      </div>
      {graded ? <NoteOf question={question} edited={editedAtStart.has(question.id)} /> : (
        <p className="review-run-note review-run-hidden" data-testid="review-note-hidden">
          <StudyMessage k="reviewNoteHidden" />
        </p>
      )}
      <RunQuestion queue={queue} session={session} mode="review" next={nextRef} onGraded={onGraded} loadingTestId="review-question-loading" />
      <div className="review-run-actions">
        <button
          ref={nextRef}
          type="button"
          className="button button-primary"
          onClick={onNext}
          disabled={!graded}
          aria-describedby={graded ? undefined : 'review-answer-first'}
          aria-keyshortcuts="N"
          data-testid="review-next"
        >
          <StudyMessage k={last ? 'reviewFinish' : 'reviewNext'} />
        </button>
        <button type="button" className="button" onClick={onStop} data-testid="review-stop">
          <StudyMessage k="reviewEnd" />
        </button>
        {graded ? (
          <p className="review-hint key-hint">
            <StudyMessage k="reviewNextKeys" />
          </p>
        ) : (
          <p id="review-answer-first" className="review-hint">
            <StudyMessage k="reviewAnswerFirst" />
          </p>
        )}
      </div>
    </section>
  );
}

/** The question's note and tags, shown once it is graded. */
function NoteOf({ question, edited }: { question: BankEntry; edited: boolean }) {
  return (
    <div className="review-run-note" data-testid="review-note-shown">
      <p>
        <StudyMessage k="reviewFromNote" />:{' '}
        <PageLink href={noteHref(question.slug)} data-testid="review-note-link">
          {question.title}
        </PageLink>
        {edited ? (
          <span className="badge badge-muted ml-2" data-testid="review-edited">
            <StudyMessage k="editedSince" />
          </span>
        ) : null}
      </p>
      {question.tags.length > 0 ? (
        <TagLinks tags={question.tags} testId="review-note-tags" />
      ) : null}
    </div>
  );
}
