import { createEmptyCard, fsrs, Rating as FsrsRating, State, type Card, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import { increasingIntervals } from './due-text';
import { RATINGS, type Attempt, type Rating } from './log';
import { DEFAULT_SETTINGS, stepMinutes, type ScheduleSettings } from './schedule-settings';

/*
 * Spaced review: every answered question is an FSRS card (ts-fsrs). The card is derived
 * from the question's attempts and ratings, replayed in time order, so two devices'
 * merged logs always agree on it.
 */

// SCHEDULE_VERSION (schedule-version.ts) names this file's rules: bump it with any change here.

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

const DAY = 24 * 60 * 60 * 1000;

/** The card moved to fall due `gap` after `at`; its review days follow, as ts-fsrs counts them. */
function dueAfter(card: Card, at: Date, gap: number): Card {
  const due = new Date(at.getTime() + gap);
  return { ...card, due, scheduled_days: card.state === State.Review ? Math.floor(gap / DAY) : 0 };
}

/**
 * The card each rating would give, their intervals reading strictly longer from "again" to
 * "easy" in the units the buttons show (due-text.ts), as Anki's buttons do: ts-fsrs alone
 * can give "good 1 day, easy 1 day" to a card leaving its learning steps.
 */
function nextCards(card: Card, at: Date, settings: ScheduleSettings): Record<Rating, Card> {
  const preview = schedulerFor(settings).repeat(card, at);
  const next = (rating: Rating) => preview[GRADES[rating]].card;
  const cards: Record<Rating, Card> = { again: next('again'), hard: next('hard'), good: next('good'), easy: next('easy') };
  const gaps = RATINGS.map((rating) => cards[rating].due.getTime() - at.getTime());
  const ordered = increasingIntervals(gaps, settings.maximumInterval * DAY);
  RATINGS.forEach((rating, index) => {
    const gap = ordered[index] ?? 0;
    if (gap !== gaps[index]) cards[rating] = dueAfter(cards[rating], at, gap);
  });
  return cards;
}

export type ScheduleStep = { attempt: Pick<Attempt, 'at' | 'correct' | 'revealed'>; rating: Rating | undefined };

/**
 * The card after these steps, oldest first. An attempt made after the answer was shown
 * never moves the card (it proves nothing); if it is the question's first, it only puts
 * the question in the queue, due at once, so it gets asked for real. Null: no attempt.
 */
export function replayCard(steps: readonly ScheduleStep[], settings: ScheduleSettings = DEFAULT_SETTINGS): { card: Card; grade: Rating | null } | null {
  let card: Card | null = null;
  let grade: Rating | null = null;
  for (const { attempt, rating } of steps) {
    const at = new Date(attempt.at);
    if (attempt.revealed) {
      card ??= createEmptyCard(at);
      continue;
    }
    grade = gradeOf(attempt, rating);
    card = nextCards(card ?? createEmptyCard(at), at, settings)[grade];
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
  const cards = nextCards(card, at, settings);
  const gap = (rating: Rating) => cards[rating].due.getTime() - at.getTime();
  return { again: gap('again'), hard: gap('hard'), good: gap('good'), easy: gap('easy') };
}
