import { describe, expect, it } from 'vitest';
import { buildMode, formatPhases, nextPhases, parseDuration } from '@/scripts/bench-build/next-log';

/* Reading where a build's time went from `next build`'s own output. */

describe('parseDuration', () => {
  it.each<[string, number | null]>([
    ['250ms', 0.25],
    ['3.2s', 3.2],
    ['45s', 45],
    ['2.5min', 150],
    ['soon', null],
    ['', null],
  ])('%j is %s seconds', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });
});

const APP_LOG = `200 notes, 200 questions, 0 errors, 0 warnings
▲ Next.js 16.4.5 (webpack)
  Creating an optimized production build ...
✓ Compiled successfully in 21.4s
  Skipping validation of types
  Finished TypeScript config validation in 5ms ...
  Collecting page data using 1 worker ...
  Generating static pages using 1 worker (0/658) ...
  Generating static pages using 1 worker (164/658) 
✓ Generating static pages using 1 worker (658/658) in 16.2s
`;

const REFERENCE_LOG = `✓ Compiled successfully in 47s
  Running TypeScript ...
  Finished TypeScript in 3.6s ...
  Generating static pages using 2 workers (0/10003) ...
✓ Generating static pages using 2 workers (10003/10003) in 2.1min
`;

describe('nextPhases', () => {
  it.each<[string, string, ReturnType<typeof nextPhases>]>([
    ['types skipped, one worker', APP_LOG, { compileSeconds: 21.4, typeCheckSeconds: null, pagesSeconds: 16.2, pages: 658, workers: 1 }],
    ['types checked, two workers, minutes', REFERENCE_LOG, { compileSeconds: 47, typeCheckSeconds: 3.6, pagesSeconds: 126, pages: 10003, workers: 2 }],
    ['a build that failed early', 'Error: content check failed\n', { compileSeconds: null, typeCheckSeconds: null, pagesSeconds: null, pages: null, workers: null }],
  ])('%s', (_, log, expected) => {
    expect(nextPhases(log)).toEqual(expected);
  });
});

describe('buildMode: what npm run build said it did', () => {
  it.each<[string, string, 'full' | 'rebuild' | undefined]>([
    ['a full build, as printed', 'full build (compile and render): no earlier build\n▲ Next.js 16.4.5', 'full'],
    ['a rebuild, as printed', 'content-only rebuild (render, no compile): only the notes can have changed since the last build\n', 'rebuild'],
    ['a rebuild in the bench log, after its time', '[   0.4 s] content-only rebuild (render, no compile): only the notes…\n[   0.9 s] note.md:5 warning', 'rebuild'],
    ['a full build in the bench log', '[  12.0 s] full build (compile and render): asked for with --full', 'full'],
    ['neither said (a bare next build)', '▲ Next.js 16.4.5 (Turbopack)\n✓ Compiled successfully in 4.0s', undefined],
    ['the words inside a note\'s warning only', '[   0.9 s] full build.md:3 warning link [[content-only rebuild (x)]]', undefined],
  ])('%s', (_, log, expected) => {
    expect(buildMode(log)).toBe(expected);
  });
});

describe('formatPhases', () => {
  it.each<[string, string]>([
    [APP_LOG, 'next build: compile 21.4 s, types skipped, 658 pages on 1 worker(s) 16.2 s'],
    [REFERENCE_LOG, 'next build: compile 47.0 s, types 3.6 s, 10003 pages on 2 worker(s) 126.0 s'],
  ])('summarises a log', (log, expected) => {
    expect(formatPhases(nextPhases(log))).toBe(expected);
  });
});
