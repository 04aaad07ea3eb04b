import { describe, expect, it } from 'vitest';
import { budgetChecks, coldRatio, formatRun, median, type BenchResults, type BuildRun, type ObsidianResults, type PictureCount, type SmallResults } from '@/scripts/bench-build/budget';

/* The pure half of `npm run bench:build`: medians, ratios, byte formatting and the budgets of issues 13 and 26. */

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

/** Within every budget: ratio 1.2, rebuild 0.5, 10k notes in 100 s, 2 GB, 40 KB a note. */
function results(change: Partial<BenchResults> = {}): BenchResults {
  return {
    appCold: [run(60)],
    referenceCold: [run(50, { kind: 'reference' })],
    rebuild: run(30),
    big: run(100, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 40 * KB }),
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
    ['10k in 119.9 s', { big: run(119.9, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 40 * KB }) }, []],
    ['10k in exactly 120 s', { big: run(120, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 40 * KB }) }, ['10,000 notes: wall time']],
    ['10k in 157.5 s (stop 31)', { big: run(157.5, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 40 * KB }) }, ['10,000 notes: wall time']],
    ['10k peak exactly 3 GB', { big: run(100, { notes: 10_000, peakBytes: 3 * GB, noteBytes: 10_000 * 40 * KB }) }, ['10,000 notes: peak memory']],
    ['10k peak 2.9 GB', { big: run(100, { notes: 10_000, peakBytes: 2.9 * GB, noteBytes: 10_000 * 40 * KB }) }, []],
    ['10k exactly 56 KB a note', { big: run(100, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 56 * KB }) }, []],
    ['10k 57 KB a note', { big: run(100, { notes: 10_000, peakBytes: 2 * GB, noteBytes: 10_000 * 57 * KB }) }, ['10,000 notes: note-page bytes per note']],
  ])('%s', (_, change, expected) => {
    expect(failing(results(change))).toEqual(expected);
  });

  it('checks no big-vault budget when the big vault was skipped', () => {
    expect(budgetChecks(results({ big: null })).map((check) => check.name)).toEqual(['cold build: app ÷ bare Next (median)', 'rebuild after one edit ÷ app cold']);
  });
});

/**
 * Within every budget: rounds 33 ÷ 60 and 30 ÷ 60 (median 0.525), 100 pictures embedded,
 * 100 files in assets/, no PNG elsewhere; rebuilds of 12 s and 15 s, both without a
 * compile (0.2 and 0.25 of the reference's 60 s).
 */
const pictures = (change: Partial<PictureCount> = {}): PictureCount => ({ embedded: 100, assetFiles: 100, stray: [], ...change });
const reference = (seconds: number) => run(seconds, { kind: 'reference' });

function obsidian(change: Partial<ObsidianResults> = {}): ObsidianResults {
  return {
    notes: 1000,
    appCold: [run(33), run(30)],
    referenceCold: [reference(60), reference(60)],
    pictures: [pictures(), pictures()],
    rebuilds: [run(12, { label: 'app rebuild, Obsidian (1 edited: a/b)', mode: 'rebuild' }), run(15, { label: 'app rebuild, Obsidian (10 added)', mode: 'rebuild' })],
    ...change,
  };
}

const COLD = 'Obsidian vault cold: app ÷ bare Next (median)';
const ASSETS = 'Obsidian vault: pictures in assets/ (once each)';
const STRAY = 'Obsidian vault: PNGs outside assets/';
const EDITED = 'Obsidian vault content-only rebuild ÷ bare Next (1 edited: a/b)';
const ADDED = 'Obsidian vault content-only rebuild ÷ bare Next (10 added)';
const REBUILD_NOT_RUN = 'Obsidian vault content-only rebuild ÷ bare Next';

