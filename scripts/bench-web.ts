/*
 * `npm run bench:web`: builds the static site, then measures what a student's browser
 * gets. Budgets: at most 150 KB of gzip JS loaded by the home and a note page;
 * Lighthouse on a note page, mobile: performance >= 95 on every one of 5 runs,
 * accessibility 100, best practices 100. Then builds a big vault (BIG_NOTES, default
 * 10,000 recombined real notes, scripts/bench-build/vault.ts; 0 skips) and checks that the
 * pages stay small: the home page's HTML at most 100 KB (25 KB gzip), every app page's HTML
 * printed beside the bundled site's, and each data file a page fetches (the note list's
 * parts, the search index and its snippets, the question bank) at most 300 KB gzip.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serving } from './serve-folder';
import { readSources, writeVault } from './bench-build/vault';
import { browseResponses, type Check } from './bench-web/browse-responses';
import { median } from './bench-build/budget';

const OUT = path.resolve('out');
const BIG_OUT = path.resolve('out-bench-web-big');
const HOME_HTML_BUDGET = { raw: 100 * 1024, gzip: 25 * 1024 };
const DATA_PART_BUDGET = 300 * 1024;
/** The pages every vault has, whatever its notes: their HTML must not grow with the vault. */
const APP_PAGES = ['index.html', 'tags/index.html', 'practice/index.html', 'exam/index.html', 'review/index.html', 'stats/index.html', 'search/index.html', 'offline/index.html'];
const BENCH_DIR = path.resolve('.bench');
const BIG_VAULT = path.join(BENCH_DIR, 'web-big-vault');
const PORT = 4174;
const JS_BUDGET_KB = 150;
const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const checks: Check[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function build(env: Record<string, string> = {}): number {
  const start = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  return (performance.now() - start) / 1000;
}

/** Every script a page loads, as files in its export. */
function pageScripts(htmlFile: string, out: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  // noModule scripts are polyfills that only browsers without ES modules fetch.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0]));
  const sources = tags.map((match) => match[1] ?? '');
  return [...new Set(sources)].map((source) => path.join(out, decodeURIComponent(source).replace(/^\//, '')));
}

function jsForPage(label: string, htmlFile: string, out: string = OUT): void {
  const scripts = pageScripts(htmlFile, out);
  const total = scripts.reduce((sum, file) => sum + gzipSize(file), 0);
  checks.push({ name: `gzip JS, ${label} (${scripts.length} files)`, value: kb(total), ok: total <= JS_BUDGET_KB * 1024 });
}

function noteHtmlSizes(): void {
  const dir = path.join(OUT, 'notes');
  const files = readdirSync(dir).map((slug) => path.join(dir, slug, 'index.html'));
  const raw = files.map((file) => statSync(file).size);
  const zipped = files.map(gzipSize);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  checks.push({ name: `HTML per note (${files.length} notes), mean / max`, value: `${kb(mean(raw))} / ${kb(Math.max(...raw))} (gzip ${kb(mean(zipped))})`, ok: true });
}

/** Desktop scores, printed for context; the budget is checked against the default (mobile). */
async function desktopLighthouse(url: string, port: number): Promise<void> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, desktopConfig);
  const categories = result?.lhr.categories ?? {};
  const scores = Object.keys(LIGHTHOUSE_BUDGET).map((id) => `${id} ${Math.round((categories[id]?.score ?? 0) * 100)}`);
  console.log(`  lighthouse (desktop, for context): ${scores.join(', ')}`);
}

/** Scores vary run to run: the budget holds on every one of several runs. */
const LIGHTHOUSE_RUNS = 5;

async function withChromium<T>(work: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    return await work(chrome.port);
  } finally {
    chrome.kill();
  }
}

/**
 * Each run in a fresh browser profile, so each is a first visit: Lighthouse clears the HTTP
 * cache between runs but keeps localStorage, which would otherwise tell the page its web font
 * is cached when it is not.
 */
async function lighthouseRuns(url: string) {
  const runs = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    runs.push(await withChromium((port) => lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(LIGHTHOUSE_BUDGET) })));
  }
  return runs;
}

const scoresOf = (runs: Awaited<ReturnType<typeof lighthouseRuns>>, id: string) => runs.map((result) => Math.round((result?.lhr.categories[id]?.score ?? 0) * 100));

