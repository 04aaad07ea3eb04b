import { byTime, type Attempt, type Rating, type RatingEntry } from './log';

/*
 * One question's whole history, as the student reads it: every answer (when, where,
 * which letters, and how it went) and every rating, newest first. Read from the log's
 * per-question indexes, never from the summaries, which keep only the newest.
 */

export type AnswerResult = 'correct' | 'wrong' | 'revealed-correct' | 'revealed-wrong';

export type HistoryEntry =
  | { kind: 'attempt'; id: string; at: string; mode: Attempt['mode']; chosen: string[]; result: AnswerResult }
  | { kind: 'rating'; id: string; at: string; rating: Rating };

/** An answer given after the answer was shown is told apart, right or wrong. */
export function answerResult(attempt: Pick<Attempt, 'correct' | 'revealed'>): AnswerResult {
  if (attempt.revealed) return attempt.correct ? 'revealed-correct' : 'revealed-wrong';
  return attempt.correct ? 'correct' : 'wrong';
}

/** The question's answers and ratings, each once, newest first. */
export function questionHistory(questionId: string, attempts: readonly Attempt[], ratings: readonly RatingEntry[]): HistoryEntry[] {
  const answers = dedupe(attempts.filter((each) => each.questionId === questionId)).map(
    (attempt): HistoryEntry => ({ kind: 'attempt', id: attempt.id, at: attempt.at, mode: attempt.mode, chosen: [...attempt.chosen], result: answerResult(attempt) }),
  );
  const rated = dedupe(ratings.filter((each) => each.questionId === questionId)).map((rating): HistoryEntry => ({ kind: 'rating', id: rating.id, at: rating.at, rating: rating.rating }));
  return [...answers, ...rated].sort((a, b) => byTime(b, a));
}

function dedupe<T extends { id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}
