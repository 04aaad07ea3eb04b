/*
 * `npm run bench:search`: search over 1,000 and 5,000 synthetic notes (real notes
 * recombined). Prints the index file's size, raw and gzip as a static host serves it; the
 * time the browser takes to load it; p50/p95 query time over a fixed query list plus queries
 * typed letter by letter; and the bytes fetched before the first result: the search
 * JavaScript, measured in a browser against the built site in out/, plus the index file.
 * Budgets: p95 query under 10 ms at 5,000 notes; index under 300 KB gzip per 1,000 notes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from '@playwright/test';
import { loadContent } from '../lib/content/load';
import { buildSearchData, snippetFiles, type SearchSource } from '../lib/search/build-index';
import { loadSearchIndex, searchNotes, type SearchIndex } from '../lib/search/search-index';
import { searchDataSchema } from '../lib/search/search-schema';
import { serving } from './serve-folder';
import { random, syntheticSources } from './synthetic-search';

const SIZES = [1_000, 5_000];
const BUDGET_P95_MS = 10;
const BUDGET_P95_AT = 5_000;
const BUDGET_GZIP_KB_PER_1000 = 300;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The built site: `out`, or the folder a build was told to write (NEXT_DIST_DIR=out-…). */
const OUT = path.join(ROOT, process.env.NEXT_DIST_DIR ?? 'out');
const PORT = 4186;
const SITE = `http://localhost:${PORT}/`;
const CHROMIUM = '/usr/bin/chromium';
const BROWSER_TIMEOUT_MS = 20_000;
const TYPED_QUERY = 'glue';
/** A brisk typist's pace, about seven keys a second. */
const KEY_DELAY_MS = 150;

/** Korean with particles, compounds, initials, English prefixes, typos, mixed, generic words, AWS words in Hangul, Korean typos. */
const FIXED_QUERIES = [
  '글루를', '파티션을', '아테나에서', '샤드는', '스트리밍으로', '레드시프트의',
  '파라미터', '레이크', '테라바이트', '쓰기샤딩', '파티션프로젝션',
  'ㅍㅌㅅ', 'ㅅㅇㅈ', 'ㄷㅇㅌ', 'ㅂㄱㄷㅇㅌㅋㅊ',
  'ath', 'athen', 'kin', 'red', 'dyna', 'sage', 'quick',
  'athna', 'redshfit', 'kinesiss', 'dynamdb', 'sagemker', 'partiton',
  'glue 크롤러', 'athena 파티션', 'S3에서 parquet', 'kinesis 샤드', 'emr 스팟 인스턴스', '글루 job bookmark',
  '데이터', 's3', 'aws', '비용', 'lambda', '키네시스',
  '서버리스', '비용 최적화', '다이나모DB', '스텝 펑션', 'cost optimization', 'Amazon 글래시어',
  '파티숀', '세이지메이거', '프로젝숀',
];
const DRAWN_QUERIES = 200;
const WARMUP_ROUNDS = 2;
const TIMED_ROUNDS = 5;
const LOAD_RUNS = 5;
const EMPTY_SHOWN = 20;

type SizeResult = {
  count: number;
  buildMs: number;
  rawBytes: number;
  gzipBytes: number;
  snippetGzipBytes: number;
  loadFirstMs: number;
  loadMedianMs: number;
  queries: number;
  empty: string[];
  timings: number[];
  slowest: { query: string; ms: number };
};

type Tally = { bytes: number; files: number };
/** Other is by file extension: fonts and prefetched pages come too, though they are not search's own. */
type BrowserBytes = { js: Tally; indexBytes: number; other: Map<string, Tally>; encodings: Set<string> };
type BrowserResult = { measured: true; bytes: BrowserBytes } | { measured: false; reason: string };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (text: string, width: number) => text.padStart(width);
const count = (value: number) => value.toLocaleString('en-US');
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

/** Nearest rank: the value at or below which p of the timings fall. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function realNotes(): SearchSource[] {
  const folders = [path.join(ROOT, 'content'), path.resolve(ROOT, '../shared/corpus')].filter((dir) => existsSync(dir));
  const notes: SearchSource[] = [];
  for (const dir of folders) {
    const content = loadContent(dir);
    const errors = content.problems.filter((problem) => problem.severity === 'error').length;
    console.log(`real notes: ${count(content.notes.length)} from ${path.relative(ROOT, dir) || '.'}${errors ? ` (${errors} errors skipped)` : ''}`);
    notes.push(...content.notes);
  }
  console.log(`real notes: ${count(notes.length)} in all, recombined into synthetic notes`);
  return notes;
}

/** The browser's side once the file is fetched: parse it, check it, rebuild the FlexSearch indexes. */
function browserLoad(json: string): SearchIndex {
  return loadSearchIndex(searchDataSchema.parse(JSON.parse(json)));
}

/** Synthetic titles end in their number, which nobody searches for. */
const wordsOf = (name: string) => name.split(/[\s\-–—:·,()/+&]+/u).filter((word) => word.length >= 2 && !/^\d+$/.test(word));

