import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type Grade } from 'ts-fsrs';
import type { Attempt, Progress, Rating } from './browser-schema';

/*
 * Spaced review: every answered question is an FSRS card. The schedule is not stored; it
 * is replayed from the attempt log and the ratings, so merging two devices' progress
 * (a set union) always gives the schedule both would agree on.
 */

const scheduler = fsrs();

const GRADES: Record<Rating, Grade> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };

export type Schedule = { questionId: string; due: Date; reviews: number; lapses: number; lastRating: Rating };

/** A wrong answer is always "again"; a right one is what the student rated it, "good" until then. */
export function ratingOf(attempt: Attempt, ratings: ReadonlyMap<string, Rating>): Rating {
  if (!attempt.correct) return 'again';
  return ratings.get(attempt.id) ?? 'good';
}

/** The newest rating given to each attempt. */
function latestRatings(progress: Progress): Map<string, Rating> {
  const latest = new Map<string, { rating: Rating; at: string }>();
  for (const entry of progress.ratings) {
    const known = latest.get(entry.attemptId);
    if (!known || entry.at >= known.at) latest.set(entry.attemptId, { rating: entry.rating, at: entry.at });
  }
  return new Map([...latest].map(([id, value]) => [id, value.rating]));
}

/** Each answered question's card after replaying its attempts in time order. */
export function schedules(progress: Progress): Map<string, Schedule> {
  const ratings = latestRatings(progress);
  const cards = new Map<string, { card: Card; lastRating: Rating }>();
  const attempts = [...progress.attempts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const attempt of attempts) {
    const rating = ratingOf(attempt, ratings);
    const at = new Date(attempt.at);
    const previous: Card = cards.get(attempt.questionId)?.card ?? createEmptyCard(at);
    cards.set(attempt.questionId, { card: scheduler.next(previous, at, GRADES[rating]).card, lastRating: rating });
  }
  return new Map(
    [...cards].map(([questionId, { card, lastRating }]) => [questionId, { questionId, due: card.due, reviews: card.reps, lapses: card.lapses, lastRating }]),
  );
}

/** The end of `now`'s local day: "due today" includes whatever falls due before midnight. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Questions due by the end of today, most overdue first. */
export function dueToday(progress: Progress, now: Date): Schedule[] {
  const limit = endOfDay(now).getTime();
  return [...schedules(progress).values()].filter((entry) => entry.due.getTime() <= limit).sort((a, b) => a.due.getTime() - b.due.getTime());
}
