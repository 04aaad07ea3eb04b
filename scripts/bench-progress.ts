/*
 * `npm run bench:progress`: a student's answer history at 1,000, 10,000, 40,000 and
 * 100,000 answers, in Chromium against the static build (run `npm run build` first; BENCH_OUT
 * names another build folder). For each size, in a fresh browser profile: a version 2
 * progress file is imported on /stats/ (import time), the answers IndexedDB kept are
 * counted, the bytes stored per answer measured; then the home page, a note page, /review/
 * and /stats/ load three times each (median long-task time and time until ready), each
 * load paired with the same page in a profile with an empty record, open all along: the
 * machine's load drifts, and a pair sees the same machine.
 * Budgets: at 40,000 answers the home and note pages add at most 50 ms of long-task time
 * over an empty record; /review/ and /stats/ are ready within 2x their empty-record time;
 * 100,000 answers are all kept.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { BankQuestion } from '../lib/question-bank/bank-schema';
import { readBuiltBank } from './read-built-bank';
import { serving } from './serve-folder';
import { syntheticProgressFile } from './synthetic-progress';

/** BENCH_SIZES=1000,40000 measures fewer sizes while working on the bench; the budget needs all four. */
const SIZES = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',').map(Number) : [1_000, 10_000, 40_000, 100_000];
const BUDGET_AT = 40_000;
const BUDGET_EXTRA_LONG_TASK_MS = 50;
const BUDGET_READY_FACTOR = 2;
const BUDGET_KEPT_AT = 100_000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.resolve(ROOT, process.env.BENCH_OUT ?? 'out');
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const SITE = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Loads per page and size: long tasks on two cores vary run to run, and the median of five holds still where three did not. */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** A page is settled once no long task has run for this long after it was ready. */
const QUIET_MS = 500;
const PAGE_TIMEOUT_MS = 30_000;
/** 100,000 answers are read, written and summarised in chunks: minutes on a slow machine. */
const IMPORT_TIMEOUT_MS = 6 * 60_000;

type PageName = 'home' | 'note' | 'review' | 'stats';
/** When a page counts as ready: a selector that appears, or every last-result badge past "loading" after load. */
type Readiness = { selector: string } | { badges: true };
type PageSpec = { name: PageName; path: string; ready: Readiness };
type Load = { longTaskMs: number; readyMs: number };
type PageResult = { longTaskMs: number; readyMs: number; runs: Load[] };
type Pages = Map<PageName, PageResult>;
type Imported = { seconds: number; kept: number; maxTaskMs: number };
/** usage: navigator.storage.estimate() (after the page loads, for a size); disk: the profile's IndexedDB folder once its browser closed. */
type Stored = { usage: number | null; disk: number };
/** The empty record: every load of the run, and the pages that never got ready. */
type EmptyResult = Stored & { loads: Map<PageName, Load[]>; failures: string[]; broken: Set<PageName> };
/** reference: the empty record's loads paired with this size's. */
type SizeResult = Stored & { answers: number; ratings: number; days: number; imported: Imported | null; pages: Pages; reference: Pages; failures: string[] };
type Profile = { page: Page; close: () => Promise<number> };
type Check = { name: string; value: string; ok: boolean };

const STATS_READY = '[data-testid="stats-dashboard"][data-ready="true"]';
const REVIEW_READY = '[data-testid="review"][data-ready="true"]';

const count = (value: number) => value.toLocaleString('en-US');
const cell = (text: string, width: number) => text.padStart(width);
const ms = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(0)} ms`);
const messageOf = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function numberOf(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what}: expected a number, got ${JSON.stringify(value)}`);
  return value;
}

function readBank(): BankQuestion[] {
  if (!existsSync(path.join(OUT, 'questions.json'))) throw new Error(`${path.relative(ROOT, OUT)}/questions.json is missing: run npm run build first (or set BENCH_OUT to a built folder)`);
  return readBuiltBank(OUT);
}

