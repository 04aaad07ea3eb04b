import { array, iso, literal, object, string, unknown, type infer as Infer } from 'zod/mini';
import { count, letter } from './browser-schema';

/*
 * Schemas for what only the study pages read: the question bank and exported progress
 * files. Apart from lib/browser-schema.ts so the reading pages' JS never carries them.
 */

/** The file `Export progress` writes and `Import` reads. */
export const progressFileSchema = object({ app: literal('aws-notes'), exportedAt: iso.datetime(), progress: unknown() });

/** One question of the static question bank (`/questions.json`): no answers in it. */
export const bankQuestionSchema = object({
  id: string(),
  fingerprint: string(),
  slug: string(),
  title: string(),
  tags: array(string()),
  position: count,
  stemHtml: string(),
  selectCount: count,
  options: array(object({ letter, html: string() })),
});
export type BankQuestion = Infer<typeof bankQuestionSchema>;
export const questionBankSchema = object({ questions: array(bankQuestionSchema) });
