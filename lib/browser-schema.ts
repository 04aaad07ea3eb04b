import { array, object, record, regex, string, type infer as Infer } from 'zod/mini';

/*
 * Schemas for data the browser reads on every page: answer keys fetched from the site
 * (the study log's own schemas are in lib/study/). zod/mini, imported by name so the bundler keeps only what these
 * use; the content pipeline's schemas (lib/content/schema.ts) never reach the browser.
 */

export const letter = string().check(regex(/^[A-Z]$/));

export const answerKeySchema = object({
  id: string(),
  answers: array(letter),
  explanations: record(string(), string()),
  notes: array(string()),
  afterHtml: string(),
  /** Shown under the right option once graded: the note's key point and the answer line's own words ('' when none). */
  keyPointHtml: string(),
  answerWords: string(),
});
export type AnswerKey = Infer<typeof answerKeySchema>;

export const noteAnswerKeysSchema = object({ slug: string(), questions: array(answerKeySchema) });
export type NoteAnswerKeys = Infer<typeof noteAnswerKeysSchema>;
