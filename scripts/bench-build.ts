/*
 * `npm run bench:build`: how long a student's vault takes to build, against a bare Next 16
 * site built from the same notes (scripts/bench-build/reference), in one run, alternating:
 * app cold, reference cold, … (ROUNDS rounds), then the app again after editing one note
 * (caches kept), `npm run dev` on the vault (first note page, then an edit shown), then
 * app cold, reference cold, … (ROUNDS rounds) on an Obsidian-style vault (folders, no
 * frontmatter mostly, wikilinks half of them broken, 100 pictures embedded by bare name,
 * transclusions, callouts; scripts/bench-build/obsidian-vault.ts, made from the fixture
 * vault tests/fixtures/obsidian-vault), counting after each app build the export's
 * assets/ (each embedded picture once) and the PNGs elsewhere (none but the app's own
 * icons, as the first app build's export has them), then two content-only rebuilds of it
 * (one note edited, ten added), then a small Obsidian-style vault cold and after one
 * edit, then the app once on a big vault (cold). The other vaults recombine real notes
 * (scripts/bench-build/vault.ts). Budgets (issue 13; issue 26 for the Obsidian vault, the
 * rebuilds, the small and the big vault) are in scripts/bench-build/budget.ts; exits 1
 * over budget or when a build fails.
 *
 * Knobs: NOTES (default 1000), OBSIDIAN_NOTES (default 1000; 0 skips), SMALL_NOTES
 * (default 120; 0 skips), BIG_NOTES (default 10000; 0 skips), ROUNDS (default 2, for both
 * vaults' cold rounds).
 * The app's build shares the repo's .next/ with every other build of the app, so run it
 * alone: `flock /tmp/next-build.lock npm run bench:build`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetChecks, coldRatio, formatChecks, formatRatio, formatRun, formatSeconds, rebuildRatio, RUN_HEADER, type BenchResults, type BuildKind, type BuildRun, type ObsidianResults, type SmallResults } from './bench-build/budget';
import { formatBytes } from '../lib/bytes';
import { runMeasured, written, type PeakProcess } from './bench-build/measure';
import { measureDev } from './bench-build/dev-server';
import { setAsideFolders } from './clear-last-build';
import { buildMode, formatPhases, nextPhases, type NextPhases } from './bench-build/next-log';
import { editNote, meanBytes, readSources, writeVault, type GeneratedNote, type SourceNote } from './bench-build/vault';
import { addObsidianNotes, exportPictures, pngsOutsideAssets, writeObsidianVault, type ObsidianVault } from './bench-build/obsidian-vault';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(os.tmpdir(), 'bench-build');
/** The app's export folder for the bench: out-* is ignored by git, tsc and eslint. */
const APP_DIST = 'out-bench-build';
const REFERENCE_SOURCE = path.join(ROOT, 'scripts', 'bench-build', 'reference');
const REFERENCE_DIR = path.join(ROOT, '.bench', 'reference');
const RESULTS_FILE = path.join(ROOT, '.bench', 'build.json');
const FIXTURE_VAULT = path.join(ROOT, 'tests', 'fixtures', 'obsidian-vault');
const EDIT_SENTENCE = '이 문장은 재빌드 측정을 위해 벤치마크가 덧붙였습니다.';

