'use client';

import { useEffect, useRef } from 'react';
import type { NoteDue } from '@/lib/study/stats';
import { DueTime } from '@/components/review/due-time';
import { PageLink } from '@/components/ui/page-link';
import { StudyMessage } from '@/components/study/study-message';
import { noteHref } from '@/lib/links';

type Props = { due: number; notes: NoteDue[]; now: Date; onStart: () => void; focusOnMount: boolean };

/** How many questions are due today, the start button, and each answered note's next review. */
export function ReviewOverview({ due, notes, now, onStart, focusOnMount }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  const soonest = notes[0];

  return (
    <>
      <section className="review-due" aria-labelledby="review-due-heading" data-testid="review-due">
        <h2 id="review-due-heading" ref={headingRef} tabIndex={-1} className="review-due-heading">
          <StudyMessage k="reviewDueHeading" />
        </h2>
        <p className="review-due-count" data-testid="review-due-count" data-count={due}>
          <span className="review-due-number">{due}</span> <StudyMessage k={due === 1 ? 'reviewDueUnitOne' : 'reviewDueUnit'} />
        </p>
        {due > 0 ? (
          <button type="button" className="button button-primary" onClick={onStart} data-testid="review-start">
            <StudyMessage k="reviewStart" />
          </button>
        ) : soonest ? (
          <p className="review-due-next">
            <StudyMessage k="reviewNothingDue" /> <DueTime due={soonest.due} now={now} />
          </p>
        ) : null}
      </section>

      <section className="review-notes" aria-labelledby="review-notes-heading">
        <h2 id="review-notes-heading" className="review-section-heading">
          <StudyMessage k="reviewNotesHeading" />
        </h2>
        {notes.length === 0 ? (
          <div className="empty" data-testid="review-empty">
            <p className="empty-title">
              <StudyMessage k="reviewEmptyTitle" />
            </p>
            <p>
              <StudyMessage k="reviewEmptyHint" />
            </p>
            <p className="review-empty-links">
              <PageLink href="/practice/" className="button button-primary">
                <StudyMessage k="reviewGoPractice" />
              </PageLink>
              <PageLink href="/" className="button">
                <StudyMessage k="reviewGoNotes" />
              </PageLink>
            </p>
          </div>
        ) : (
          <ul className="review-note-list" data-testid="review-note-list">
            {notes.map((note) => (
              <li key={note.slug} className="review-note" data-testid="review-note" data-slug={note.slug} data-due-today={note.dueToday}>
                <PageLink href={noteHref(note.slug)} className="review-note-title">
                  {note.title}
                </PageLink>
                <div className="review-note-meta">
                  <span>
                    <StudyMessage k="reviewDueColumn" />: <DueTime due={note.due} now={now} />
                  </span>
                  {note.dueToday > 0 ? (
                    <span className="badge badge-info">
                      <StudyMessage k="reviewTodayColumn" />
                      <span className="ml-1 tabular-nums">{note.dueToday}</span>
                    </span>
                  ) : null}
                  {note.edited ? (
                    <span className="badge badge-muted" data-testid="review-edited">
                      <StudyMessage k="editedSince" />
                    </span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
