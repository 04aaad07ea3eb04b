import { array, object, optional, string, type infer as Infer } from 'zod/mini';
import { letter } from '../browser-schema';
import { count } from '../study/log';
import type { QuizQuestion } from '../content/schema';

/*
 * The question bank the study pages read, in two kinds of static file (written by
 * build-bank.ts, read by read-bank.ts):
 * - `/questions.json`, the index every study page fetches when it starts: each note with
 *   its title, tags and questions, but no stem and no option, so 2,000 questions stay a
 *   small download;
 * - `/questions/<slug>.json`, a note's questions as the quiz shows them, fetched only for
 *   the questions about to be shown.
 * No answers in either: they stay in `/quiz/<slug>.json`, fetched on submit. zod/mini, and
 * apart from lib/browser-schema.ts, so the reading pages' JS never carries them.
 */

/** A question in the index: what choosing, scheduling and scoring need. */
export const bankIndexQuestionSchema = object({
  id: string(),
  fingerprint: string(),
  selectCount: count,
  /** Its place in its note (1 for the first). */
  position: count,
});

const bankNoteSchema = object({ slug: string(), title: string(), tags: array(string()), questions: array(bankIndexQuestionSchema) });

/**
 * `/questions.json`: the index, or its first part when the index is too big for one file
 * (BANK_PART_BYTES); `parts` says how many there are, the others being
 * `/question-bank/<n>.json` (bankPartSchema). A vault of a few thousand questions has one.
 */
export const bankIndexSchema = object({ parts: count, notes: array(bankNoteSchema) });
export type BankIndex = Infer<typeof bankIndexSchema>;

/** `/question-bank/<n>.json`, n ≥ 1: a further part of the index. */
export const bankPartSchema = object({ part: count, parts: count, notes: array(bankNoteSchema) });
export type BankPart = Infer<typeof bankPartSchema>;

/** A question of the index with its note's slug, title and tags: what the study pages choose from. */
export type BankEntry = Infer<typeof bankIndexQuestionSchema> & { slug: string; title: string; tags: string[] };

/**
 * A question as the quiz shows it: exactly lib/content/schema.ts's QuizQuestion (a unit test
 * holds the two types equal, so a field added there cannot be dropped here by parsing).
 */
export const quizQuestionBodySchema = object({
  id: string(),
  fingerprint: string(),
  stemHtml: string(),
  translationHtml: optional(string()),
  selectCount: count,
  options: array(object({ letter, html: string(), translationHtml: optional(string()) })),
});

/** `/questions/<slug>.json`. */
export const noteQuestionsSchema = object({ slug: string(), questions: array(quizQuestionBodySchema) });
export type NoteQuestions = Infer<typeof noteQuestionsSchema>;

/** A question ready to show: its index entry with its stem and options. */
export type BankQuestion = BankEntry & QuizQuestion;
