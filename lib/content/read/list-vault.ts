import 'server-only';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../schema';
import { ignoreFilters, type IgnoreFilter } from './ignore-filters';

/*
 * Read stage, the vault's files: every markdown file is a note, every other file an
 * attachment a note may embed or link. Dot-folders (`.obsidian`, `.trash`, `.git`) and
 * `node_modules` hold none, and `.obsidian/app.json` may exclude more. A symbolic link is
 * followed only while it stays inside the vault: a vault is untrusted, and a link to
 * `/etc` or a home folder must not end up in a public site.
 */

export type VaultFiles = { notes: string[]; assets: string[]; problems: Problem[] };

function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function readIgnoreFilters(dir: string): IgnoreFilter {
  try {
    return ignoreFilters(JSON.parse(readFileSync(path.join(dir, '.obsidian', 'app.json'), 'utf8')));
  } catch {
    return ignoreFilters(null);
  }
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function insideVault(root: string, absolute: string): boolean {
  try {
    const real = realpathSync(absolute);
    return real === root || real.startsWith(`${root}${path.sep}`);
  } catch {
    // A dangling link: the loader reports it as a note that cannot be read.
    return true;
  }
}

/** Every note and attachment below `dir`, as `/`-separated paths relative to it, sorted. */
export function listVault(dir: string): VaultFiles {
  const ignored = readIgnoreFilters(dir);
  const root = realpathSync(dir);
  const found: VaultFiles = { notes: [], assets: [], problems: [] };
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.') || ignored(entry.isDirectory() ? `${child}/` : child)) continue;
      if (entry.isDirectory()) {
        if (!skipFolder(entry.name)) walk(child);
        continue;
      }
      if (entry.isSymbolicLink()) {
        if (!insideVault(root, path.join(dir, child))) {
          found.problems.push({ file: child, line: 1, severity: 'warning', message: 'is a link to a file outside the vault; not read, not copied' });
          continue;
        }
        // Linked folders are not walked: a link cycle would never end.
        if (isFolder(path.join(dir, child))) continue;
      } else if (!entry.isFile()) continue;
      if (/\.md$/i.test(entry.name)) found.notes.push(child);
      else found.assets.push(child);
    }
  };
  walk('');
  found.notes.sort(byPath);
  found.assets.sort(byPath);
  return found;
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
