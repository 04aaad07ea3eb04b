import type { Note, QuizQuestion } from '../content/schema';
import { cutByBytes } from '../json-parts';
import type { BankIndex, BankPart, NoteQuestions } from './bank-schema';

/*
 * The writer of the question bank's files (see bank-schema.ts), from the parsed notes; the
 * build (scripts/write-data-files.ts) and the dev server's routes both write with these.
 */

type BankNote = Pick<Note, 'slug' | 'title' | 'tags' | 'questions'>;

/** What a page shows before the student answers: nothing that gives the answer away. */
export function quizQuestion(question: Note['questions'][number]): QuizQuestion {
  const { id, fingerprint, stemHtml, translationHtml, selectCount, options } = question;
  // A translation only where there is one: the template's questions keep their bytes.
  return {
    id,
    fingerprint,
    stemHtml,
    ...(translationHtml ? { translationHtml } : {}),
    selectCount,
    options: options.map(({ letter, html, translationHtml: translated }) => ({ letter, html, ...(translated ? { translationHtml: translated } : {}) })),
  };
}

/**
 * A part's JSON stays under this many bytes: the index (ids and fingerprints) gzips to
 * 5-20% of its bytes, so a part downloads as 200 KB at most (`npm run bench:web` checks
 * each file against 300 KB).
 */
export const BANK_PART_BYTES = 1_000_000;

/**
 * `/questions.json` and `/question-bank/<n>.json`: every note with questions, in the order
 * given, each question without its stem and options; the first part is the index file
 * itself, so a bank of one part is read as it always was.
 */
export function bankFiles(notes: readonly BankNote[], partBytes: number = BANK_PART_BYTES): { index: BankIndex; parts: BankPart[] } {
  const listed = notes
    .filter((note) => note.questions.length > 0)
    .map((note) => ({
      slug: note.slug,
      title: note.title,
      tags: note.tags,
      questions: note.questions.map(({ id, fingerprint, selectCount }, index) => ({ id, fingerprint, selectCount, position: index + 1 })),
    }));
  const [first = [], ...rest] = cutByBytes(listed, partBytes);
  const parts = rest.length + 1;
  return { index: { parts, notes: first }, parts: rest.map((part, at) => ({ part: at + 1, parts, notes: part })) };
}

/** `/questions/<slug>.json`: a note's questions as the quiz shows them. */
export function noteQuestions(note: Pick<Note, 'slug' | 'questions'>): NoteQuestions {
  return { slug: note.slug, questions: note.questions.map(quizQuestion) };
}
