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
import { readdirSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Next's prefetch-only payload files: `__next.` + a segment path + `.txt`. */
export const PREFETCH_ONLY = /^__next\..+\.txt$/;

/**
 * Removals in flight at once: enough to keep the disk busy while the finishing stages run
 * beside the prune, few enough that their own file reads are not queued behind it (Node's
 * file operations share four threads).
 */
const IN_FLIGHT = 2;

export type Pruned = { files: number; bytes: number };

export async function pruneExport(outDir: string): Promise<Pruned> {
  const files = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && PREFETCH_ONLY.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const pruned: Pruned = { files: 0, bytes: 0 };
  let next = 0;
  const remover = async () => {
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
      const { size } = await stat(file);
      await rm(file);
      pruned.files += 1;
      pruned.bytes += size;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, remover));
  return pruned;
}
