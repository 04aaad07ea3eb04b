import { countBySeverity, formatProblem } from './problems';
import type { ContentExport } from './schema';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `N notes, Q questions, E errors, W warnings`, and how many warnings are broken or ambiguous links, and how many questions have no answer. */
export function summaryLine(content: ContentExport): string {
  const counts = countBySeverity(content.problems);
  const questions = content.notes.reduce((sum, note) => sum + note.questions.length, 0);
  const broken = content.problems.filter((problem) => problem.kind === 'broken-link').length;
  const ambiguous = content.problems.filter((problem) => problem.kind === 'ambiguous-link').length;
  const unanswered = content.notes.reduce((sum, note) => sum + (note.unansweredQuestions ?? 0), 0);
  const links = [
    ...(broken ? [plural(broken, 'broken link')] : []),
    ...(ambiguous ? [plural(ambiguous, 'ambiguous link')] : []),
    ...(unanswered ? [`${plural(unanswered, 'question')} without an answer`] : []),
  ];
  const summary = [plural(content.notes.length, 'note'), plural(questions, 'question'), plural(counts.error, 'error'), plural(counts.warning, 'warning')].join(', ');
  return links.length > 0 ? `${summary} (${links.join(', ')})` : summary;
}

/**
 * The checker's human report: one `file:line severity message` line per problem, then the
 * summary. `displayPath` turns a content-relative file into what the reader can open.
 */
export function formatReport(content: ContentExport, displayPath: (file: string) => string = (file) => file): string {
  const lines = content.problems.map((problem) => formatProblem({ ...problem, file: displayPath(problem.file) }));
  return [...lines, summaryLine(content)].join('\n');
}

/**
 * One line per note, what the app made of it (`content:check --notes`): where it will
 * be served, its title, and how many tags, links, questions and problems it has, so a
 * student pointing the app at a new vault sees every note, not only the broken ones.
 */
export function formatNoteList(content: ContentExport, displayPath: (file: string) => string = (file) => file): string[] {
  const problems = new Map<string, number>();
  for (const problem of content.problems) problems.set(problem.file, (problems.get(problem.file) ?? 0) + 1);
  return content.notes.map((note) => {
    const questions = note.unansweredQuestions ? `${plural(note.questions.length, 'question')} + ${note.unansweredQuestions} without an answer` : plural(note.questions.length, 'question');
    const parts = [plural(note.tags.length, 'tag'), plural(note.links.length, 'link'), questions, plural(problems.get(note.file) ?? 0, 'problem')];
    return `${displayPath(note.file)} → /notes/${note.slug}/ "${note.title}" (${parts.join(', ')})`;
  });
}
