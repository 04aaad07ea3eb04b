'use client';

import { useEffect, useRef } from 'react';
import type { DueOutlook, NamespaceDue } from '@/lib/study/due';
import { DueTime } from '@/components/review/due-time';
import { DueSummary } from '@/components/study/due-summary';
import { PageLink } from '@/components/ui/page-link';
import { StudyMessage } from '@/components/study/study-message';

type Props = {
  outlook: DueOutlook;
  tags: NamespaceDue[];
  /** The soonest due time, shown when nothing is due now. */
  next: Date | null;
  /** How many questions "review ahead" would ask; only offered when nothing is due now. */
  ahead: number;
  answered: boolean;
  now: Date;
  onStart: () => void;
  onAhead: () => void;
  focusOnMount: boolean;
};

/**
 * The review page's start: how many questions are due (now, today, tomorrow, this week),
 * the start button, and the counts per tag. Counts only: a note's title, or anything in
 * the order the session asks, would give answers away before the questions are seen.
 */
export function ReviewOverview({ outlook, tags, next, ahead, answered, now, onStart, onAhead, focusOnMount }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  return (
    <>
      <section className="review-due" aria-labelledby="review-due-heading" data-testid="review-due">
        <h2 id="review-due-heading" ref={headingRef} tabIndex={-1} className="review-due-heading">
          <StudyMessage k="reviewDueHeading" />
        </h2>
        <DueSummary outlook={outlook} testId="review-due-count" />
        <p className="review-hint">
          <StudyMessage k="dueSummaryHint" />
        </p>
        {outlook.now > 0 ? (
          <button type="button" className="button button-primary" onClick={onStart} data-testid="review-start">
            <StudyMessage k="reviewStart" values={{ n: outlook.now }} />
          </button>
        ) : next ? (
          <p className="review-due-next" data-testid="review-due-next">
            <StudyMessage k="reviewNothingDue" /> <DueTime due={next} now={now} />
          </p>
        ) : null}
        {outlook.now === 0 && ahead > 0 ? <ReviewAhead count={ahead} onAhead={onAhead} /> : null}
      </section>

      {answered ? <TagCounts groups={tags} /> : <NothingAnswered />}
    </>
  );
}

/** Questions not due yet, asked only on purpose and labelled so. */
function ReviewAhead({ count, onAhead }: { count: number; onAhead: () => void }) {
  return (
    <div className="review-ahead" data-testid="review-ahead-offer">
      <button type="button" className="button" onClick={onAhead} aria-describedby="review-ahead-hint" data-testid="review-ahead">
        <StudyMessage k="reviewAhead" values={{ n: count }} />
      </button>
      <p id="review-ahead-hint" className="review-hint">
        <StudyMessage k="reviewAheadHint" values={{ n: count }} />
      </p>
    </div>
  );
}

/** Due now and today per tag, by namespace; most due first, never in session order. */
function TagCounts({ groups }: { groups: NamespaceDue[] }) {
  return (
    <section className="review-tags" aria-labelledby="review-tags-heading" data-testid="review-tags">
      <h2 id="review-tags-heading" className="review-section-heading">
        <StudyMessage k="reviewTagsHeading" />
      </h2>
      {groups.length === 0 ? (
        <p className="review-hint" data-testid="review-tags-none">
          <StudyMessage k="reviewTagsNone" />
        </p>
      ) : (
        <div className="review-tag-groups">
          {groups.map(({ namespace, tags }) => (
            <div key={namespace} className="review-tag-group">
              <h3 className="review-tag-namespace">{namespace}</h3>
              <ul className="review-tag-list">
                {tags.map((tag) => (
                  <li key={tag.tag} className="review-tag" data-testid="review-tag" data-tag={tag.tag} data-now={tag.now} data-today={tag.today}>
                    <span className="review-tag-name">{tag.value}</span>
                    <span className="review-tag-count">
                      <StudyMessage k="dueSummary" values={{ now: tag.now, today: tag.today }} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function NothingAnswered() {
  return (
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
  );
}