/** Search as you type runs one query per keystroke: ath, athe, athen. One letter is stored nowhere. */
const keystrokes = (phrase: string) => Array.from({ length: Math.max(0, [...phrase].length - 1) }, (_, at) => [...phrase].slice(0, at + 2).join(''));

function drawnQueries(sources: readonly SearchSource[]): string[] {
  const next = random(sources.length);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(next() * list.length)];
  const queries: string[] = [];
  for (let attempt = 0; queries.length < DRAWN_QUERIES && attempt < DRAWN_QUERIES * 10; attempt += 1) {
    const note = pick(sources);
    const words = wordsOf(pick([note?.title ?? '', ...(note?.aliases ?? [])]) ?? '');
    const at = Math.floor(next() * words.length);
    const [word, following] = [words[at], words[at + 1]];
    if (!word) continue;
    const phrase = following && next() < 0.5 ? `${word} ${following}` : word;
    queries.push(...(next() < 0.5 ? keystrokes(phrase) : [phrase]));
  }
  return queries.slice(0, DRAWN_QUERIES);
}

/** The slowest query is judged by its median, so one garbage collection does not name it. */
function timeQueries(index: SearchIndex, queries: readonly string[]): Pick<SizeResult, 'queries' | 'empty' | 'timings' | 'slowest'> {
  for (let round = 0; round < WARMUP_ROUNDS; round += 1) for (const query of queries) searchNotes(index, query);
  const perQuery = queries.map((): number[] => []);
  for (let round = 0; round < TIMED_ROUNDS; round += 1) {
    queries.forEach((query, at) => perQuery[at]?.push(timed(() => searchNotes(index, query))[1]));
  }
  const medians = perQuery.map((timings) => percentile(timings, 0.5));
  const slowestAt = medians.indexOf(Math.max(...medians));
  const empty = queries.filter((query) => searchNotes(index, query).length === 0);
  return { queries: queries.length, empty, timings: perQuery.flat(), slowest: { query: queries[slowestAt] ?? '', ms: medians[slowestAt] ?? 0 } };
}

function measureSize(real: readonly SearchSource[], notes: number): SizeResult {
  const sources = syntheticSources(real, notes);
  const [data, buildMs] = timed(() => buildSearchData(sources));
  const json = JSON.stringify(data);
  const [index, loadFirstMs] = timed(() => browserLoad(json));
  const loads = Array.from({ length: LOAD_RUNS }, () => timed(() => browserLoad(json))[1]);
  return {
    count: notes,
    buildMs,
    rawBytes: Buffer.byteLength(json),
    gzipBytes: gzipBytes(json),
    snippetGzipBytes: gzipBytes(JSON.stringify(snippetFiles(sources)[0] ?? { snippets: [] })),
    loadFirstMs,
    loadMedianMs: percentile(loads, 0.5),
    ...timeQueries(index, [...FIXED_QUERIES, ...drawnQueries(sources)]),
  };
}

const perThousand = (result: SizeResult) => result.gzipBytes / (result.count / 1_000);

function printIndexTable(results: readonly SizeResult[]): void {
  console.log('\nindex file (/search-index.json)');
  console.log('  notes | build ms |       raw |      gzip | gzip per 1,000 | 1 snippet file gzip | load ms first / median');
  for (const r of results) {
    console.log(
      `${cell(count(r.count), 7)} | ${cell(r.buildMs.toFixed(0), 8)} | ${cell(kb(r.rawBytes), 9)} | ${cell(kb(r.gzipBytes), 9)} | ${cell(kb(perThousand(r)), 14)} | ${cell(kb(r.snippetGzipBytes), 19)} | ${cell(`${r.loadFirstMs.toFixed(0)} / ${r.loadMedianMs.toFixed(0)}`, 22)}`,
    );
  }
  console.log('  (load = JSON.parse + searchDataSchema.parse + loadSearchIndex, as the browser does on first search)');
}

function printQueryTable(results: readonly SizeResult[]): void {
  console.log(`\nquery time, searchNotes (${FIXED_QUERIES.length} fixed + ${DRAWN_QUERIES} drawn queries, ${WARMUP_ROUNDS} warm-up rounds, then ${TIMED_ROUNDS} timed)`);
  console.log('  notes | timings | no result | p50 ms | p95 ms | max ms | slowest query (its median)');
  for (const r of results) {
    console.log(
      `${cell(count(r.count), 7)} | ${cell(count(r.timings.length), 7)} | ${cell(`${r.empty.length}/${r.queries}`, 9)} | ${cell(percentile(r.timings, 0.5).toFixed(2), 6)} | ${cell(percentile(r.timings, 0.95).toFixed(2), 6)} | ${cell(Math.max(...r.timings).toFixed(2), 6)} | ${JSON.stringify(r.slowest.query)} (${r.slowest.ms.toFixed(2)} ms)`,
    );
  }
  // Queries that find nothing are cheap: too many would flatter the timings.
  for (const r of results) {
    const unique = [...new Set(r.empty)];
    console.log(`  no result at ${count(r.count)}: ${unique.slice(0, EMPTY_SHOWN).map((query) => JSON.stringify(query)).join(', ')}${unique.length > EMPTY_SHOWN ? ', …' : ''}`);
  }
}

