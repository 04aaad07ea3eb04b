import { formatBytes } from '../../lib/bytes';

/*
 * The pure half of `npm run bench:build`: what one build measured, the budgets from issue 13
 * (and, on the Obsidian-style vault, the same cold-build budget plus pictures copied once)
 * and how results are printed.
 */

export type BuildKind = 'app' | 'reference';

export type BuildRun = {
  label: string;
  kind: BuildKind;
  notes: number;
  seconds: number;
  /** CPU time of the build's process tree: less moved than wall time by other work on the machine. */
  cpuSeconds: number;
  /** Peak of the summed RSS of the build's process tree. */
  peakBytes: number;
  files: number;
  bytes: number;
  /** Bytes under notes/: the note pages' own files, what the issue's 112 KB a note counts. */
  noteBytes: number;
  /** How the app's `npm run build` said it built: compiling, or rendering only (scripts/build-plan.ts). */
  mode?: 'full' | 'rebuild';
};

/** What one app build's export holds of the Obsidian vault's pictures. */
export type PictureCount = {
  /** Distinct picture names the vault's notes embed. */
  embedded: number;
  /** Files in the export's assets/: each embedded picture once. */
  assetFiles: number;
  /** PNGs elsewhere in the export that are a vault picture or not among the app's own (icons): none. */
  stray: string[];
};

/** The Obsidian-style vault's rounds (scripts/bench-build/obsidian-vault.ts): app and reference cold, alternating. */
export type ObsidianResults = {
  notes: number;
  appCold: BuildRun[];
  referenceCold: BuildRun[];
  /** One per app build, in order. */
  pictures: PictureCount[];
  /** Content-only rebuilds after the cold rounds: one note edited, then ten added. */
  rebuilds?: BuildRun[];
};

/** A small vault (the size of a real one): cold, then rebuilt after one edit. */
export type SmallResults = { cold: BuildRun; rebuild: BuildRun };

export type BenchResults = {
  appCold: BuildRun[];
  referenceCold: BuildRun[];
  rebuild: BuildRun | null;
  big: BuildRun | null;
  /** Absent or null when skipped (OBSIDIAN_NOTES=0): its budgets are not checked then. */
  obsidian?: ObsidianResults | null;
  small?: SmallResults | null;
};

export type Check = { name: string; value: string; limit: string; ok: boolean };

const KB = 1024;
const GB = 1024 ** 3;

