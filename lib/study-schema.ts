import { array, object, optional, string, type infer as Infer } from 'zod/mini';
import { letter } from './browser-schema';
import { count } from './study/log';

/*
 * Schemas for what only the study pages read: the question bank. Apart from lib/browser-schema.ts so the reading pages' JS never carries them.
 */

/** One question of the static question bank (`/questions.json`): no answers in it. */
export const bankQuestionSchema = object({
  id: string(),
  fingerprint: string(),
  slug: string(),
  title: string(),
  tags: array(string()),
  position: count,
  stemHtml: string(),
  translationHtml: optional(string()),
  selectCount: count,
  options: array(object({ letter, html: string(), translationHtml: optional(string()) })),
});
export type BankQuestion = Infer<typeof bankQuestionSchema>;
export const questionBankSchema = object({ questions: array(bankQuestionSchema) });