async function runLighthouse(url: string): Promise<void> {
  const runs = await lighthouseRuns(url);
  for (const [id, budget] of Object.entries(LIGHTHOUSE_BUDGET)) {
    const scores = scoresOf(runs, id);
    // Every run, not the median: a student gets one load, not the typical one.
    checks.push({ name: `Lighthouse ${id} (note page, mobile), every run`, value: `lowest ${Math.min(...scores)} of ${scores.join(', ')} (budget ${budget})`, ok: Math.min(...scores) >= budget });
  }
  const result = runs[Math.floor(runs.length / 2)];
  const audits = result?.lhr.audits ?? {};
  const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  console.log(`  lighthouse: ${metrics.map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`).join(', ')}`);
  const failing = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative');
  for (const audit of failing.slice(0, 10)) console.log(`  lighthouse: ${audit.id}: ${audit.title} ${audit.displayValue ?? ''}`);
  await withChromium((port) => desktopLighthouse(url, port));
}

/**
 * The floor this machine sets: the same Lighthouse runs on a bare Next page (one heading, one
 * paragraph) built with the same Next. A note page cannot score above what the framework
 * alone scores here. It is built in .bench/ (ignored by git, tsc and eslint), where it finds
 * the repo's node_modules by walking up: Turbopack does not follow a linked node_modules
 * out of its root.
 */
async function bareNextReference(): Promise<void> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(BENCH_DIR, 'bare-next-'));
  try {
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
    writeFileSync(path.join(dir, 'next.config.mjs'), "export default { output: 'export' };\n");
    writeFileSync(path.join(dir, 'app', 'layout.jsx'), 'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n');
    writeFileSync(path.join(dir, 'app', 'page.jsx'), 'export default function Page() { return <main><h1>Hello</h1><p>A bare Next.js page.</p></main>; }\n');
    execFileSync(path.resolve('node_modules/.bin/next'), ['build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const runs = await serving(path.join(dir, 'out'), PORT, () => lighthouseRuns(`http://localhost:${PORT}/`));
    const scores = scoresOf(runs, 'performance');
    console.log(`  lighthouse: a bare Next page on this machine scores performance ${median(scores)} (median of ${scores.join(', ')}), for reference`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fileSize = (file: string) => ({ raw: statSync(file).size, gzip: gzipSize(file) });

/** Every data file of an export a page fetches, beside the pages. */
function dataFiles(out: string): string[] {
  const inFolder = (folder: string) => {
    try {
      return readdirSync(path.join(out, folder)).map((name) => path.join(out, folder, name));
    } catch {
      return [];
    }
  };
  return [path.join(out, 'questions.json'), path.join(out, 'search-index.json'), ...inFolder('search-index'), ...inFolder('note-list'), ...inFolder('search-snippets')].filter((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

/** The big vault's pages against the bundled site's: what grows with the vault, and the data files' parts. */
function bigVaultSizes(notes: number): void {
  writeVault(BIG_VAULT, readSources(process.cwd()), notes);
  const seconds = build({ CONTENT_DIR: BIG_VAULT, NEXT_DIST_DIR: path.basename(BIG_OUT) });
  console.log(`big vault: ${notes.toLocaleString('en-US')} notes built in ${seconds.toFixed(1)} s`);
  for (const page of APP_PAGES) {
    const big = fileSize(path.join(BIG_OUT, page));
    const small = fileSize(path.join(OUT, page));
    console.log(`  HTML /${page.replace(/index\.html$/, '')}: ${kb(big.raw)} (gzip ${kb(big.gzip)}) at ${notes.toLocaleString('en-US')} notes; ${kb(small.raw)} (gzip ${kb(small.gzip)}) bundled`);
  }
  const home = fileSize(path.join(BIG_OUT, 'index.html'));
  const bundledHome = fileSize(path.join(OUT, 'index.html'));
  checks.push({
    name: `home HTML at ${notes.toLocaleString('en-US')} notes`,
    value: `${kb(home.raw)} (gzip ${kb(home.gzip)}), budget ${kb(HOME_HTML_BUDGET.raw)} (${kb(HOME_HTML_BUDGET.gzip)}); bundled ${kb(bundledHome.raw)}`,
    ok: home.raw <= HOME_HTML_BUDGET.raw && home.gzip <= HOME_HTML_BUDGET.gzip,
  });
  jsForPage(`home / at ${notes.toLocaleString('en-US')} notes`, path.join(BIG_OUT, 'index.html'), BIG_OUT);
  const files = dataFiles(BIG_OUT).map((file) => ({ file: path.relative(BIG_OUT, file), ...fileSize(file) }));
  const largest = [...files].sort((a, b) => b.gzip - a.gzip);
  for (const file of largest.slice(0, 5)) console.log(`  data /${file.file}: ${kb(file.raw)} (gzip ${kb(file.gzip)})`);
  const over = files.filter((file) => file.gzip > DATA_PART_BUDGET);
  checks.push({
    name: `data files at ${notes.toLocaleString('en-US')} notes, each`,
    value: `largest /${largest[0]?.file} gzip ${kb(largest[0]?.gzip ?? 0)}, budget ${kb(DATA_PART_BUDGET)}${over.length > 0 ? `; over: ${over.map((file) => file.file).join(', ')}` : ''}`,
    ok: over.length === 0,
  });
}

async function main(): Promise<number> {
  const seconds = build();
  checks.push({ name: 'build time (content check + next build)', value: `${seconds.toFixed(1)} s`, ok: true });
  const firstNote = readdirSync(path.join(OUT, 'notes')).sort()[0] ?? '';
  jsForPage('home /', path.join(OUT, 'index.html'));
  jsForPage(`note /notes/${firstNote}/`, path.join(OUT, 'notes', firstNote, 'index.html'));
  noteHtmlSizes();

  await serving(OUT, PORT, () => runLighthouse(`http://localhost:${PORT}/notes/${firstNote}/`));
  await bareNextReference();
  const bigNotes = Number(process.env.BIG_NOTES ?? 10_000);
  if (!Number.isInteger(bigNotes) || bigNotes < 0) throw new Error(`BIG_NOTES must be a whole number, got ${process.env.BIG_NOTES}`);
  if (bigNotes > 0) {
    bigVaultSizes(bigNotes);
    checks.push(await serving(BIG_OUT, PORT, () => browseResponses(`http://localhost:${PORT}/`, bigNotes, CHROMIUM)));
  } else console.log('big vault: skipped (BIG_NOTES=0), its budgets not checked');

  for (const check of checks) console.log(`${check.ok ? 'ok  ' : 'OVER'} ${check.name.padEnd(48)} ${check.value}`);
  return checks.every((check) => check.ok) ? 0 : 1;
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