function add(tally: Tally | undefined, bytes: number): Tally {
  return { bytes: (tally?.bytes ?? 0) + bytes, files: (tally?.files ?? 0) + 1 };
}

async function bytesOf(responses: readonly Response[]): Promise<BrowserBytes> {
  const bytes: BrowserBytes = { js: { bytes: 0, files: 0 }, indexBytes: 0, other: new Map(), encodings: new Set() };
  for (const response of responses) {
    const size = (await response.request().sizes()).responseBodySize;
    bytes.encodings.add((await response.headerValue('content-encoding')) ?? 'identity');
    const pathname = new URL(response.url()).pathname;
    const extension = path.extname(pathname) || 'pages';
    if (extension === '.js') bytes.js = add(bytes.js, size);
    else if (pathname === '/search-index.json') bytes.indexBytes += size;
    else bytes.other.set(extension, add(bytes.other.get(extension), size));
  }
  return bytes;
}

/**
 * Recording starts once the page is idle, so only what the first search fetches counts, not
 * the page itself nor the links Next prefetches after load.
 */
async function firstSearchBytes(): Promise<BrowserBytes> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    // serve answers Chromium with brotli; the budget, and the index sizes here, are gzip.
    const page = await browser.newPage({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    await page.goto(SITE, { waitUntil: 'networkidle' });
    const input = page.locator('#site-search');
    if ((await input.count()) === 0) throw new Error('the home page has no #site-search input (header search not built yet?)');
    const responses: Response[] = [];
    const record = (response: Response) => responses.push(response);
    page.on('response', record);
    await input.focus();
    await input.pressSequentially(TYPED_QUERY, { delay: KEY_DELAY_MS });
    try {
      await page.locator('#site-search-results [role="option"]').first().waitFor({ state: 'visible' });
    } catch {
      throw new Error(`no result in #site-search-results within ${BROWSER_TIMEOUT_MS / 1000} s after typing '${TYPED_QUERY}'`);
    }
    page.off('response', record);
    return await bytesOf(responses);
  } finally {
    await browser.close();
  }
}

async function measureBrowser(): Promise<BrowserResult> {
  if (!existsSync(path.join(OUT, 'search-index.json'))) return { measured: false, reason: `${path.relative(ROOT, OUT)}/search-index.json is missing: run npm run build first` };
  try {
    return { measured: true, bytes: await serving(OUT, PORT, firstSearchBytes) };
  } catch (error) {
    return { measured: false, reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) };
  }
}

function printFirstResultBytes(results: readonly SizeResult[], browser: BrowserResult): void {
  console.log('\nbytes fetched before the first result (search JS + gzip index)');
  if (!browser.measured) console.log(`  search JS: not measured (${browser.reason}); index part only`);
  else {
    const { js, indexBytes, other, encodings } = browser.bytes;
    console.log(`  built site, typing '${TYPED_QUERY}', as served (${[...encodings].join(', ')}): JS ${kb(js.bytes)} (${js.files} files), index ${kb(indexBytes)}`);
    const others = [...other].map(([extension, tally]) => `${extension} ${kb(tally.bytes)} (${tally.files})`);
    console.log(`  also fetched, not counted: ${others.join(', ') || 'nothing'}`);
  }
  for (const r of results) {
    const js = browser.measured ? browser.bytes.js.bytes : undefined;
    const total = js === undefined ? `${kb(r.gzipBytes)} + JS not measured` : `${kb(js)} JS + ${kb(r.gzipBytes)} index = ${kb(js + r.gzipBytes)}`;
    console.log(`${cell(count(r.count), 7)} notes: ${total}`);
  }
}

function printBudget(results: readonly SizeResult[]): boolean {
  const atBudget = results.find((r) => r.count === BUDGET_P95_AT);
  const p95 = atBudget ? percentile(atBudget.timings, 0.95) : Infinity;
  const worstPerThousand = Math.max(...results.map(perThousand));
  const checks = [
    { name: `p95 query < ${BUDGET_P95_MS} ms at ${count(BUDGET_P95_AT)} notes`, value: `${p95.toFixed(2)} ms`, ok: p95 < BUDGET_P95_MS },
    { name: `index < ${BUDGET_GZIP_KB_PER_1000} KB gzip per 1,000 notes`, value: `${kb(worstPerThousand)} (worst size)`, ok: worstPerThousand < BUDGET_GZIP_KB_PER_1000 * 1024 },
  ];
  console.log('\nbudget');
  for (const check of checks) console.log(`  ${check.name}: ${check.value} ... ${check.ok ? 'ok' : 'OVER BUDGET'}`);
  return checks.every((check) => check.ok);
}

async function main(): Promise<number> {
  console.log(`search on Node ${process.version}`);
  const real = realNotes();
  const results = SIZES.map((notes) => measureSize(real, notes));
  printIndexTable(results);
  printQueryTable(results);
  printFirstResultBytes(results, await measureBrowser());
  return printBudget(results) ? 0 : 1;
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
