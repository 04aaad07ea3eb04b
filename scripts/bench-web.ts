/*
 * `npm run bench:web`: builds the static site, then measures what a student's browser
 * gets. Budgets: at most 150 KB of gzip JS loaded by the home and a note page;
 * Lighthouse on a note page: performance >= 95, accessibility 100, best practices 100.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serving } from './serve-folder';

const OUT = path.resolve('out');
const BENCH_DIR = path.resolve('.bench');
const PORT = 4174;
const JS_BUDGET_KB = 150;
const LIGHTHOUSE_BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Check = { name: string; value: string; ok: boolean };
const checks: Check[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function build(): number {
  const start = performance.now();
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return (performance.now() - start) / 1000;
}

/** Every script a page loads, as files in out/. */
function pageScripts(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  // noModule scripts are polyfills that only browsers without ES modules fetch.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((match) => !/nomodule/i.test(match[0]));
  const sources = tags.map((match) => match[1] ?? '');
  return [...new Set(sources)].map((source) => path.join(OUT, decodeURIComponent(source).replace(/^\//, '')));
}

function jsForPage(label: string, htmlFile: string): void {
  const scripts = pageScripts(htmlFile);
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

/** Lighthouse's own advice: scores vary run to run, so judge the median of several. */
const LIGHTHOUSE_RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

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
    const score = median(scores);
    checks.push({ name: `Lighthouse ${id} (note page, mobile)`, value: `${score} (median of ${scores.join(', ')})`, ok: score >= budget });
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

async function main(): Promise<number> {
  const seconds = build();
  checks.push({ name: 'build time (content check + next build)', value: `${seconds.toFixed(1)} s`, ok: true });
  const firstNote = readdirSync(path.join(OUT, 'notes')).sort()[0] ?? '';
  jsForPage('home /', path.join(OUT, 'index.html'));
  jsForPage(`note /notes/${firstNote}/`, path.join(OUT, 'notes', firstNote, 'index.html'));
  noteHtmlSizes();

  await serving(OUT, PORT, () => runLighthouse(`http://localhost:${PORT}/notes/${firstNote}/`));
  await bareNextReference();

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
