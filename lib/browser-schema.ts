import { array, boolean, enum as oneOf, int, iso, literal, minimum, nonnegative, number, object, optional, record, regex, string, type infer as Infer } from 'zod/mini';

/*
 * Schemas for data the browser reads: answer keys fetched from the site, and progress
 * saved in localStorage. zod/mini, imported by name so the bundler keeps only what these
 * use; the content pipeline's schemas (lib/content/schema.ts) never reach the browser.
 */

export const letter = string().check(regex(/^[A-Z]$/));

export const answerKeySchema = object({
  id: string(),
  answers: array(letter),
  explanations: record(string(), string()),
  notes: array(string()),
  afterHtml: string(),
});
export type AnswerKey = Infer<typeof answerKeySchema>;

export const noteAnswerKeysSchema = object({ slug: string(), questions: array(answerKeySchema) });
export type NoteAnswerKeys = Infer<typeof noteAnswerKeysSchema>;

const attemptFields = {
  questionId: string(),
  fingerprint: string(),
  chosen: array(letter),
  correct: boolean(),
  at: iso.datetime(),
  mode: oneOf(['note', 'practice', 'exam', 'review']),
};

/** Version 1 (the first release): attempts only, no ids. Read only to migrate it. */
export const progressV1Schema = object({
  version: literal(1),
  attempts: array(object(attemptFields)),
});
export type ProgressV1 = Infer<typeof progressV1Schema>;

export const ratingSchema = oneOf(['again', 'hard', 'good', 'easy']);
export type Rating = Infer<typeof ratingSchema>;

/** One answer to one question. `id` makes merging (two tabs, import) a set union. */
export const attemptSchema = object({ id: string(), ...attemptFields });
export type Attempt = Infer<typeof attemptSchema>;
export type AttemptMode = Attempt['mode'];

/** How well the student knew it, given after answering; the newest per attempt counts. */
export const ratingEntrySchema = object({ attemptId: string(), rating: ratingSchema, at: iso.datetime() });
export type RatingEntry = Infer<typeof ratingEntrySchema>;

export const count = int().check(nonnegative());

/** A finished practice session or mock exam, for "recent sessions". */
export const sessionSchema = object({
  id: string(),
  mode: oneOf(['practice', 'exam', 'review']),
  startedAt: iso.datetime(),
  endedAt: iso.datetime(),
  questionIds: array(string()),
  correct: count,
  total: count,
  scaledScore: optional(number().check(minimum(100))),
  passed: optional(boolean()),
});
export type Session = Infer<typeof sessionSchema>;

export const progressSchema = object({
  version: literal(2),
  attempts: array(attemptSchema),
  ratings: array(ratingEntrySchema),
  sessions: array(sessionSchema),
});
export type Progress = Infer<typeof progressSchema>;
