/*
 * Stage after `next build`: takes out of the export what this site never fetches.
 *
 * For each page Next writes the page's RSC payload twice (`index.txt`, fetched on a client
 * navigation, and `__next._full.txt`, which no client code requests) plus per-segment
 * prefetch files (`__next._tree.txt`, `__next.<segment>.txt`), fetched only to prefetch a
 * link. Every link here is a `PageLink`, which never prefetches (a lint rule keeps it so),
 * so only `index.html` and `index.txt` are ever requested: the rest was most of the bytes
 * a note wrote.
 */
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/** Next's prefetch-only payload files: `__next.` + a segment path + `.txt`. */
export const PREFETCH_ONLY = /^__next\..+\.txt$/;

export type Pruned = { files: number; bytes: number };

/**
 * Moves them into `aside` (a set-aside folder, deleted in the background once the build is
 * over: clear-last-build.ts), since on this disk removing a file Next had just copied took
 * twenty times as long as renaming it (8,831 files at 1,000 notes: 2–2.6 s against
 * 0.12–0.2 s). A file that cannot be moved there (another disk) is removed.
 */
export function pruneExport(outDir: string, aside: string): Pruned {
  const files = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && PREFETCH_ONLY.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  try {
    if (files.length > 0) mkdirSync(aside, { recursive: true });
  } catch {
    // Each file is then removed where it is.
  }
  let bytes = 0;
  files.forEach((file, index) => {
    bytes += statSync(file).size;
    try {
      renameSync(file, path.join(aside, String(index)));
    } catch {
      unlinkSync(file);
    }
  });
  return { files: files.length, bytes };
}
