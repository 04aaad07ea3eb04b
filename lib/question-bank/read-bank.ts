import { noteQuestionsHref } from '../links';
import type { BankEntry, BankIndex, BankQuestion, NoteQuestions } from './bank-schema';

/*
 * The reader of the question bank's files (see bank-schema.ts): the index as one list of
 * questions, and the questions to show joined with their notes' files.
 */

/** Every question of the index, in its order, each with its note's slug, title and tags. */
export function bankEntries(index: BankIndex): BankEntry[] {
  return index.notes.flatMap(({ slug, title, tags, questions }) => questions.map((question) => ({ ...question, slug, title, tags })));
}

/** The notes whose files hold these questions, each once, in first-seen order. */
export function bankSlugs(entries: readonly Pick<BankEntry, 'slug'>[]): string[] {
  return [...new Set(entries.map((entry) => entry.slug))];
}

/**
 * The entries with their stems and options from their notes' files, in the entries' order.
 * A question its note's file does not hold (files of two builds) is an error: nothing shows
 * half a question.
 */
export function withBodies(entries: readonly BankEntry[], files: readonly NoteQuestions[]): BankQuestion[] {
  const bodies = new Map(files.flatMap((file) => file.questions.map((question) => [`${file.slug}\n${question.id}`, question] as const)));
  return entries.map((entry) => {
    const body = bodies.get(`${entry.slug}\n${entry.id}`);
    if (!body) throw new Error(`${noteQuestionsHref(entry.slug)} has no question ${entry.id}`);
    return { ...entry, ...body };
  });
}
