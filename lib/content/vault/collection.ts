import type { ParsedNote } from '../parse-note';
import { sortProblems } from '../problems';
import type { ContentExport, Note, Problem } from '../schema';
import { linkVault, type AssetReader } from './link-vault';

export type VaultContents = { assets: readonly string[]; problems: readonly Problem[]; readAsset: AssetReader };

const NO_ASSETS: VaultContents = { assets: [], problems: [], readAsset: () => ({ ok: false, problem: 'is not in the vault' }) };

/**
 * Stage 7, collection: what needs every note at once. Slugs are distinct by construction
 * (vault/slugs.ts); a slug seen twice (a note parsed with another vault's slugs) is
 * reported and skipped. A frontmatter `title` two notes carry is a warning. Then the
 * vault stage links the notes (link-vault.ts).
 */
export function collectNotes(parsed: readonly ParsedNote[], vault: VaultContents = NO_ASSETS): ContentExport {
  const notes: Note[] = [];
  const problems: Problem[] = [...vault.problems, ...parsed.flatMap((each) => each.problems)];
  const bySlug = new Map<string, Note>();
  const byId = new Map<string, Note>();

  for (const { note, idLine } of parsed) {
    if (!note) continue;
    const owner = bySlug.get(note.slug);
    if (owner) {
      problems.push({ file: note.file, line: 1, severity: 'error', message: `has the same slug "${note.slug}" as ${owner.file}; skipped (rename one of the files)` });
      continue;
    }
    bySlug.set(note.slug, note);
    const sameId = note.id ? byId.get(note.id) : undefined;
    if (sameId) {
      problems.push({ file: note.file, line: idLine, severity: 'warning', message: `frontmatter title "${note.id}" is also the title of ${sameId.file}` });
    } else if (note.id) {
      byId.set(note.id, note);
    }
    notes.push(note);
  }
  const linked = linkVault(notes, vault.assets, vault.readAsset);
  return { notes: linked.notes, problems: sortProblems([...problems, ...linked.problems]), assets: linked.assets };
}
