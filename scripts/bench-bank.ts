/*
 * `npm run bench:bank`: does a large question bank slow the study pages' start? Builds the
 * bundled notes (25 questions) and a generated vault of 2,000 questions (250 notes of 8,
 * scripts/synthetic-notes.ts), serves both, and in Chromium loads /practice/ and /exam/
 * from each, in turns, every load in a fresh profile (a first visit, nothing cached; the
 * service worker blocked, so its precaching does not compete with the page), until the
 * page can start: its start button enabled. For context, also the time from the exam's
 * start button to its first question (the drawn questions' note files, fetched then).
 * Budgets, both pages: ready within 1.5x the 25-question time (medians), and no JSON file
 * the page loads before it is ready over 300 KB gzip.
 * `--no-build` reuses the two builds of the last run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { readBuiltBank } from './read-built-bank';
import { serving } from './serve-folder';
import { writeSyntheticVault } from './synthetic-notes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NOTES = 250;
const QUESTIONS_PER_NOTE = 8;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const BUDGET_FACTOR = 1.5;
const BUDGET_JSON_GZIP = 300 * 1024;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const READY_TIMEOUT_MS = 60_000;

type Site = { name: string; dir: string; port: number; content?: string };
const SITES: Site[] = [
  { name: 'bundled', dir: path.join(ROOT, 'out-bench-bank-bundled'), port: 4191 },
  { name: `${NOTES * QUESTIONS_PER_NOTE} questions`, dir: path.join(ROOT, 'out-bench-bank-large'), port: 4192, content: path.join(ROOT, '.bench', 'bank-vault') },
];

type PageSpec = { name: 'practice' | 'exam'; path: string; ready: string };
const PAGES: PageSpec[] = [
  { name: 'practice', path: '/practice/', ready: '[data-testid="practice-start"]:not([disabled])' },
  { name: 'exam', path: '/exam/', ready: '[data-testid="exam-start"]:not([disabled])' },
];
const EXAM_QUESTION = '[data-testid="exam-question"]';

/** One load: when the page could start, the JSON files it had fetched by then, and (exam) when the first question showed after start. */
type Load = { readyMs: number; json: string[]; firstQuestionMs: number | null };
type Check = { name: string; value: string; ok: boolean };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function build(site: Site): void {
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: path.relative(ROOT, site.dir), ...(site.content ? { CONTENT_DIR: site.content } : {}) },
  });
  console.log(`  built ${site.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/*
 * Page-side code as source text (tsx wraps named functions in a helper the page does not
 * have): notes the moment the ready selector first matches, from the DOM change that made it so.
 */
function probe(selector: string): string {
  return `(() => {
  const check = () => {
    if (window.__readyAt === undefined && document.querySelector(${JSON.stringify(selector)})) window.__readyAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
}

async function load(browser: Browser, site: Site, spec: PageSpec): Promise<Load> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.addInitScript(probe(spec.ready));
    const page = await context.newPage();
    const json: string[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.json')) json.push(pathname);
    });
    await page.goto(`http://localhost:${site.port}${spec.path}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => '__readyAt' in window, null, { timeout: READY_TIMEOUT_MS, polling: 50 });
    const readyMs = await page.evaluate(() => Number(Reflect.get(window, '__readyAt')));
    const fetched = [...json];
    let firstQuestionMs: number | null = null;
    if (spec.name === 'exam') {
      const started = Date.now();
      await page.locator(spec.ready).click();
      await page.locator(EXAM_QUESTION).waitFor({ timeout: READY_TIMEOUT_MS });
      firstQuestionMs = Date.now() - started;
    }
    return { readyMs, json: fetched, firstQuestionMs };
  } finally {
    await context.close();
  }
}

/** The gzip size of each JSON file a page fetched before it was ready, from the built files. */
function startJson(site: Site, loads: readonly Load[]): { file: string; gzip: number }[] {
  const files = new Set(loads.flatMap((each) => each.json));
  return [...files].map((file) => ({ file, gzip: gzipSize(readFileSync(path.join(site.dir, decodeURIComponent(file)))) })).sort((a, b) => b.gzip - a.gzip);
}

async function measure(browser: Browser): Promise<Map<string, Load[]>> {
  const loads = new Map<string, Load[]>();
  const key = (site: Site, spec: PageSpec) => `${site.name} ${spec.name}`;
  // One load each first, not counted: the server's and the disk's caches warm up.
  for (const site of SITES) for (const spec of PAGES) await load(browser, site, spec);
  for (let round = 0; round < ROUNDS; round += 1) {
    // In turns, so a drift in the machine's load falls on both sites alike.
    for (const spec of PAGES) {
      for (const site of round % 2 === 0 ? SITES : [...SITES].reverse()) {
        const result = await load(browser, site, spec);
        loads.set(key(site, spec), [...(loads.get(key(site, spec)) ?? []), result]);
      }
    }
  }
  return loads;
}

async function main(): Promise<number> {
  const [base, big] = SITES;
  if (!base || !big?.content) throw new Error('two sites expected, the second generated');
  if (!process.argv.includes('--no-build')) {
    writeSyntheticVault(big.content, NOTES, QUESTIONS_PER_NOTE);
    for (const site of SITES) build(site);
  }
  for (const site of SITES) if (!existsSync(path.join(site.dir, 'questions.json'))) throw new Error(`${site.dir} is not built: run without --no-build`);

  const checks: Check[] = [];
  for (const site of SITES) {
    const bank = readBuiltBank(site.dir);
    const index = gzipSize(readFileSync(path.join(site.dir, 'questions.json')));
    // What the one file of the bank before it was split held: every question with its note and stem and options.
    const whole = gzipSize(JSON.stringify({ questions: bank }));
    console.log(`  ${site.name}: ${bank.length} questions in ${new Set(bank.map((question) => question.slug)).size} notes; index ${kb(index)} gzip (the whole bank in one file: ${kb(whole)} gzip)`);
  }

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let loads: Map<string, Load[]>;
  try {
    loads = await serving(base.dir, base.port, () => serving(big.dir, big.port, () => measure(browser)));
  } finally {
    await browser.close();
  }

  for (const spec of PAGES) {
    const of = (site: Site) => loads.get(`${site.name} ${spec.name}`) ?? [];
    const ready = (site: Site) => median(of(site).map((each) => each.readyMs));
    const runs = (site: Site) => of(site).map((each) => each.readyMs.toFixed(0)).join(', ');
    for (const site of SITES) {
      const first = of(site).flatMap((each) => (each.firstQuestionMs === null ? [] : [each.firstQuestionMs]));
      const after = first.length > 0 ? `; first question ${median(first).toFixed(0)} ms after start` : '';
      console.log(`  ${spec.path} ${site.name}: ready ${ready(site).toFixed(0)} ms (median of ${runs(site)})${after}`);
    }
    const factor = ready(big) / ready(base);
    checks.push({ name: `${spec.path} ready, ${big.name} / bundled`, value: `${factor.toFixed(2)}x (${ready(big).toFixed(0)} / ${ready(base).toFixed(0)} ms; budget ${BUDGET_FACTOR}x)`, ok: factor <= BUDGET_FACTOR });
    const files = startJson(big, of(big));
    const largest = files[0];
    checks.push({
      name: `${spec.path} largest JSON loaded before ready, ${big.name}`,
      value: largest ? `${kb(largest.gzip)} gzip ${largest.file} (${files.length} files: ${files.map((each) => each.file).join(', ')}; budget ${kb(BUDGET_JSON_GZIP)})` : 'none',
      ok: (largest?.gzip ?? 0) <= BUDGET_JSON_GZIP,
    });
  }

  console.log('\nquestion bank bench');
  for (const check of checks) console.log(`  ${check.ok ? 'ok  ' : 'OVER'} ${check.name}: ${check.value}`);
  return checks.every((check) => check.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