/** Budgets from issue 13, and issue 26's where it is stricter. */
export const BUDGET = {
  /** app ÷ bare Next on a cold build of the generated vault, at most. */
  coldRatio: 1.3,
  /** app ÷ bare Next on a cold build of the Obsidian-style vault, at most: Quartz's time here. */
  obsidianColdRatio: 0.6,
  /** a rebuild after one edit ÷ a cold build, at most. */
  rebuildRatio: 0.75,
  /** a content-only rebuild of the Obsidian-style vault ÷ bare Next cold, at most. */
  contentRebuildRatio: 0.3,
  /** a content-only rebuild of the small vault, at most. */
  smallRebuildSeconds: 6,
  /** 10,000 notes: wall time under, peak memory under, note-page bytes per note at most (half of 112 KB). */
  bigSeconds: 120,
  bigPeakBytes: 3 * GB,
  bigBytesPerNote: 56 * KB,
} as const;

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * app ÷ reference as the median of each round's own ratio: the two builds of a round ran
 * back to back, so they saw the same machine (the other session's load, disk cache).
 */
export function coldRatio(app: readonly BuildRun[], reference: readonly BuildRun[]): number {
  const rounds = Math.min(app.length, reference.length);
  const ratios = Array.from({ length: rounds }, (_, at) => (app[at]?.seconds ?? Number.NaN) / (reference[at]?.seconds ?? Number.NaN));
  return median(ratios);
}

export function rebuildRatio(rebuild: BuildRun, appCold: readonly BuildRun[]): number {
  return rebuild.seconds / median(appCold.map((run) => run.seconds));
}

export const bytesPerNote = (run: BuildRun) => (run.notes === 0 ? 0 : run.noteBytes / run.notes);

export const formatSeconds = (seconds: number) => `${seconds.toFixed(1)} s`;
export const formatRatio = (ratio: number) => ratio.toFixed(2);

const cell = (text: string, width: number) => text.padStart(width);

export const RUN_HEADER = `${'build'.padEnd(28)} | ${cell('notes', 6)} | ${cell('wall', 8)} | ${cell('cpu', 8)} | ${cell('peak RSS', 9)} | ${cell('files', 7)} | ${cell('written', 9)} | ${cell('per note', 9)} | ${cell('note pages/note', 15)}`;

/** One line per build: wall and CPU time, peak memory, files and bytes written, bytes per note (all output, then note pages only). */
export function formatRun(run: BuildRun): string {
  const total = run.notes === 0 ? 0 : run.bytes / run.notes;
  return [
    run.label.padEnd(28),
    cell(run.notes.toLocaleString('en-US'), 6),
    cell(formatSeconds(run.seconds), 8),
    cell(formatSeconds(run.cpuSeconds), 8),
    cell(formatBytes(run.peakBytes), 9),
    cell(run.files.toLocaleString('en-US'), 7),
    cell(formatBytes(run.bytes), 9),
    cell(formatBytes(total), 9),
    cell(formatBytes(bytesPerNote(run)), 15),
  ].join(' | ');
}

export const OBSIDIAN_CHECKS = {
  cold: 'Obsidian vault cold: app ÷ bare Next (median)',
  rebuild: 'Obsidian vault content-only rebuild ÷ bare Next',
  assets: 'Obsidian vault: pictures in assets/ (once each)',
  stray: 'Obsidian vault: PNGs outside assets/',
} as const;

/**
 * The Obsidian vault's checks: its cold ratio, and in every app build's export each embedded
 * picture once in assets/ and no picture elsewhere. No build, or no export counted, fails.
 */
function obsidianChecks(obsidian: ObsidianResults): Check[] {
  const ratio = coldRatio(obsidian.appCold, obsidian.referenceCold);
  const checks: Check[] = [{ name: OBSIDIAN_CHECKS.cold, value: formatRatio(ratio), limit: `≤ ${BUDGET.obsidianColdRatio}`, ok: ratio <= BUDGET.obsidianColdRatio }];
  checks.push(...contentRebuildChecks(obsidian));
  // The worst build shown: a wrong count over a right one, the most stray PNGs.
  const wrong = obsidian.pictures.find((each) => each.assetFiles !== each.embedded);
  const shown = wrong ?? obsidian.pictures[0];
  checks.push({ name: OBSIDIAN_CHECKS.assets, value: shown ? String(shown.assetFiles) : 'not run', limit: `= ${shown ? shown.embedded : 'pictures embedded'}`, ok: shown !== undefined && wrong === undefined });
  const stray = Math.max(0, ...obsidian.pictures.map((each) => each.stray.length));
  checks.push({ name: OBSIDIAN_CHECKS.stray, value: shown ? String(stray) : 'not run', limit: '= 0', ok: shown !== undefined && stray === 0 });
  return checks;
}

/**
 * Each content-only rebuild ÷ the reference's cold median: over budget, or built with a
 * compile (the build decided wrongly), fails; none measured fails once.
 */
function contentRebuildChecks(obsidian: ObsidianResults): Check[] {
  const limit = `≤ ${BUDGET.contentRebuildRatio}`;
  const reference = median(obsidian.referenceCold.map((run) => run.seconds));
  const rebuilds = obsidian.rebuilds ?? [];
  if (rebuilds.length === 0) return [{ name: OBSIDIAN_CHECKS.rebuild, value: 'not run', limit, ok: false }];
  return rebuilds.map((run) => {
    const ratio = run.seconds / reference;
    const compiled = run.mode !== 'rebuild';
    return { name: `${OBSIDIAN_CHECKS.rebuild} (${run.label.replace(/^.*\((.*)\)$/, '$1')})`, value: compiled ? 'compiled' : formatRatio(ratio), limit, ok: !compiled && ratio <= BUDGET.contentRebuildRatio };
  });
}

function smallChecks(small: SmallResults): Check[] {
  const { rebuild } = small;
  const compiled = rebuild.mode !== 'rebuild';
  const name = `${rebuild.notes.toLocaleString('en-US')}-note vault: content-only rebuild`;
  return [{ name, value: compiled ? 'compiled' : formatSeconds(rebuild.seconds), limit: `≤ ${BUDGET.smallRebuildSeconds} s`, ok: !compiled && rebuild.seconds <= BUDGET.smallRebuildSeconds }];
}

/** Every budget of issue 13 that the results can answer; a missing build is a failed check, never a silent pass. */
export function budgetChecks(results: BenchResults): Check[] {
  const checks: Check[] = [];
  const ratio = coldRatio(results.appCold, results.referenceCold);
  checks.push({ name: 'cold build: app ÷ bare Next (median)', value: formatRatio(ratio), limit: `≤ ${BUDGET.coldRatio}`, ok: ratio <= BUDGET.coldRatio });
  if (results.rebuild) {
    const rebuild = rebuildRatio(results.rebuild, results.appCold);
    checks.push({ name: 'rebuild after one edit ÷ app cold', value: formatRatio(rebuild), limit: `≤ ${BUDGET.rebuildRatio}`, ok: rebuild <= BUDGET.rebuildRatio });
  } else {
    checks.push({ name: 'rebuild after one edit ÷ app cold', value: 'not run', limit: `≤ ${BUDGET.rebuildRatio}`, ok: false });
  }
  const big = results.big;
  if (big) {
    const label = `${big.notes.toLocaleString('en-US')} notes`;
    checks.push({ name: `${label}: wall time`, value: formatSeconds(big.seconds), limit: `< ${BUDGET.bigSeconds} s`, ok: big.seconds < BUDGET.bigSeconds });
    checks.push({ name: `${label}: peak memory`, value: formatBytes(big.peakBytes), limit: `< ${formatBytes(BUDGET.bigPeakBytes)}`, ok: big.peakBytes < BUDGET.bigPeakBytes });
    checks.push({ name: `${label}: note-page bytes per note`, value: formatBytes(bytesPerNote(big)), limit: `≤ ${formatBytes(BUDGET.bigBytesPerNote)}`, ok: bytesPerNote(big) <= BUDGET.bigBytesPerNote });
  }
  if (results.obsidian) checks.push(...obsidianChecks(results.obsidian));
  if (results.small) checks.push(...smallChecks(results.small));
  return checks;
}

export function formatChecks(checks: readonly Check[]): string[] {
  return checks.map((check) => `${check.ok ? 'ok  ' : 'OVER'} ${check.name.padEnd(48)} ${check.value.padStart(9)}  (budget ${check.limit})`);
}
