/*
 * Read stage, what a vault asks to leave out: Obsidian's "Excluded files"
 * (`.obsidian/app.json`, `userIgnoreFilters`). Each filter is a path prefix
 * (`Templates/`, `Archive/old`) or, written between slashes, a regular expression
 * (`/\.excalidraw\.md$/`), tested against the path from the vault's root, as Obsidian does.
 */

export type IgnoreFilter = (file: string) => boolean;

function filterOf(written: string): IgnoreFilter | null {
  const text = written.trim();
  if (!text) return null;
  const pattern = /^\/(.+)\/([a-z]*)$/.exec(text);
  if (pattern?.[1]) {
    try {
      const expression = new RegExp(pattern[1], pattern[2]?.replace(/[gy]/g, ''));
      return (file) => expression.test(file);
    } catch {
      return null;
    }
  }
  const prefix = text.normalize('NFC').replace(/^\.?\//, '');
  return (file) => file.normalize('NFC').startsWith(prefix);
}

/** A test for the files `.obsidian/app.json` excludes; null JSON or no filters exclude nothing. */
export function ignoreFilters(appJson: unknown): IgnoreFilter {
  const written = typeof appJson === 'object' && appJson !== null && 'userIgnoreFilters' in appJson ? appJson.userIgnoreFilters : [];
  const filters = (Array.isArray(written) ? written : []).flatMap((each: unknown) => {
    const filter = typeof each === 'string' ? filterOf(each) : null;
    return filter ? [filter] : [];
  });
  return (file) => filters.some((filter) => filter(file));
}
