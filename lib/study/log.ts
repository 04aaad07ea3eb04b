import { array, boolean, enum as oneOf, int, iso, maxLength, minLength, nonnegative, number, object, optional, record, string, type infer as Infer } from 'zod/mini';
import { letter } from '../browser-schema';
import { NOTE_MAX } from './mark-limits';

/*
 * The study log: what the student did, one record per answer, rating and finished
 * session, appended and never rewritten (Anki's revlog). Everything a page shows about
 * what the student knows is derived from it (lib/study/summary.ts).
 *
 * Every record has an id, so two copies of the log (two tabs, an import from another
 * device) merge by set union and nothing is ever overwritten.
 */

export const MODES = ['note', 'practice', 'exam', 'review'] as const;

/** What every version of the log has said of an answer (version 1 had no id). */
export const answerFields = {
  questionId: string(),
  fingerprint: string(),
  chosen: array(letter),
  correct: boolean(),
  at: iso.datetime(),
  mode: oneOf(MODES),
};

/**
 * One answer to one question. `revealed`: the answer key had already been shown for this
 * question in this view (a retry after grading, a second try in practice, a question
 * answered after its exam's results). It stays in the history but never counts as right.
 */
export const attemptSchema = object({ id: string(), ...answerFields, revealed: boolean() });
export type Attempt = Infer<typeof attemptSchema>;
export type AttemptMode = Attempt['mode'];

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export const ratingSchema = oneOf(RATINGS);
export type Rating = Infer<typeof ratingSchema>;

/** How well the student knew a right answer; the newest per attempt counts. */
export const ratingEntrySchema = object({
  id: string(),
  attemptId: string(),
  /** The rated attempt's question, so a question's history is read by one index. */
  questionId: string(),
  rating: ratingSchema,
  at: iso.datetime(),
});
export type RatingEntry = Infer<typeof ratingEntrySchema>;

export const count = int().check(nonnegative());

/** A finished mock exam's full result: enough to show it again exactly as it ended. */
export const examResultSchema = object({
  answers: record(string(), array(letter)),
  flagged: array(string()),
  /** The right answers at the time, per question. */
  keys: record(string(), array(letter)),
  /** Milliseconds on each question. */
  timeSpent: record(string(), number()),
  deadline: iso.datetime(),
  passMark: int(),
  timedOut: boolean(),
});
export type ExamResult = Infer<typeof examResultSchema>;

/** A finished practice, review or mock exam. */
export const finishedSessionSchema = object({
  id: string(),
  mode: oneOf(['practice', 'exam', 'review']),
  startedAt: iso.datetime(),
  endedAt: iso.datetime(),
  questionIds: array(string()),
  correct: count,
  total: count,
  scaledScore: optional(number()),
  passed: optional(boolean()),
  /** Mock exams since version 3. */
  exam: optional(examResultSchema),
});
export type FinishedSession = Infer<typeof finishedSessionSchema>;
export type SessionMode = FinishedSession['mode'];

export const MARK_KINDS = ['flag', 'unflag', 'suspend', 'unsuspend', 'note'] as const;
export { NOTE_MAX };

/**
 * The student's own mark on a question (version 4): a flag, a suspension from review, a
 * personal note. Each change is a record of its own, newest by `at` winning, so two
 * devices' marks merge like answers. A note with empty text removes the note.
 */
export const markSchema = object({
  id: string(),
  questionId: string().check(minLength(1)),
  kind: oneOf(MARK_KINDS),
  text: optional(string().check(maxLength(NOTE_MAX))),
  at: iso.datetime(),
});
export type Mark = Infer<typeof markSchema>;
export type MarkKind = Mark['kind'];

/** Oldest first; the id breaks ties, so every copy of the log replays in the same order. */
export function byTime<T extends { at: string; id: string }>(a: T, b: T): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
