/*
 * Stage after `next build`: removes what Next exports that this site never fetches.
 *
 * For each page Next writes the page's RSC payload twice (`index.txt`, fetched on a client
 * navigation, and `__next._full.txt`, which no client code requests) plus per-segment
 * prefetch files (`__next._tree.txt`, `__next.<segment>.txt`), fetched only to prefetch a
 * link. Every link here is a `PageLink`, which never prefetches (a lint rule keeps it so),
 * so only `index.html` and `index.txt` are ever requested: the rest was most of the bytes
 * a note wrote.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** Next's prefetch-only payload files: `__next.` + a segment path + `.txt`. */
export const PREFETCH_ONLY = /^__next\..+\.txt$/;

export type Pruned = { files: number; bytes: number };

export function pruneExport(outDir: string): Pruned {
  const pruned: Pruned = { files: 0, bytes: 0 };
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !PREFETCH_ONLY.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    pruned.bytes += statSync(file).size;
    rmSync(file);
    pruned.files += 1;
  }
  return pruned;
}

