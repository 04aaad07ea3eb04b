import { noteQuestionsHref } from '../links';
import type { BankEntry, BankIndex, BankPart, BankQuestion, NoteQuestions } from './bank-schema';

/*
 * The reader of the question bank's files (see bank-schema.ts): the index as one list of
 * questions, and the questions to show joined with their notes' files.
 */

/** The whole index from `/questions.json` and its further parts (1 … parts-1); parts of another build are refused. */
export function joinBank(index: BankIndex, parts: readonly BankPart[]): BankIndex {
  parts.forEach((part, at) => {
    if (part.part !== at + 1 || part.parts !== index.parts) throw new Error(`question bank part ${at + 1} of ${index.parts} reads as part ${part.part} of ${part.parts}: the site was rebuilt meanwhile`);
  });
  if (parts.length !== index.parts - 1) throw new Error(`question bank: ${parts.length + 1} of ${index.parts} parts`);
  return { parts: index.parts, notes: [...index.notes, ...parts.flatMap((part) => part.notes)] };
}

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
