import 'server-only';
import { loadContent } from './load';
import { formatReport } from './report';
import { noteOrder, type NoteOrder } from '../note-order';
import type { AnswerKey, NoteAnswerKeys } from '../browser-schema';
import type { ContentExport, Note } from './schema';

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

export function answerKey(question: Note['questions'][number], note: Pick<Note, 'sections'>): AnswerKey {
  const { id, answers, explanations, notes, afterHtml, answerWords } = question;
  const keyPointHtml = note.sections.find((section) => section.kind === 'keyPoint')?.html ?? '';
  return { id, answers, explanations, notes, afterHtml, keyPointHtml, answerWords };
}

/** A note's `/quiz/<slug>.json`: its answers and explanations, fetched only once the student submits. */
export function noteAnswerKeys(note: Note): NoteAnswerKeys {
  return { slug: note.slug, questions: note.questions.map((question) => answerKey(question, note)) };
}

/** The dev server's per-note data files (`/quiz/<slug>.json`, `/questions/<slug>.json`): one per note with questions. */
export function quizzedNoteFiles(): { file: string }[] {
  return siteContent()
    .notes.filter((note) => note.questions.length > 0)
    .map((note) => ({ file: `${note.slug}.json` }));
}

/** The dev server's answer for a per-note data file (`<slug>.json`, as requested): what `write` makes of its note. */
export function noteFileRoute(write: (note: Note) => unknown): (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response> {
  return async (_request, { params }) => {
    const note = findNote(decodeURIComponent((await params).file).replace(/\.json$/, ''));
    return note && note.questions.length > 0 ? Response.json(write(note)) : new Response('not found', { status: 404 });
  };
}
