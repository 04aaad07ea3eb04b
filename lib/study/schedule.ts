import { createEmptyCard, fsrs, Rating as FsrsRating, type Card, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import type { Attempt, Rating } from './log';
import { DEFAULT_SETTINGS, stepMinutes, type ScheduleSettings } from './schedule-settings';

/*
 * Spaced review: every answered question is an FSRS card (ts-fsrs). The card is derived
 * from the question's attempts and ratings, replayed in time order, so two devices'
 * merged logs always agree on it.
 */

/**
 * How the schedule is computed. Bump SCHEDULE_VERSION with any change here or to the
 * default settings: stored summaries built under another version are rebuilt from the
 * log when the store opens. (A student's own change of settings rebuilds them at once.)
 */
export const SCHEDULE_VERSION = 2;

const isStep = (step: string): step is StepUnit => !Number.isNaN(stepMinutes(step));

/** One scheduler per settings: a replay of thousands of answers builds it once. */
let cached: { key: string; scheduler: FSRS } | null = null;

function schedulerFor(settings: ScheduleSettings): FSRS {
  const key = JSON.stringify(settings);
  if (cached?.key !== key) {
    const steps = settings.learningSteps.filter(isStep);
    // A forgotten question goes through the same steps as a new one.
    const scheduler = fsrs({ request_retention: settings.retention, maximum_interval: settings.maximumInterval, learning_steps: steps, relearning_steps: steps });
    cached = { key, scheduler };
  }
  return cached.scheduler;
}

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
export function replayCard(steps: readonly ScheduleStep[], settings: ScheduleSettings = DEFAULT_SETTINGS): { card: Card; grade: Rating | null } | null {
  const scheduler = schedulerFor(settings);
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

/**
 * What each rating of the last step would give: milliseconds from that answer to the
 * card's next due time. The last step is the clean right answer being rated; the ones
 * before it are the question's earlier answers, replayed as they stand.
 */
export function previewRatings(steps: readonly ScheduleStep[], settings: ScheduleSettings = DEFAULT_SETTINGS): Record<Rating, number> | null {
  const last = steps.at(-1);
  if (!last || last.attempt.revealed || !last.attempt.correct) return null;
  const at = new Date(last.attempt.at);
  const card: Card = replayCard(steps.slice(0, -1), settings)?.card ?? createEmptyCard(at);
  const scheduler = schedulerFor(settings);
  const gap = (rating: Rating) => scheduler.next(card, at, GRADES[rating]).card.due.getTime() - at.getTime();
  return { again: gap('again'), hard: gap('hard'), good: gap('good'), easy: gap('easy') };
}

/** The end of `now`'s local day: "due today" includes whatever falls due before midnight. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}
