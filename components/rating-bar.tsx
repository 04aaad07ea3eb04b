'use client';

import { useState } from 'react';
import type { Rating } from '@/lib/browser-schema';
import type { MessageKey } from '@/lib/i18n';
import { recordRating } from './progress-store';
import { T } from './t';

/*
 * After a graded answer: how well the student knew it, for spaced review. A wrong answer
 * is always "again", so only a right one asks.
 */

const RATINGS: { rating: Rating; label: MessageKey }[] = [
  { rating: 'again', label: 'rateAgain' },
  { rating: 'hard', label: 'rateHard' },
  { rating: 'good', label: 'rateGood' },
  { rating: 'easy', label: 'rateEasy' },
];

export function RatingBar({ attemptId, correct }: { attemptId: string; correct: boolean }) {
  const [chosen, setChosen] = useState<Rating | null>(null);
  if (!correct) return null;
  const rate = (rating: Rating) => {
    recordRating({ attemptId, rating, at: new Date().toISOString() });
    setChosen(rating);
  };
  return (
    <div className="rating-bar" role="group" aria-labelledby={`${attemptId}-rate`} data-testid="rating-bar">
      <p id={`${attemptId}-rate`} className="rating-heading">
        <T k="rateHeading" />
      </p>
      <div className="rating-buttons">
        {RATINGS.map(({ rating, label }) => (
          <button key={rating} type="button" className="button" aria-pressed={chosen === rating} onClick={() => rate(rating)} data-testid={`rate-${rating}`}>
            <T k={label} />
          </button>
        ))}
      </div>
      <p role="status" className="rating-status">
        {chosen ? <T k="rated" /> : null}
      </p>
    </div>
  );
}