/** The note with the most questions: the most badges and quiz to wake up. */
function busiestNote(bank: readonly BankQuestion[]): string {
  const perNote = new Map<string, number>();
  for (const question of bank) perNote.set(question.slug, (perNote.get(question.slug) ?? 0) + 1);
  const [slug] = [...perNote].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [''];
  if (!slug) throw new Error('questions.json has no questions');
  return slug;
}

function pageSpecs(noteSlug: string): PageSpec[] {
  return [
    { name: 'home', path: '/', ready: { badges: true } },
    { name: 'note', path: `/notes/${noteSlug}/`, ready: { badges: true } },
    { name: 'review', path: '/review/', ready: { selector: REVIEW_READY } },
    { name: 'stats', path: '/stats/', ready: { selector: STATS_READY } },
  ];
}

/*
 * Page-side code is passed as source text: tsx wraps named functions in a helper the page
 * does not have. The probe runs before any page script: it sums long tasks from the start,
 * and notes the moment the page's readiness first holds, from the DOM change that made it so.
 */
function probeScript(specs: readonly PageSpec[]): string {
  const readiness = Object.fromEntries(specs.map((spec) => [spec.path, spec.ready]));
  return `(() => {
  const w = window;
  w.__longTasks = 0; w.__longTaskMax = 0; w.__lastTaskEnd = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      w.__longTasks += entry.duration;
      w.__longTaskMax = Math.max(w.__longTaskMax, entry.duration);
      w.__lastTaskEnd = Math.max(w.__lastTaskEnd, entry.startTime + entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  const ready = ${JSON.stringify(readiness)}[location.pathname];
  if (!ready) return;
  const holds = () => ready.selector
    ? document.querySelector(ready.selector) !== null
    : document.readyState === 'complete' && document.querySelector('[data-testid="last-result"][data-result="loading"]') === null;
  const observer = new MutationObserver(() => check());
  const check = () => {
    if (w.__readyAt === undefined && holds()) { w.__readyAt = performance.now(); observer.disconnect(); }
  };
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-result'] });
  addEventListener('load', check);
})();`;
}

const READY_SEEN = 'window.__readyAt !== undefined';
const QUIET = `performance.now() - Math.max(window.__readyAt, window.__lastTaskEnd) >= ${QUIET_MS}`;

/** The answers IndexedDB holds, read with the browser's own API, not the app's. */
const KEPT_ANSWERS = `(async () => {
  if (!(await indexedDB.databases()).some((db) => db.name === 'aws-notes')) return 0;
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('aws-notes');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('attempts')) return 0;
    return await new Promise((resolve, reject) => {
      const request = db.transaction('attempts').objectStore('attempts').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
})()`;
const USAGE = 'navigator.storage.estimate().then((estimate) => estimate.usage ?? 0)';

async function waitFor(page: Page, expression: string, what: string, timeout = PAGE_TIMEOUT_MS): Promise<void> {
  try {
    await page.waitForFunction(expression, undefined, { timeout, polling: 50 });
  } catch (error) {
    throw new Error(`${what} not seen within ${timeout / 1000} s on ${new URL(page.url()).pathname} (${messageOf(error)})`);
  }
}

function describeReadiness(ready: Readiness): string {
  return 'selector' in ready ? ready.selector : 'load, then no [data-testid="last-result"][data-result="loading"]';
}

async function loadOnce(page: Page, spec: PageSpec): Promise<Load> {
  await page.goto(`${SITE}${spec.path}`, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  await waitFor(page, READY_SEEN, describeReadiness(spec.ready));
  await waitFor(page, QUIET, `${QUIET_MS} ms without a long task`);
  return { longTaskMs: numberOf(await page.evaluate('window.__longTasks'), 'long tasks'), readyMs: numberOf(await page.evaluate('window.__readyAt'), 'ready time') };
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const file = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(file) : entry.isFile() ? statSync(file).size : 0);
  }, 0);
}

/**
 * A profile on disk, as a student's browser has: an in-memory one would not say what is
 * stored. Closing it gives the bytes of its IndexedDB folder once the browser has flushed it.
 */
