'use client';

import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { IntervalText, IntervalUnit } from '@/lib/study/due-text';
import type { Attempt, Rating } from '@/lib/study/log';
import { ratingId } from '@/lib/study/record-id';
import { inOwnKeys, isPageKey } from '@/components/quiz/page-keys';
import { loadStore } from '@/components/study/progress-client';
import { Message } from '@/components/ui/message';

/*
 * After a right answer given before the answer was shown: how well the student knew it,
 * for spaced review. A wrong answer is always "again", and one made after seeing the
 * answer does not move the schedule, so neither asks. Unrated, it counts as "hard".
 * Each button shows the interval it would give, computed in the lazily loaded store so
 * the reading pages never carry the scheduler; keys 1–4 rate, as in Anki.
 */

const RATINGS: { rating: Rating; label: MessageKey; key: string }[] = [
  { rating: 'again', label: 'rateAgain', key: '1' },
  { rating: 'hard', label: 'rateHard', key: '2' },
  { rating: 'good', label: 'rateGood', key: '3' },
  { rating: 'easy', label: 'rateEasy', key: '4' },
];

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const STATUS_TEXT: Record<SaveState, MessageKey> = { idle: 'rateUnrated', saving: 'rateSaving', saved: 'rated', failed: 'progressNotSaved' };

const UNIT_TEXT: Record<IntervalUnit, MessageKey> = { minute: 'intervalMinute', hour: 'intervalHour', day: 'intervalDay', month: 'intervalMonth', year: 'intervalYear' };

type Props = {
  attempt: Attempt;
  /** Its rating so far (a question resumed after a reload): shown chosen and saved. */
  rated?: Rating | null;
  /** The page's one question (practice, review): keys 1–4 rate wherever the focus is, as the quiz's own keys do. */
  pageKeys?: boolean;
  /** Told after each rating: practice and review move the focus to their "next" button. */
  onRated?: () => void;
};

export function RatingBar({ attempt, rated = null, pageKeys = false, onRated }: Props) {
  const [chosen, setChosen] = useState<Rating | null>(rated);
  const [saved, setSaved] = useState<SaveState>(rated ? 'saved' : 'idle');
  const [preview, setPreview] = useState<Record<Rating, IntervalText> | null>(null);
  const barRef = useRef<HTMLDivElement>(null);

  const rate = (rating: Rating) => {
    const at = new Date().toISOString();
    const entry = { attemptId: attempt.id, questionId: attempt.questionId, rating, at };
    setChosen(rating);
    setSaved('saving');
    // "Saved" is said only once the write has landed; a failed write keeps the rating in memory and says so.
    void loadStore()
      .then(async (store) => {
        await store.recordRating({ ...entry, id: ratingId(entry) });
        return store.getSnapshot().notice === 'not-saved' ? 'failed' : 'saved';
      })
      .catch((): SaveState => 'failed')
      .then(setSaved);
    onRated?.();
  };

  useEffect(() => {
    let live = true;
    void loadStore()
      .then((store) => store.previewRatings(attempt))
      .then((intervals) => {
        if (live) setPreview(intervals);
      });
    return () => {
      live = false;
    };
  }, [attempt]);

  // Keys 1–4 rate while the focus is anywhere in this question (its options are locked once graded).
  useEffect(() => {
    const form = barRef.current?.closest('form');
    if (!form) return;
    const onKey = (event: KeyboardEvent) => {
      // A native listener: the toolbar's React stopPropagation comes too late to keep its keys from it.
      if (event.altKey || event.ctrlKey || event.metaKey || inOwnKeys(event.target)) return;
      const rating = RATINGS.find((each) => each.key === event.key)?.rating;
      if (!rating) return;
      event.preventDefault();
      rate(rating);
    };
    const onPageKey = (event: KeyboardEvent) => {
      if (isPageKey(event, form)) onKey(event);
    };
    form.addEventListener('keydown', onKey);
    if (pageKeys) addEventListener('keydown', onPageKey);
    return () => {
      form.removeEventListener('keydown', onKey);
      removeEventListener('keydown', onPageKey);
    };
  });

  return (
    <div ref={barRef} className="rating-bar" role="group" aria-labelledby={`${attempt.id}-rate`} data-testid="rating-bar" data-rated={chosen ?? 'none'}>
      <p id={`${attempt.id}-rate`} className="rating-heading">
        <Message k="rateHeading" /> <span className="quiz-keys font-normal">(1–4)</span>
      </p>
      <div className="rating-buttons">
        {RATINGS.map(({ rating, label, key }) => {
          const interval = preview?.[rating];
          return (
            <button
              key={rating}
              type="button"
              className="button rating-button"
              aria-pressed={chosen === rating}
              aria-keyshortcuts={key}
              onClick={() => rate(rating)}
              data-testid={`rate-${rating}`}
            >
              <span className="rating-label">
                <span className="rating-key" aria-hidden="true">
                  {key}
                </span>
                <Message k={label} />
              </span>
              <span className="rating-interval" data-testid="rate-interval">
                {interval ? <Message k={UNIT_TEXT[interval.unit]} values={{ n: interval.count, s: interval.count === 1 ? '' : 's' }} /> : '\u00a0'}
              </span>
            </button>
          );
        })}
      </div>
      <p role="status" className="rating-status" data-saved={saved}>
        <Message k={STATUS_TEXT[saved]} />
      </p>
    </div>
  );
}
