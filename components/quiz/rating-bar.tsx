'use client';

import { useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { Attempt, Rating } from '@/lib/study/log';
import { ratingId } from '@/lib/study/record-id';
import { loadStore } from '@/components/study/progress-client';
import { Message } from '@/components/ui/bilingual';

/*
 * After a right answer given before the answer was shown: how well the student knew it,
 * for spaced review. A wrong answer is always "again", and one made after seeing the
 * answer does not move the schedule, so neither asks. Unrated, it counts as "hard".
 */

const RATINGS: { rating: Rating; label: MessageKey }[] = [
  { rating: 'again', label: 'rateAgain' },
  { rating: 'hard', label: 'rateHard' },
  { rating: 'good', label: 'rateGood' },
  { rating: 'easy', label: 'rateEasy' },
];

export function RatingBar({ attempt }: { attempt: Pick<Attempt, 'id' | 'questionId'> }) {
  const [chosen, setChosen] = useState<Rating | null>(null);
  const rate = (rating: Rating) => {
    const at = new Date().toISOString();
    const entry = { attemptId: attempt.id, questionId: attempt.questionId, rating, at };
    void loadStore().then((store) => store.recordRating({ ...entry, id: ratingId(entry) }));
    setChosen(rating);
  };
  return (
    <div className="rating-bar" role="group" aria-labelledby={`${attempt.id}-rate`} data-testid="rating-bar" data-rated={chosen ?? 'none'}>
      <p id={`${attempt.id}-rate`} className="rating-heading">
        <Message k="rateHeading" />
      </p>
      <div className="rating-buttons">
        {RATINGS.map(({ rating, label }) => (
          <button key={rating} type="button" className="button" aria-pressed={chosen === rating} onClick={() => rate(rating)} data-testid={`rate-${rating}`}>
            <Message k={label} />
          </button>
        ))}
      </div>
      <p role="status" className="rating-status">
        <Message k={chosen ? 'rated' : 'rateUnrated'} />
      </p>
    </div>
  );
}
