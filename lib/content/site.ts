import 'server-only';
import { loadContent } from './load';
import { formatReport } from './report';
import type { AnswerKey } from '../browser-schema';
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

export function findNote(slug: string): Note | undefined {
  return siteContent().notes.find((note) => note.slug === slug);
}

export function quizQuestion(question: Note['questions'][number]): QuizQuestion {
  const { id, fingerprint, stemHtml, selectCount, options } = question;
  return { id, fingerprint, stemHtml, selectCount, options: options.map(({ letter, html }) => ({ letter, html })) };
}

export function answerKey(question: Note['questions'][number], note: Pick<Note, 'sections'>): AnswerKey {
  const { id, answers, explanations, notes, afterHtml, answerWords } = question;
  const keyPointHtml = note.sections.find((section) => section.kind === 'keyPoint')?.html ?? '';
  return { id, answers, explanations, notes, afterHtml, keyPointHtml, answerWords };
}
