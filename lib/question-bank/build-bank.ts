import type { Note, QuizQuestion } from '../content/schema';
import type { BankIndex, NoteQuestions } from './bank-schema';

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

/** `/questions.json`: every note with questions, in the order given, each question without its stem and options. */
export function bankIndex(notes: readonly BankNote[]): BankIndex {
  return {
    notes: notes
      .filter((note) => note.questions.length > 0)
      .map((note) => ({
        slug: note.slug,
        title: note.title,
        tags: note.tags,
        questions: note.questions.map(({ id, fingerprint, selectCount }, index) => ({ id, fingerprint, selectCount, position: index + 1 })),
      })),
  };
}

/** `/questions/<slug>.json`: a note's questions as the quiz shows them. */
export function noteQuestions(note: Pick<Note, 'slug' | 'questions'>): NoteQuestions {
  return { slug: note.slug, questions: note.questions.map(quizQuestion) };
}