async function openProfile(dir: string, specs: readonly PageSpec[]): Promise<Profile> {
  mkdirSync(dir, { recursive: true });
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await context.close();
    const bytes = folderBytes(path.join(dir, 'Default', 'IndexedDB'));
    rmSync(dir, { recursive: true, force: true });
    return bytes;
  };
  try {
    await context.addInitScript({ content: probeScript(specs) });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function openStats(page: Page): Promise<void> {
  await page.goto(`${SITE}/stats/`, { waitUntil: 'load' });
  await waitFor(page, `document.querySelector('${STATS_READY}') !== null`, STATS_READY);
}

/** From a file on disk: Chromium reads it itself, where a buffer of 100,000 answers would cross the protocol. */
async function importFile(page: Page, file: string): Promise<number> {
  await openStats(page);
  const input = page.locator('[data-testid="stats-import"]');
  if ((await input.count()) === 0) throw new Error('/stats/ has no [data-testid="stats-import"] input');
  const start = performance.now();
  await input.setInputFiles(file, { timeout: IMPORT_TIMEOUT_MS });
  const result = page.locator('[data-testid="stats-import-result"][data-ok]');
  try {
    await result.waitFor({ state: 'attached', timeout: IMPORT_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`no [data-testid="stats-import-result"][data-ok] within ${IMPORT_TIMEOUT_MS / 1000} s (${messageOf(error)})`);
  }
  const seconds = (performance.now() - start) / 1000;
  if ((await result.getAttribute('data-ok')) !== 'true') throw new Error(`the page says: ${(await result.innerText()).trim()}`);
  return seconds;
}

async function usage(page: Page): Promise<number> {
  return numberOf(await page.evaluate(USAGE), 'storage usage');
}

function summary(runs: Load[]): PageResult {
  return { longTaskMs: median(runs.map((load) => load.longTaskMs)), readyMs: median(runs.map((load) => load.readyMs)), runs };
}

/**
 * Each page, RUNS times: a load with the empty record, then one with this size's. A page
 * that never gets ready is reported once and not tried again on that side.
 */
async function pairedLoads(specs: readonly PageSpec[], empty: Page, sized: Page, result: SizeResult, reference: EmptyResult): Promise<void> {
  for (const spec of specs) {
    const [base, mine]: [Load[], Load[]] = [[], []];
    let failed = false;
    for (let run = 0; run < RUNS && !failed; run += 1) {
      if (!reference.broken.has(spec.name)) {
        try {
          base.push(await loadOnce(empty, spec));
        } catch (error) {
          reference.broken.add(spec.name);
          reference.failures.push(`${spec.name}: ${messageOf(error)}`);
        }
      }
      try {
        mine.push(await loadOnce(sized, spec));
      } catch (error) {
        failed = true;
        result.failures.push(`${spec.name}: ${messageOf(error)}`);
      }
    }
    if (base.length > 0) {
      result.reference.set(spec.name, summary(base));
      reference.loads.set(spec.name, [...(reference.loads.get(spec.name) ?? []), ...base]);
    }
    if (!failed) result.pages.set(spec.name, summary(mine));
  }
}

async function measureSize(work: string, bank: readonly BankQuestion[], specs: readonly PageSpec[], answers: number, empty: Page, reference: EmptyResult): Promise<SizeResult> {
  const synthetic = syntheticProgressFile(bank, answers, new Date());
  const file = path.join(work, `aws-notes-progress-${answers}.json`);
  writeFileSync(file, synthetic.text);
  const result: SizeResult = { answers, ratings: synthetic.ratings, days: synthetic.days, imported: null, usage: null, disk: 0, pages: new Map(), reference: new Map(), failures: [] };
  const sized = await openProfile(path.join(work, `profile-${answers}`), specs);
  try {
    try {
      const seconds = await importFile(sized.page, file);
      const maxTaskMs = numberOf(await sized.page.evaluate('window.__longTaskMax'), 'longest task');
      result.imported = { seconds, kept: numberOf(await sized.page.evaluate(KEPT_ANSWERS), 'kept answers'), maxTaskMs };
    } catch (error) {
      // Without the answers in, the pages would only measure an empty record again.
      result.failures.push(`import: ${messageOf(error)}`);
      return result;
    }
    await pairedLoads(specs, empty, sized.page, result, reference);
    // Last, so the browser has had the page loads' time to account for what was written.
    result.usage = await usage(sized.page);
  } finally {
    result.disk = await sized.close();
  }
  return result;
}

const pageMs = (pages: Pages, name: PageName, field: keyof Load) => pages.get(name)?.[field];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Bytes per answer over the empty record's, by the browser's estimate and on disk. */
function perAnswer(r: SizeResult, empty: EmptyResult): string {
  const estimate = r.usage !== null && empty.usage !== null ? count(Math.round((r.usage - empty.usage) / r.answers)) : '-';
  return `${estimate} / ${count(Math.round((r.disk - empty.disk) / r.answers))}`;
}

/** The empty record's row: the median of all its loads in the run. */
const allEmpty = (empty: EmptyResult): Pages => new Map([...empty.loads].map(([name, loads]) => [name, summary(loads)]));

function printTable(empty: EmptyResult, results: readonly SizeResult[]): void {
  console.log(`\nprogress at scale (median of ${RUNS} loads per page and size; LT = long-task time; ready = ms from navigation start)`);
  console.log('    size | bytes/answer est/disk | usage est / disk | import s | longest import task |    kept |  home LT |  note LT | review ready | stats ready');
  const row = (size: string, bytes: string, stored: Stored, imported: Imported | null, kept: string, pages: Pages) =>
    console.log(
      [
        cell(size, 8),
        cell(bytes, 21),
        cell(`${stored.usage === null ? '-' : mb(stored.usage)} / ${mb(stored.disk)}`, 16),
        cell(imported ? imported.seconds.toFixed(1) : '-', 8),
        cell(imported ? ms(imported.maxTaskMs) : '-', 19),
        cell(kept, 7),
        cell(ms(pageMs(pages, 'home', 'longTaskMs')), 8),
        cell(ms(pageMs(pages, 'note', 'longTaskMs')), 8),
        cell(ms(pageMs(pages, 'review', 'readyMs')), 12),
        cell(ms(pageMs(pages, 'stats', 'readyMs')), 11),
      ].join(' | '),
    );
  row('empty', '-', empty, null, '0', allEmpty(empty));
  for (const r of results) row(count(r.answers), r.imported ? perAnswer(r, empty) : '-', r, r.imported, r.imported ? count(r.imported.kept) : '-', r.pages);
  console.log(`  empty: median of all ${RUNS * results.length} loads paired with the sizes' (each size is judged against its own pairs, below)`);
  console.log("  est = navigator.storage.estimate().usage; disk = the profile's IndexedDB folder after the browser closed");
  console.log(`  synthetic version 2 files: ${results.map((r) => `${count(r.answers)} answers + ${count(r.ratings)} ratings over ${r.days} days`).join('; ')}`);
}

/** Every page's every run beside its empty pair, so a noisy median can be seen for what it is. */
function printDetail(empty: EmptyResult, results: readonly SizeResult[]): void {
  console.log('\npage loads, each run: ready ms / long-task ms (with the empty record: the same, paired)');
  const runs = (result: PageResult | undefined) => (result ? result.runs.map((load) => `${load.readyMs.toFixed(0)}/${load.longTaskMs.toFixed(0)}`).join(' ') : '-');
  for (const r of results) {
    const parts = (['home', 'note', 'review', 'stats'] as const).map((name) => `${name} ${runs(r.pages.get(name))} (${runs(r.reference.get(name))})`);
    console.log(`${cell(count(r.answers), 8)}  ${parts.join(' | ')}`);
  }
  for (const failure of empty.failures) console.log(`  FAILED with an empty record: ${failure}`);
  for (const r of results) for (const failure of r.failures) console.log(`  FAILED at ${count(r.answers)} answers: ${failure}`);
}

function budgetChecks(results: readonly SizeResult[]): Check[] {
  const at = results.find((r) => r.answers === BUDGET_AT);
  const checks: Check[] = [];
  for (const name of ['home', 'note'] as const) {
    const base = at ? pageMs(at.reference, name, 'longTaskMs') : undefined;
    const value = at ? pageMs(at.pages, name, 'longTaskMs') : undefined;
    const extra = base === undefined || value === undefined ? undefined : value - base;
    checks.push({
      name: `${name} long tasks at ${count(BUDGET_AT)} answers <= empty + ${BUDGET_EXTRA_LONG_TASK_MS} ms`,
      value: extra === undefined ? 'not measured' : `${extra >= 0 ? '+' : ''}${extra.toFixed(0)} ms (${ms(value)} vs ${ms(base)})`,
      ok: extra !== undefined && extra <= BUDGET_EXTRA_LONG_TASK_MS,
    });
  }
  for (const name of ['review', 'stats'] as const) {
    const base = at ? pageMs(at.reference, name, 'readyMs') : undefined;
    const value = at ? pageMs(at.pages, name, 'readyMs') : undefined;
    const ratio = base === undefined || value === undefined ? undefined : value / base;
    checks.push({
      name: `/${name}/ ready at ${count(BUDGET_AT)} answers <= ${BUDGET_READY_FACTOR}x empty`,
      value: ratio === undefined ? 'not measured' : `${ratio.toFixed(2)}x (${ms(value)} vs ${ms(base)})`,
      ok: ratio !== undefined && ratio <= BUDGET_READY_FACTOR,
    });
  }
  // Only 100,000 is the budget; a lost answer at any size is as wrong.
  for (const r of results) {
    checks.push({
      name: `${count(r.answers)} answers all kept${r.answers === BUDGET_KEPT_AT ? '' : ' (beyond the budget)'}`,
      value: r.imported ? `${count(r.imported.kept)} of ${count(r.answers)}` : 'not measured (import failed)',
      ok: r.imported?.kept === r.answers,
    });
  }
  return checks;
}

/** Other work on the machine stretches every time here: say how busy it was. */
function machineLoad(): string {
  return `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} on ${availableParallelism()} cores`;
}

async function measureAll(work: string, bank: readonly BankQuestion[], specs: readonly PageSpec[]): Promise<{ empty: EmptyResult; results: SizeResult[] }> {
  const empty: EmptyResult = { usage: null, disk: 0, loads: new Map(), failures: [], broken: new Set() };
  const results: SizeResult[] = [];
  const profile = await openProfile(path.join(work, 'profile-empty'), specs);
  try {
    try {
      // The app creates its (empty) database on first visit: the baseline includes it.
      await openStats(profile.page);
    } catch (error) {
      empty.failures.push(`/stats/: ${messageOf(error)}`);
    }
    empty.usage = await usage(profile.page);
    for (const answers of SIZES) {
      const started = performance.now();
      results.push(await measureSize(work, bank, specs, answers, profile.page, empty));
      console.log(`  measured ${count(answers)} answers in ${((performance.now() - started) / 1000).toFixed(0)} s (${machineLoad()})`);
    }
  } finally {
    empty.disk = await profile.close();
  }
  return { empty, results };
}

async function main(): Promise<number> {
  const bank = readBank();
  const specs = pageSpecs(busiestNote(bank));
  console.log(`progress bench: ${path.relative(ROOT, OUT) || '.'} on ${SITE}, ${count(bank.length)} questions, note page ${specs[1]?.path ?? ''}`);
  console.log(`  ${machineLoad()}`);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-progress-'));
  try {
    const { empty, results } = await serving(OUT, PORT, () => measureAll(work, bank, specs));
    printTable(empty, results);
    printDetail(empty, results);
    const checks = budgetChecks(results);
    console.log('\nbudget (at each size, against the empty record loaded in turn with it)');
    for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'OVER'} ${check.name.padEnd(58)} ${check.value}`);
    return checks.every((check) => check.ok) ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
