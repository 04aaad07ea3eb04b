/*
 * The checker's one pass over a vault, shared by `npm run content:check` and `npm run build`:
 * notes not in the parse cache are parsed on every core (parse-in-parallel.ts), then the
 * loader reads the whole vault and the report is formatted. `npm run build` parses in its
 * own process instead (threads 1): Next compiles on every core meanwhile, and two parse
 * workers beside it took twice the CPU time of one parse (15 s against 8 s at 1,000 notes,
 * each worker loading the parser and warming up on its own), which the compile paid for.
 */
import path from 'node:path';
import { loadContent } from '../lib/content/load';
import { formatNoteList, formatReport } from '../lib/content/report';
import type { ContentExport } from '../lib/content/schema';
import { parseInParallel, type ParallelParse } from './parse-in-parallel';

export type VaultCheck = { content: ContentExport; parsed: ParallelParse; failed: boolean };

export async function checkVault(dir: string, threads?: number): Promise<VaultCheck> {
  const parsed = await parseInParallel(dir, threads);
  const content = loadContent(dir);
  return { content, parsed, failed: content.problems.some((problem) => problem.severity === 'error') };
}

/**
 * The report as the student reads it: each problem's file as a path they can open from
 * here; with `notes`, every note first, one line each.
 */
export function checkReport(check: VaultCheck, dir: string, { notes = false }: { notes?: boolean } = {}): string {
  const shown = (file: string) => path.relative(process.cwd(), path.join(dir, file)) || file;
  return [...(notes ? formatNoteList(check.content, shown) : []), formatReport(check.content, shown)].join('\n');
}

/** The line saying the vault was parsed on several cores (stderr), or null when it was not. */
export function parsedByLine({ parsed }: VaultCheck): string | null {
  return parsed.workers > 0 ? `content:check: ${parsed.notes} notes parsed by ${parsed.workers} workers` : null;
}