describe('Obsidian vault budgets', () => {
  it.each<[string, Partial<ObsidianResults>, string[]]>([
    ['all within', {}, []],
    ['app exactly 0.6× bare Next', { appCold: [run(30)], referenceCold: [reference(50)], pictures: [pictures()] }, []],
    ['app 0.9× bare Next in both rounds (stop 31)', { appCold: [run(54), run(54)] }, [COLD]],
    ['rounds 0.5× and 0.75×: median 0.625', { appCold: [run(30), run(45)] }, [COLD]],
    ['rounds 0.5× and 0.75× and 0.55×: median 0.55', { appCold: [run(30), run(45), run(33)], referenceCold: [reference(60), reference(60), reference(60)] }, []],
    ['a rebuild exactly 0.3× bare Next', { rebuilds: [run(18, { label: 'app rebuild, Obsidian (1 edited: a/b)', mode: 'rebuild' })] }, []],
    ['a rebuild 0.35× bare Next', { rebuilds: [run(12, { label: 'app rebuild, Obsidian (1 edited: a/b)', mode: 'rebuild' }), run(21, { label: 'app rebuild, Obsidian (10 added)', mode: 'rebuild' })] }, [ADDED]],
    ['a rebuild that compiled, however fast', { rebuilds: [run(5, { label: 'app rebuild, Obsidian (1 edited: a/b)', mode: 'full' }), run(15, { label: 'app rebuild, Obsidian (10 added)', mode: 'rebuild' })] }, [EDITED]],
    ['no rebuild measured', { rebuilds: [] }, [REBUILD_NOT_RUN]],
    ['a picture copied twice in one build', { pictures: [pictures(), pictures({ assetFiles: 101 })] }, [ASSETS]],
    ['a picture missing from assets/', { pictures: [pictures({ assetFiles: 99 }), pictures()] }, [ASSETS]],
    ['a picture copied beside a page', { pictures: [pictures({ stray: ['notes/storage~readme/vpc.png'] }), pictures()] }, [STRAY]],
    ['no build run', { appCold: [], referenceCold: [], pictures: [], rebuilds: [] }, [COLD, REBUILD_NOT_RUN, ASSETS, STRAY]],
  ])('%s', (_, change, expected) => {
    expect(failing(results({ obsidian: obsidian(change) }))).toEqual(expected);
  });

  it('shows the build that went wrong: its files in assets/ against the pictures embedded, the most stray PNGs', () => {
    const checks = budgetChecks(results({ obsidian: obsidian({ pictures: [pictures(), pictures({ assetFiles: 101, stray: ['a.png', 'b.png'] })] }) }));
    expect(checks.filter((check) => check.name.startsWith('Obsidian')).map(({ name, value, limit }) => ({ name, value, limit }))).toEqual([
      { name: COLD, value: '0.53', limit: '≤ 0.6' },
      { name: EDITED, value: '0.20', limit: '≤ 0.3' },
      { name: ADDED, value: '0.25', limit: '≤ 0.3' },
      { name: ASSETS, value: '101', limit: '= 100' },
      { name: STRAY, value: '2', limit: '= 0' },
    ]);
  });

  it('checks no Obsidian budget when the Obsidian vault was skipped (null or absent, as in older summaries)', () => {
    const names = ['cold build: app ÷ bare Next (median)', 'rebuild after one edit ÷ app cold', '10,000 notes: wall time', '10,000 notes: peak memory', '10,000 notes: note-page bytes per note'];
    expect(budgetChecks(results({ obsidian: null })).map((check) => check.name)).toEqual(names);
    expect(budgetChecks(results()).map((check) => check.name)).toEqual(names);
    expect(budgetChecks(results({ obsidian: obsidian() })).map((check) => check.name)).toEqual([...names, COLD, EDITED, ADDED, ASSETS, STRAY]);
  });
});

describe('small vault budget: a content-only rebuild within 6 s', () => {
  const small = (seconds: number, mode: 'full' | 'rebuild' = 'rebuild'): SmallResults => ({ cold: run(20, { notes: 120 }), rebuild: run(seconds, { notes: 120, mode }) });
  const SMALL = '120-note vault: content-only rebuild';
  it.each<[string, SmallResults, string[]]>([
    ['4.2 s', small(4.2), []],
    ['exactly 6 s', small(6), []],
    ['6.1 s', small(6.1), [SMALL]],
    ['3 s but it compiled', small(3, 'full'), [SMALL]],
  ])('%s', (_, change, expected) => {
    expect(failing(results({ small: change }))).toEqual(expected);
  });

  it('is not checked when skipped', () => {
    expect(budgetChecks(results({ small: null })).some((check) => check.name.includes('note vault'))).toBe(false);
  });
});

describe('formatRun', () => {
  it('prints wall and CPU time, peak memory, files, bytes, and bytes per note (all output, then note pages)', () => {
    const line = formatRun({ label: 'app cold #1', kind: 'app', notes: 200, seconds: 57.86, cpuSeconds: 80.04, peakBytes: 1.5 * GB, files: 1288, bytes: 200 * 160 * KB, noteBytes: 200 * 62 * KB });
    expect(line.split('|').map((field) => field.trim())).toEqual(['app cold #1', '200', '57.9 s', '80.0 s', '1.5 GB', '1,288', '31 MB', '160 KB', '62 KB']);
  });
});
