import { bankIndexSchema, bankPartSchema, noteQuestionsSchema, type BankEntry, type BankQuestion, type NoteQuestions } from '@/lib/question-bank/bank-schema';
import { bankEntries, bankSlugs, joinBank, withBodies } from '@/lib/question-bank/read-bank';
import { noteQuestionsHref, QUESTION_BANK_HREF, questionBankPartHref } from '@/lib/links';
import { fetchJson } from '@/components/study/study-data';

/*
 * The question bank in the browser (lib/question-bank): the index, fetched once when a
 * study page starts, and each note's questions, fetched once each, only when one of them is
 * about to be shown. No answers in either.
 */

let bank: Promise<BankEntry[]> | null = null;

/** The index, and its further parts (a big vault's) all at once. */
async function fetchBankIndex(): Promise<BankEntry[]> {
  const index = bankIndexSchema.parse(await fetchJson(QUESTION_BANK_HREF));
  const parts = await Promise.all(Array.from({ length: index.parts - 1 }, (_, at) => fetchJson(questionBankPartHref(at + 1)).then((json) => bankPartSchema.parse(json))));
  return bankEntries(joinBank(index, parts));
}

export function fetchQuestionBank(): Promise<BankEntry[]> {
  bank ??= fetchBankIndex();
  bank.catch(() => {
    bank = null;
  });
  return bank;
}

const loading = new Map<string, Promise<NoteQuestions>>();
/** The files already read, so a question whose file is here shows at once, with no loading step. */
const loaded = new Map<string, NoteQuestions>();

function fetchNoteQuestions(slug: string): Promise<NoteQuestions> {
  const known = loading.get(slug);
  if (known) return known;
  const file = fetchJson(noteQuestionsHref(slug)).then((json) => {
    const questions = noteQuestionsSchema.parse(json);
    loaded.set(slug, questions);
    return questions;
  });
  file.catch(() => loading.delete(slug));
  loading.set(slug, file);
  return file;
}

/** The questions with their stems and options, their notes' files fetched in parallel. */
export async function fetchQuestions(entries: readonly BankEntry[]): Promise<BankQuestion[]> {
  return withBodies(entries, await Promise.all(bankSlugs(entries).map(fetchNoteQuestions)));
}

/** The questions at once if every file they need has been read and holds them, else null (fetchQuestions then says why). */
export function loadedQuestions(entries: readonly BankEntry[]): BankQuestion[] | null {
  const files = bankSlugs(entries).map((slug) => loaded.get(slug));
  if (!files.every((file) => file !== undefined)) return null;
  try {
    return withBodies(entries, files);
  } catch {
    return null;
  }
}

/** Fetches what the next questions will need while the student reads this one; a failure is met again when they are shown. */
export function prefetchQuestions(entries: readonly BankEntry[]): void {
  fetchQuestions(entries).catch(() => undefined);
}
