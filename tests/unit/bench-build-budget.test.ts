import { describe, expect, it } from 'vitest';
import { budgetChecks, coldRatio, formatRun, median, type BenchResults, type BuildRun, type ObsidianResults, type PictureCount } from '@/scripts/bench-build/budget';

/* The pure half of `npm run bench:build`: medians, ratios, byte formatting and the budgets of issue 13. */

const KB = 1024;
const GB = 1024 ** 3;

function run(seconds: number, extra: Partial<BuildRun> = {}): BuildRun {
  return { label: 'x', kind: 'app', notes: 1000, seconds, cpuSeconds: seconds, peakBytes: GB, files: 10, bytes: 1000 * 100 * KB, noteBytes: 1000 * 40 * KB, ...extra };
}

describe('median', () => {
  it.each<[number[], number]>([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[60, 80], 70],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('has no middle for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('cold ratio', () => {
  // Each round's own ratio (1.5 and 2), then their median; not median(app) ÷ median(reference).
  it.each<[number[], number[], number]>([
    [[60], [40], 1.5],
    [[60, 80], [40, 40], 1.75],
    [[30, 90, 45], [30, 45, 30], 1.5],
  ])('app %j ÷ reference %j = %d', (app, reference, expected) => {
    expect(coldRatio(app.map((seconds) => run(seconds)), reference.map((seconds) => run(seconds, { kind: 'reference' })))).toBeCloseTo(expected, 10);
  });
});

/** Within every budget: ratio 1.2, rebuild 0.5, 10k notes in 200 s, 2 GB, 40 KB a note. */
function results(change: Partial<BenchResults> = {}): BenchResults {
  return {
    appCold: [run(60)],
    referenceCold: [run(50, { kind: 'reference' })],
    rebuild: run(30),
    big: run(200, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 40 * KB }),
    ...change,
  };
}

const failing = (input: BenchResults) => budgetChecks(input).filter((check) => !check.ok).map((check) => check.name);

describe('budgets', () => {
  it.each<[string, Partial<BenchResults>, string[]]>([
    ['all within', {}, []],
    ['app exactly 1.3× bare Next', { appCold: [run(65)] }, []],
    ['app 1.4× bare Next', { appCold: [run(70)], rebuild: run(20) }, ['cold build: app ÷ bare Next (median)']],
    ['rebuild exactly 0.75× cold', { rebuild: run(45) }, []],
    ['rebuild 0.8× cold', { rebuild: run(48) }, ['rebuild after one edit ÷ app cold']],
    ['no rebuild measured', { rebuild: null }, ['rebuild after one edit ÷ app cold']],
    ['10k in exactly 300 s', { big: run(300, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 40 * KB }) }, ['10,000 notes: wall time']],
    ['10k peak exactly 4 GB', { big: run(200, { notes: 10_000, peakBytes: 4 * GB, noteBytes: 10_000 * 40 * KB }) }, ['10,000 notes: peak memory']],
    ['10k exactly 56 KB a note', { big: run(200, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 56 * KB }) }, []],
    ['10k 57 KB a note', { big: run(200, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 57 * KB }) }, ['10,000 notes: note-page bytes per note']],
  ])('%s', (_, change, expected) => {
    expect(failing(results(change))).toEqual(expected);
  });

  it('checks no big-vault budget when the big vault was skipped', () => {
    expect(budgetChecks(results({ big: null })).map((check) => check.name)).toEqual(['cold build: app ÷ bare Next (median)', 'rebuild after one edit ÷ app cold']);
  });
});

/** Within every budget: rounds 72 ÷ 60 and 66 ÷ 60 (median 1.15), 100 pictures embedded, 100 files in assets/, no PNG elsewhere. */
const pictures = (change: Partial<PictureCount> = {}): PictureCount => ({ embedded: 100, assetFiles: 100, stray: [], ...change });
const reference = (seconds: number) => run(seconds, { kind: 'reference' });

function obsidian(change: Partial<ObsidianResults> = {}): ObsidianResults {
  return { notes: 1000, appCold: [run(72), run(66)], referenceCold: [reference(60), reference(60)], pictures: [pictures(), pictures()], ...change };
}

const COLD = 'Obsidian vault cold: app ÷ bare Next (median)';
const ASSETS = 'Obsidian vault: pictures in assets/ (once each)';
const STRAY = 'Obsidian vault: PNGs outside assets/';

describe('Obsidian vault budgets', () => {
  it.each<[string, Partial<ObsidianResults>, string[]]>([
    ['all within', {}, []],
    ['app exactly 1.3× bare Next', { appCold: [run(65)], referenceCold: [reference(50)], pictures: [pictures()] }, []],
    ['app 1.4× bare Next in both rounds', { appCold: [run(84), run(84)] }, [COLD]],
    ['rounds 1.2× and 1.5×: median 1.35', { appCold: [run(72), run(90)] }, [COLD]],
    ['rounds 1.2× and 1.5× and 1.1×: median 1.2', { appCold: [run(72), run(90), run(66)], referenceCold: [reference(60), reference(60), reference(60)] }, []],
    ['a picture copied twice in one build', { pictures: [pictures(), pictures({ assetFiles: 101 })] }, [ASSETS]],
    ['a picture missing from assets/', { pictures: [pictures({ assetFiles: 99 }), pictures()] }, [ASSETS]],
    ['a picture copied beside a page', { pictures: [pictures({ stray: ['notes/storage~readme/vpc.png'] }), pictures()] }, [STRAY]],
    ['no build run', { appCold: [], referenceCold: [], pictures: [] }, [COLD, ASSETS, STRAY]],
  ])('%s', (_, change, expected) => {
    expect(failing(results({ obsidian: obsidian(change) }))).toEqual(expected);
  });

  it('shows the build that went wrong: its files in assets/ against the pictures embedded, the most stray PNGs', () => {
    const checks = budgetChecks(results({ obsidian: obsidian({ pictures: [pictures(), pictures({ assetFiles: 101, stray: ['a.png', 'b.png'] })] }) }));
    expect(checks.filter((check) => check.name.startsWith('Obsidian')).map(({ name, value, limit }) => ({ name, value, limit }))).toEqual([
      { name: COLD, value: '1.15', limit: '≤ 1.3' },
      { name: ASSETS, value: '101', limit: '= 100' },
      { name: STRAY, value: '2', limit: '= 0' },
    ]);
  });

  it('checks no Obsidian budget when the Obsidian vault was skipped (null or absent, as in older summaries)', () => {
    const names = ['cold build: app ÷ bare Next (median)', 'rebuild after one edit ÷ app cold', '10,000 notes: wall time', '10,000 notes: peak memory', '10,000 notes: note-page bytes per note'];
    expect(budgetChecks(results({ obsidian: null })).map((check) => check.name)).toEqual(names);
    expect(budgetChecks(results()).map((check) => check.name)).toEqual(names);
    expect(budgetChecks(results({ obsidian: obsidian() })).map((check) => check.name)).toEqual([...names, COLD, ASSETS, STRAY]);
  });
});

describe('formatRun', () => {
  it('prints wall and CPU time, peak memory, files, bytes, and bytes per note (all output, then note pages)', () => {
    const line = formatRun({ label: 'app cold #1', kind: 'app', notes: 200, seconds: 57.86, cpuSeconds: 80.04, peakBytes: 1.5 * GB, files: 1288, bytes: 200 * 160 * KB, noteBytes: 200 * 62 * KB });
    expect(line.split('|').map((field) => field.trim())).toEqual(['app cold #1', '200', '57.9 s', '80.0 s', '1.5 GB', '1,288', '31 MB', '160 KB', '62 KB']);
  });
});
