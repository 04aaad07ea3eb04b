import 'server-only';
import { loadContent } from './load';
import { formatReport } from './report';
import { noteOrder, type NoteOrder } from '../note-order';
import type { AnswerKey, NoteAnswerKeys } from '../browser-schema';
import type { BankQuestion } from '../study-schema';
import type { ContentExport, Note, QuizQuestion } from './schema';

/**
 * The content as pages see it. A production build refuses content with errors (the
 * build script runs the checker first, so this is the backstop); the dev server keeps
 * serving the good notes and shows the problems.
 */
export function siteContent(): ContentExport {
  const content = loadContent();
  const failing = process.env.NODE_ENV === 'production' && content.problems.some((problem) => problem.severity === 'error');
  if (failing) throw new Error(`content has errors:\n${formatReport(content)}`);
  return content;
}

const orders = new WeakMap<ContentExport, NoteOrder<Note>>();

/** The site-wide orderings, once per content (a build's content is loaded once per worker). */
export function siteOrder(): NoteOrder<Note> {
  const content = siteContent();
  const known = orders.get(content);
  if (known) return known;
  const order = noteOrder(content.notes);
  orders.set(content, order);
  return order;
}

export function findNote(slug: string): Note | undefined {
  return siteOrder().find(slug);
}

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

export function answerKey(question: Note['questions'][number], note: Pick<Note, 'sections'>): AnswerKey {
  const { id, answers, explanations, notes, afterHtml, answerWords } = question;
  const keyPointHtml = note.sections.find((section) => section.kind === 'keyPoint')?.html ?? '';
  return { id, answers, explanations, notes, afterHtml, keyPointHtml, answerWords };
}

/** A note's `/quiz/<slug>.json`: its answers and explanations, fetched only once the student submits. */
export function noteAnswerKeys(note: Note): NoteAnswerKeys {
  return { slug: note.slug, questions: note.questions.map((question) => answerKey(question, note)) };
}

/**
 * `/questions.json`: every question of every note with its note's title and tags, and no
 * answers. Practice, the mock exam and review fetch it when they start; the answers stay
 * in `/quiz/<slug>.json`.
 */
export function questionBank(notes: readonly Note[]): { questions: BankQuestion[] } {
  return {
    questions: notes.flatMap((note) =>
      note.questions.map((question, index) => ({ ...quizQuestion(question), slug: note.slug, title: note.title, tags: note.tags, position: index + 1 })),
    ),
  };
}