function count(name: string, fallback: number, min: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got ${raw}`);
  return value;
}

type Vault = { dir: string; notes: GeneratedNote[] };

function makeVault(sources: readonly SourceNote[], notes: number): Vault {
  const dir = path.join(WORK, `vault-${notes}`);
  const generated = writeVault(dir, sources, notes);
  console.log(`vault: ${notes.toLocaleString('en-US')} notes in ${dir}, mean ${Math.round(meanBytes(generated)).toLocaleString('en-US')} bytes (${formatBytes(meanBytes(generated))}) a note`);
  return { dir, notes: generated };
}

function makeObsidianVault(notes: number): Vault & { obsidian: ObsidianVault } {
  const dir = path.join(WORK, `obsidian-${notes}`);
  const obsidian = writeObsidianVault(dir, FIXTURE_VAULT, notes);
  const broken = obsidian.links === 0 ? 0 : (100 * obsidian.brokenLinks) / obsidian.links;
  console.log(
    `Obsidian vault: ${notes.toLocaleString('en-US')} notes in ${obsidian.folders.length} folders in ${dir}, mean ${formatBytes(meanBytes(obsidian.notes))} a note; ` +
      `${obsidian.links.toLocaleString('en-US')} wikilinks (${broken.toFixed(0)}% to missing notes), ${obsidian.embeddedPictures.length} of ${obsidian.pictures.length} pictures embedded`,
  );
  return { dir, notes: obsidian.notes, obsidian };
}

/**
 * The reference is built from a copy in .bench/ (ignored by git, tsc and eslint): built in
 * place, Next would write .next/ and next-env.d.ts where the repo's own checks pick them up.
 * Inside the repo it resolves the repo's node_modules (the same `next`) by walking up, as
 * Turbopack requires: it does not follow a linked node_modules out of its root.
 */
function prepareReference(): void {
  rmSync(REFERENCE_DIR, { recursive: true, force: true });
  cpSync(REFERENCE_SOURCE, REFERENCE_DIR, { recursive: true, filter: (source) => !/[\\/](\.next|out|node_modules|next-env\.d\.ts)$/.test(source) });
}

/**
 * Cold: no export, no .next (Next's build cache and the last build's pages, which Next
 * would first delete: the reference starts without them too), no parsed-note cache
 * (lib/content/parse-cache.ts).
 */
function clearApp(): void {
  for (const dir of [APP_DIST, '.next', 'node_modules/.cache/aws-notes']) rmSync(path.join(ROOT, dir), { recursive: true, force: true });
}

/**
 * The reference builds with the bundler the app's `npm run build` uses (Next's default,
 * Turbopack, unless it says `--webpack`), so the ratio compares the sites, not bundlers.
 */
function appBundlerFlags(): string[] {
  const build: unknown = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))?.scripts?.build;
  return typeof build === 'string' && build.includes('--webpack') ? ['--webpack'] : [];
}

function clearReference(): void {
  for (const dir of ['.next', 'out']) rmSync(path.join(REFERENCE_DIR, dir), { recursive: true, force: true });
}

function logTail(file: string, lines = 40): string {
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/** A build's numbers, with where its time (Next's phases) and memory (processes at the peak) went. */
type Measured = BuildRun & { phases: NextPhases; atPeak: PeakProcess[] };

async function build(kind: BuildKind, label: string, vault: Vault): Promise<Measured> {
  const logFile = path.join(WORK, 'logs', `${label.replace(/[^a-z0-9]+/gi, '-')}.log`);
  const env = { ...process.env, CONTENT_DIR: vault.dir, NEXT_TELEMETRY_DISABLED: '1' };
  // The app runs its real `npm run build` (checker, next build, finishing step), so content
  // errors still fail it; only the export folder differs.
  const result =
    kind === 'app'
      ? await runMeasured('npm', ['run', '--silent', 'build'], { cwd: ROOT, env: { ...env, NEXT_DIST_DIR: APP_DIST }, logFile })
      : await runMeasured(process.execPath, [path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build', ...appBundlerFlags()], { cwd: REFERENCE_DIR, env, logFile });
  if (result.exitCode !== 0) throw new Error(`${label} failed (exit ${result.exitCode}); ${logFile} ends:\n${logTail(logFile)}`);
  const out = kind === 'app' ? path.join(ROOT, APP_DIST) : path.join(REFERENCE_DIR, 'out');
  const all = written(out);
  const log = readFileSync(logFile, 'utf8');
  const phases = nextPhases(log);
  const mode = kind === 'app' ? buildMode(log) : undefined;
  const run = { label, kind, notes: vault.notes.length, seconds: result.seconds, cpuSeconds: result.cpuSeconds, peakBytes: result.peakBytes, files: all.files, bytes: all.bytes, noteBytes: written(path.join(out, 'notes')).bytes, phases, ...(mode ? { mode } : {}) };
  console.log(formatRun(run));
  console.log(`  ${formatPhases(phases)}`);
  const top = result.atPeak.slice(0, 4).map((each) => `${each.command} ${formatBytes(each.rssBytes)}`);
  console.log(`  at peak (${result.atPeak.length} processes): ${top.join('; ')}`);
  if (kind === 'app') console.log(`  set aside, then deleted in the background after the build in ${formatSeconds(await setAsideDeleted())}`);
  return { ...run, atPeak: result.atPeak };
}

/**
 * What the app's build set aside (the last build, the prefetch files) is deleted in the
 * background once it is over: the next build, the reference's included, starts after that
 * is done, so that it does not pay for it.
 */
async function setAsideDeleted(): Promise<number> {
  const started = performance.now();
  while (setAsideFolders(ROOT).length > 0) {
    if (performance.now() - started > 180_000) throw new Error(`what the app's build set aside is still there after 3 min: ${setAsideFolders(ROOT).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (performance.now() - started) / 1000;
}

