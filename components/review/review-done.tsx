'use client';

import { useEffect, useRef } from 'react';
import { PageLink } from '@/components/ui/page-link';
import { StudyMessage } from '@/components/study/study-message';

/** The end of a review: the score, saved as a session. */
export function ReviewDone({ correct, total, onBack }: { correct: number; total: number; onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="review-done" aria-labelledby="review-done-heading" data-testid="review-done">
      <h2 id="review-done-heading" ref={headingRef} tabIndex={-1} className="review-done-heading">
        <StudyMessage k="reviewDoneHeading" />
      </h2>
      <p className="review-done-score" data-testid="review-done-score" data-correct={correct} data-total={total}>
        <StudyMessage k="reviewDoneScore" /> <strong>{correct}</strong> / {total}
      </p>
      {total > 0 ? (
        <p className="review-hint">
          <StudyMessage k="reviewDoneSaved" />
        </p>
      ) : null}
      <div className="review-run-actions">
        <button type="button" className="button button-primary" onClick={onBack} data-testid="review-back">
          <StudyMessage k="reviewBack" />
        </button>
        <PageLink href="/stats/" className="button">
          <StudyMessage k="reviewSeeStats" />
        </PageLink>
      </div>
    </section>
  );
}
