/*
 * Stage before the checker reads a vault: notes not yet in the parse cache are parsed on
 * every core (the checker alone used one of them), so the loader then reads each from the
 * cache. A few new notes, or one machine core, are left to the loader.
 */
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import { listNoteFiles, uncachedNotes } from '../lib/content/load';

/** Below this many notes, starting workers costs more than it saves. */
const MIN_NOTES = 200;

/** Interleaved shares, so each worker gets notes from across the vault. */
export function shares<T>(items: readonly T[], count: number): T[][] {
  const result: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, index) => result[index % count]?.push(item));
  return result.filter((share) => share.length > 0);
}

export type ParallelParse = { notes: number; workers: number };

export async function parseInParallel(dir: string, threads = availableParallelism()): Promise<ParallelParse> {
  // A rebuild finds most notes parsed already: starting workers for a few costs more than it saves.
  const files = uncachedNotes(dir, listNoteFiles(dir));
  if (files.length < MIN_NOTES || threads < 2) return { notes: 0, workers: 0 };
  // Processes, not threads: they run TypeScript through this process's loader (tsx), which
  // Node 20's worker threads do not inherit.
  const pool = new Tinypool({ filename: new URL('./parse-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, runtime: 'child_process', execArgv: process.execArgv });
  try {
    const work = shares(files, threads);
    const counts = await Promise.all(work.map((share) => pool.run({ dir, files: share })));
    return { notes: counts.reduce((sum: number, count: unknown) => sum + (typeof count === 'number' ? count : 0), 0), workers: work.length };
  } finally {
    await pool.destroy();
  }
}