function editOneNote(vault: Vault): string {
  const note = vault.notes[Math.floor(vault.notes.length / 2)];
  if (!note) throw new Error('empty vault');
  const file = path.join(vault.dir, `${note.slug}.md`);
  writeFileSync(file, editNote(readFileSync(file, 'utf8'), EDIT_SENTENCE));
  return note.slug;
}

/** The Obsidian vault as generated, for the summary file. */
type ObsidianSummary = { folders: number; links: number; brokenLinks: number; picturesWritten: number; picturesEmbedded: number; meanNoteBytes: number };

/**
 * The Obsidian vault's rounds: app cold, then reference cold, ROUNDS times; after each app
 * build, what its export holds of the vault's pictures. `own`: the PNGs outside assets/
 * that the app's export of a vault without pictures holds (its icons).
 */
async function obsidianRounds(notes: number, rounds: number, own: ReadonlySet<string>): Promise<{ results: ObsidianResults; vault: ObsidianSummary }> {
  const vault = makeObsidianVault(notes);
  const pictures = new Set(vault.obsidian.pictures.map((picture) => picture.sha256));
  const results: ObsidianResults = { notes, appCold: [], referenceCold: [], pictures: [] };
  for (let round = 1; round <= rounds; round += 1) {
    clearApp();
    results.appCold.push(await build('app', `app cold, Obsidian #${round}`, vault));
    const counted = { embedded: vault.obsidian.embeddedPictures.length, ...exportPictures(path.join(ROOT, APP_DIST), pictures, own) };
    results.pictures.push(counted);
    console.log(`  pictures: ${counted.assetFiles} files in ${APP_DIST}/assets/ for ${counted.embedded} embedded; PNGs elsewhere not the app's own: ${counted.stray.length === 0 ? 'none' : counted.stray.slice(0, 5).join(', ')}`);
    clearReference();
    results.referenceCold.push(await build('reference', `bare Next cold, Obsidian #${round}`, vault));
  }
  results.rebuilds = await contentRebuilds(vault);
  const { folders, links, brokenLinks, embeddedPictures } = vault.obsidian;
  return { results, vault: { folders: folders.length, links, brokenLinks, picturesWritten: vault.obsidian.pictures.length, picturesEmbedded: embeddedPictures.length, meanNoteBytes: meanBytes(vault.notes) } };
}

/** After the cold rounds (the app's last build is this vault's): one note edited, rebuilt; ten notes added, rebuilt. */
async function contentRebuilds(vault: Vault): Promise<BuildRun[]> {
  const edited = editOneNote(vault);
  const runs = [await build('app', `app rebuild, Obsidian (1 edited: ${edited})`, vault)];
  const added = addObsidianNotes(vault.dir, FIXTURE_VAULT, vault.notes.length, 10);
  runs.push(await build('app', 'app rebuild, Obsidian (10 added)', { dir: vault.dir, notes: [...vault.notes, ...added] }));
  return runs;
}

