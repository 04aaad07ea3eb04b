import type { ParsedNote } from '../parse-note';
import { sortProblems } from '../problems';
import type { ContentExport, Note, Problem } from '../schema';

/**
 * Stage 7, collection: checks that need every note at once. Files arrive sorted by path,
 * so the first file keeps a contested slug and later ones are reported against it.
 */
export function collectNotes(parsed: readonly ParsedNote[]): ContentExport {
  const notes: Note[] = [];
  const problems: Problem[] = parsed.flatMap((each) => each.problems);
  const bySlug = new Map<string, Note>();
  const byId = new Map<string, Note>();

  for (const { note, idLine } of parsed) {
    if (!note) continue;
    const owner = bySlug.get(note.slug);
    if (owner) {
      problems.push({
        file: note.file,
        line: 1,
        severity: 'error',
        message: `has the same slug "${note.slug}" as ${owner.file}; skipped (rename one of the files)`,
      });
      continue;
    }
    bySlug.set(note.slug, note);
    const sameId = byId.get(note.id);
    if (sameId) {
      problems.push({ file: note.file, line: idLine, severity: 'warning', message: `frontmatter title "${note.id}" is also the title of ${sameId.file}` });
    } else {
      byId.set(note.id, note);
    }
    notes.push(note);
  }
  return { notes, problems: sortProblems(problems) };
}
