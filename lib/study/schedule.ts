import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type Grade } from 'ts-fsrs';
import type { Attempt, Rating } from './log';

/*
 * Spaced review: every answered question is an FSRS card (ts-fsrs). The card is derived
 * from the question's attempts and ratings, replayed in time order, so two devices'
 * merged logs always agree on it.
 */

/**
 * The schedule's settings. Bump SCHEDULE_VERSION with any change here: stored summaries
 * built under another version are rebuilt from the log when the store opens.
 */
export const SCHEDULE_VERSION = 1;
const scheduler = fsrs();

const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };

/**
 * A right answer the student did not rate is scheduled as "hard": right, but not shown
 * to be well known (it may have been a lucky pick), so it comes back sooner than "good".
 */
export const UNRATED_RIGHT: Rating = 'hard';

/** The grade an attempt gives its card: wrong is always "again"; right is its rating. */
export function gradeOf(attempt: Pick<Attempt, 'correct'>, rating: Rating | undefined): Rating {
  if (!attempt.correct) return 'again';
  return rating ?? UNRATED_RIGHT;
}

export type ScheduleStep = { attempt: Pick<Attempt, 'at' | 'correct' | 'revealed'>; rating: Rating | undefined };

/**
 * The card after these steps, oldest first. An attempt made after the answer was shown
 * never moves the card (it proves nothing); if it is the question's first, it only puts
 * the question in the queue, due at once, so it gets asked for real. Null: no attempt.
 */
export function replayCard(steps: readonly ScheduleStep[]): { card: Card; grade: Rating | null } | null {
  let card: Card | null = null;
  let grade: Rating | null = null;
  for (const { attempt, rating } of steps) {
    const at = new Date(attempt.at);
    if (attempt.revealed) {
      card ??= createEmptyCard(at);
      continue;
    }
    grade = gradeOf(attempt, rating);
    card = scheduler.next(card ?? createEmptyCard(at), at, GRADES[grade]).card;
  }
  return card ? { card, grade } : null;
}

/** The end of `now`'s local day: "due today" includes whatever falls due before midnight. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}
