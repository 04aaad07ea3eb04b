import { array, boolean, enum as oneOf, iso, literal, object, record, regex, string, type infer as Infer } from 'zod/mini';

/*
 * Schemas for data the browser reads: answer keys fetched from the site, and progress
 * saved in localStorage. zod/mini, imported by name so the bundler keeps only what these
 * use; the content pipeline's schemas (lib/content/schema.ts) never reach the browser.
 */

const letter = string().check(regex(/^[A-Z]$/));

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

export const attemptSchema = object({
  questionId: string(),
  fingerprint: string(),
  chosen: array(letter),
  correct: boolean(),
  at: iso.datetime(),
  mode: oneOf(['note', 'practice', 'exam', 'review']),
});
export type Attempt = Infer<typeof attemptSchema>;

export const progressSchema = object({
  version: literal(1),
  attempts: array(attemptSchema),
});
export type Progress = Infer<typeof progressSchema>;
