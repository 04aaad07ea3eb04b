import type { Card } from 'ts-fsrs';
import { byTime, type Attempt, type Rating, type RatingEntry } from './log';
import { replayCard } from './schedule';
import { SCHEDULE_VERSION } from './schedule-version';
import { DEFAULT_SETTINGS, type ScheduleSettings } from './schedule-settings';

/*
 * The per-question summary: what every page reads instead of the log. It is a pure
 * function of the question's attempts and ratings, so the store recomputes it from the
 * question's own records in the same transaction as each write, and a rebuild from the
 * whole log gives exactly the same records.
 */

export type LatestAttempt = Pick<Attempt, 'id' | 'at' | 'correct' | 'revealed' | 'fingerprint' | 'mode'> & { chosen: string[] };

export type QuestionSummary = {
  questionId: string;
  /** Every attempt, and of them the ones made before the answer was shown. */
  attempts: number;
  clean: number;
  cleanCorrect: number;
  /** Every wrong answer, clean or after seeing the answer, in any mode: practice's "missed anywhere". */
  wrong: number;
  /** The newest attempt, clean or not: what the badge shows. */
  latest: LatestAttempt;
  /** The newest rating of the newest attempt, when it was rated. */
  latestRating: Rating | null;
  /** The newest clean attempt: what the student knows. */
  lastClean: { at: string; correct: boolean; fingerprint: string } | null;
  everCleanCorrect: boolean;
  card: Card;
  /** When the card falls due (ISO): a copy of card.due, indexed by the store. */
  due: string;
  /** The grade of the newest clean attempt; null when every attempt was after the answer was shown. */
  grade: Rating | null;
  scheduleVersion: number;
};

/** The newest rating of each attempt (the later `at` wins; the id breaks ties). */
export function latestRatings(ratings: readonly RatingEntry[]): Map<string, Rating> {
  const latest = new Map<string, RatingEntry>();
  for (const entry of ratings) {
    const known = latest.get(entry.attemptId);
    if (!known || byTime(known, entry) < 0) latest.set(entry.attemptId, entry);
  }
  return new Map([...latest].map(([id, entry]) => [id, entry.rating]));
}

/** One question's summary from its records, in any order; null when it has no attempt. */
export function summarise(questionId: string, attempts: readonly Attempt[], ratings: readonly RatingEntry[], settings: ScheduleSettings = DEFAULT_SETTINGS): QuestionSummary | null {
  const own = attempts.filter((attempt) => attempt.questionId === questionId).sort(byTime);
  const rated = latestRatings(ratings);
  const replayed = replayCard(
    own.map((attempt) => ({ attempt, rating: rated.get(attempt.id) })),
    settings,
  );
  const latest = own.at(-1);
  if (!latest || !replayed) return null;
  const clean = own.filter((attempt) => !attempt.revealed);
  const lastClean = clean.at(-1);
  return {
    questionId,
    attempts: own.length,
    clean: clean.length,
    cleanCorrect: clean.filter((attempt) => attempt.correct).length,
    wrong: own.filter((attempt) => !attempt.correct).length,
    latest: { id: latest.id, at: latest.at, correct: latest.correct, revealed: latest.revealed, fingerprint: latest.fingerprint, mode: latest.mode, chosen: [...latest.chosen] },
    latestRating: rated.get(latest.id) ?? null,
    lastClean: lastClean ? { at: lastClean.at, correct: lastClean.correct, fingerprint: lastClean.fingerprint } : null,
    everCleanCorrect: clean.some((attempt) => attempt.correct),
    card: replayed.card,
    due: replayed.card.due.toISOString(),
    grade: replayed.grade,
    scheduleVersion: SCHEDULE_VERSION,
  };
}