/** A vault the size of a real one, cold and then after one edit. */
async function smallVault(notes: number): Promise<SmallResults> {
  const vault = makeObsidianVault(notes);
  clearApp();
  const cold = await build('app', `app cold, ${notes} notes`, vault);
  editOneNote(vault);
  const rebuild = await build('app', `app rebuild, ${notes} notes (1 edited)`, vault);
  return { cold, rebuild };
}

async function main(): Promise<number> {
  const notes = count('NOTES', 1_000, 1);
  const obsidianNotes = count('OBSIDIAN_NOTES', 1_000, 0);
  const bigNotes = count('BIG_NOTES', 10_000, 0);
  const smallNotes = count('SMALL_NOTES', 120, 0);
  const rounds = count('ROUNDS', 2, 1);
  mkdirSync(path.join(WORK, 'logs'), { recursive: true });
  const sources = readSources(ROOT);
  console.log(`build bench on ${os.cpus().length} cores, ${formatBytes(os.totalmem())} RAM, Node ${process.version}; ${sources.length} source notes`);
  const vault = makeVault(sources, notes);
  prepareReference();

  const results: BenchResults = { appCold: [], referenceCold: [], rebuild: null, big: null, obsidian: null };
  /** The app's own PNGs (icons), from an export of a vault without pictures. */
  let ownPngs = new Set<string>();
  console.log(RUN_HEADER);
  for (let round = 1; round <= rounds; round += 1) {
    clearApp();
    results.appCold.push(await build('app', `app cold #${round}`, vault));
    if (round === 1) ownPngs = new Set(pngsOutsideAssets(path.join(ROOT, APP_DIST)));
    clearReference();
    results.referenceCold.push(await build('reference', `bare Next cold #${round}`, vault));
  }
  const edited = editOneNote(vault);
  results.rebuild = await build('app', `app rebuild (1 edited)`, vault);
  const devSlug = vault.notes[0]?.slug ?? edited;
  const dev = await measureDev({ root: ROOT, vault: vault.dir, slug: devSlug, sentence: `${EDIT_SENTENCE} (dev)`, port: 4391 });
  console.log(`npm run dev on ${notes.toLocaleString('en-US')} notes: first note page in ${formatSeconds(dev.firstPageSeconds)}, an edited note shown in ${formatSeconds(dev.editSeconds)}`);
  let obsidianVault: ObsidianSummary | null = null;
  if (obsidianNotes > 0) ({ results: results.obsidian, vault: obsidianVault } = await obsidianRounds(obsidianNotes, rounds, ownPngs));
  if (smallNotes > 0) results.small = await smallVault(smallNotes);
  if (bigNotes > 0) {
    const big = makeVault(sources, bigNotes);
    clearApp();
    results.big = await build('app', `app cold, big vault`, big);
  }

  console.log(`\napp ÷ bare Next, cold (median of ${rounds} rounds): ${formatRatio(coldRatio(results.appCold, results.referenceCold))}`);
  console.log(`rebuild after editing ${edited} ÷ app cold: ${formatRatio(rebuildRatio(results.rebuild, results.appCold))}`);
  if (results.obsidian) console.log(`Obsidian vault, app ÷ bare Next, cold (median of ${rounds} rounds): ${formatRatio(coldRatio(results.obsidian.appCold, results.obsidian.referenceCold))}`);
  else console.log('Obsidian vault: skipped (OBSIDIAN_NOTES=0), its budgets not checked');
  if (bigNotes === 0) console.log('big vault: skipped (BIG_NOTES=0), its budgets not checked');
  const checks = budgetChecks(results);
  console.log('');
  for (const line of formatChecks(checks)) console.log(line);
  const ok = checks.every((check) => check.ok);
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const summary = { date: new Date().toISOString(), cores: os.cpus().length, node: process.version, notes, bigNotes, obsidianNotes, rounds, meanNoteBytes: meanBytes(vault.notes), obsidianVault, results, dev, checks, ok };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nsummary: ${path.relative(ROOT, RESULTS_FILE)}; build logs: ${path.join(WORK, 'logs')}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
