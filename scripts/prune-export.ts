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
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Next's prefetch-only payload files: `__next.` + a segment path + `.txt`. */
export const PREFETCH_ONLY = /^__next\..+\.txt$/;

export type Pruned = { files: number; bytes: number };

/**
 * On a thread of its own, so that the finishing stages run beside it: the removals are the
 * slowest of them (72,000 files, 13 s at 10,000 notes), and Node's async file calls were
 * slower still when the other stages kept the main thread busy.
 */
export async function pruneExport(outDir: string): Promise<Pruned> {
  const files = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && PREFETCH_ONLY.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  if (files.length === 0) return { files: 0, bytes: 0 };
  const bytes = await new Promise<unknown>((resolve, reject) => {
    const worker = new Worker(new URL('./remove-files.worker.mjs', import.meta.url), { workerData: files });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the prune's worker stopped (exit ${code}) before it was done`)));
  });
  if (typeof bytes !== 'number') throw new Error(`the prune's worker answered ${String(bytes)}`);
  return { files: files.length, bytes };
}
