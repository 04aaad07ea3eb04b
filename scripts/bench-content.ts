/*
 * `npm run bench:content`: the full content pipeline (read, parse, validate, render HTML)
 * over 1,000 and 10,000 synthetic notes in the real format, each size in its own process
 * so its peak memory is its own. Cold is the first load of a vault (every note parsed);
 * warm is a reload with nothing changed, as the dev server does; one-edited is a reload
 * after one note changed. Budget: 1,000 notes cold in under 1 second.
 */
import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { loadContent } from '../lib/content/load';
import { writeSyntheticVault } from './synthetic-notes';

const SIZES = [1_000, 10_000];
const BUDGET_MS_PER_1000 = 1_000;

const resultSchema = z.object({
  count: z.number(),
  coldMs: z.number(),
  warmMs: z.number(),
  oneEditedMs: z.number(),
  notes: z.number(),
  problems: z.number(),
  peakMb: z.number(),
});
type Result = z.infer<typeof resultSchema>;

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function measure(count: number): Result {
  const dir = writeSyntheticVault(path.join(os.tmpdir(), `bench-content-${count}`), count);
  const [content, coldMs] = timed(() => loadContent(dir));
  const [, warmMs] = timed(() => loadContent(dir));
  const later = new Date(Date.now() + 5_000);
  utimesSync(path.join(dir, 'synthetic-00000.md'), later, later);
  const [, oneEditedMs] = timed(() => loadContent(dir));
  return {
    count,
    coldMs,
    warmMs,
    oneEditedMs,
    notes: content.notes.length,
    problems: content.problems.length,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
}

function runChild(count: number): Result {
  const args = [...process.execArgv, process.argv[1] ?? '', '--child', String(count)];
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  return resultSchema.parse(JSON.parse(output));
}

const perSecond = (notes: number, ms: number) => Math.round((notes / ms) * 1000).toLocaleString('en-US');
const cell = (text: string, width: number) => text.padStart(width);

function main(): number {
  const childAt = process.argv.indexOf('--child');
  if (childAt !== -1) {
    process.stdout.write(JSON.stringify(measure(Number(process.argv[childAt + 1]))));
    return 0;
  }
  let failed = false;
  console.log(`content pipeline on ${os.cpus().length} cores, Node ${process.version}`);
  console.log('  notes |    cold ms | cold notes/s |  warm ms | one-edited ms | peak RSS');
  for (const count of SIZES) {
    const r = runChild(count);
    console.log(
      `${cell(count.toLocaleString('en-US'), 7)} | ${cell(r.coldMs.toFixed(0), 10)} | ${cell(perSecond(r.notes, r.coldMs), 12)} | ${cell(r.warmMs.toFixed(0), 8)} | ${cell(r.oneEditedMs.toFixed(0), 13)} | ${cell(`${r.peakMb.toFixed(0)} MB`, 8)}`,
    );
    if (r.notes !== count || r.problems !== 0) {
      console.log(`  FAIL: expected ${count} clean notes, got ${r.notes} notes and ${r.problems} problems`);
      failed = true;
    }
    if (count === 1_000) {
      const ok = r.coldMs < BUDGET_MS_PER_1000;
      console.log(`  budget: 1,000 notes cold < ${BUDGET_MS_PER_1000} ms: ${r.coldMs.toFixed(0)} ms ... ${ok ? 'ok' : 'OVER BUDGET'}`);
      failed ||= !ok;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
