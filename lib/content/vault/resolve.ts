/*
 * Vault stage, link resolution, the way Obsidian resolves a link: by path, then by the
 * file's name alone, then by alias; names compare case-insensitively and with NFC and NFD
 * spellings equal. Where several files share a name, the one in the linking note's own
 * folder wins, then the one nearest the vault's root (shortest path), then the first by
 * path; the link still works, and the checker says which one it chose. The index is built
 * once per vault, so each link costs a few map look-ups: resolving a vault is O(links).
 */

/** The key a name or path is looked up by. */
export function lookupKey(text: string): string {
  return text.normalize('NFC').toLowerCase().trim();
}

function withoutExtension(file: string, extension: RegExp | null): string {
  return extension ? file.replace(extension, '') : file;
}

function folderOf(file: string): string {
  const at = file.lastIndexOf('/');
  return at === -1 ? '' : file.slice(0, at);
}

export type FileIndex = {
  byPath: Map<string, string>;
  byName: Map<string, string[]>;
  byAlias: Map<string, string[]>;
  /** Path suffixes (`Folder/Note`) to the files they end, for partial paths. */
  bySuffix: Map<string, string[]>;
};

function add(map: Map<string, string[]>, key: string, file: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [file]);
  else if (!list.includes(file)) list.push(file);
}

/**
 * The index of files (notes, with `.md` dropped from their names, or attachments, whose
 * names keep their extension) and of the notes' aliases.
 */
export function indexFiles(files: readonly string[], extension: RegExp | null, aliases: ReadonlyMap<string, readonly string[]> = new Map()): FileIndex {
  const index: FileIndex = { byPath: new Map(), byName: new Map(), byAlias: new Map(), bySuffix: new Map() };
  for (const file of files) {
    const key = lookupKey(withoutExtension(file, extension));
    index.byPath.set(key, file);
    const parts = key.split('/');
    add(index.byName, parts.at(-1) ?? key, file);
    for (let from = 1; from < parts.length - 1; from += 1) add(index.bySuffix, parts.slice(from).join('/'), file);
    for (const alias of aliases.get(file) ?? []) add(index.byAlias, lookupKey(alias), file);
  }
  return index;
}

export type Resolution = { file: string; candidates: string[] } | null;

/** Obsidian's tie-break: the linking note's folder, then the shortest path, then path order. */
function choose(candidates: readonly string[], from: string): Resolution {
  if (candidates.length === 0) return null;
  const folder = folderOf(from);
  const sorted = [...candidates].sort((a, b) => Number(folderOf(b) === folder) - Number(folderOf(a) === folder) || a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  const [file] = sorted;
  return file === undefined ? null : { file, candidates: sorted };
}

/** `a/./b/../c` as `a/c`; null when it climbs out of the vault. */
export function normalisePath(file: string): string | null {
  const parts: string[] = [];
  for (const part of file.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Whether a written target climbs out of the vault (`../../outside.png` from a shallow note). */
export function leavesVault(target: string, from: string, relative: boolean): boolean {
  const base = relative && !target.startsWith('/') ? `${folderOf(from)}/${target}` : target;
  return normalisePath(base) === null;
}

/**
 * The file a link names, from the note `from`. `relative` targets (markdown links) are
 * tried against the note's folder first, as a markdown link means; every target then
 * against the vault's root, as a path ending, as a name and as an alias.
 */
export function resolveTarget(index: FileIndex, target: string, from: string, extension: RegExp | null, relative: boolean): Resolution {
  const written = withoutExtension(target.replace(/^\//, ''), extension);
  const tries = relative && !target.startsWith('/') ? [normalisePath(`${folderOf(from)}/${written}`), normalisePath(written)] : [normalisePath(written)];
  const paths = tries.filter((path) => path !== null);
  // A path that climbs out of the vault names nothing in it, whatever its last name is.
  if (paths.length === 0) return null;
  for (const path of paths) {
    const file = index.byPath.get(lookupKey(path));
    if (file) return { file, candidates: [file] };
  }
  const key = lookupKey(paths.at(-1) ?? written);
  const alias = () => choose(index.byAlias.get(lookupKey(written)) ?? [], from);
  if (!key.includes('/')) return choose(index.byName.get(key) ?? [], from) ?? alias();
  const byName = () => (target.startsWith('/') ? choose(index.byName.get(key.split('/').at(-1) ?? key) ?? [], from) : null);
  // `[[CI/CD]]` may be an alias; a site link (`/section/s3-security`) may name a note by its last part.
  return choose(index.bySuffix.get(key) ?? [], from) ?? alias() ?? byName();
}
