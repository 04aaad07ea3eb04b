import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStat, processTree, treeRss, written, type ProcEntry } from '@/scripts/bench-build/measure';

/* Peak memory of a build is the RSS of its whole process tree, read from /proc/<pid>/stat. */

describe('parseStat', () => {
  it.each<[string, string, ProcEntry | null]>([
    ['a plain command', '4242 (node) S 4241 4242 4242 0 -1 4194560 100 0 0 0 10 5 0 0 20 0 11 0 12345 1000000 2560 18446744073709551615 0 0', { pid: 4242, ppid: 4241, name: 'node', rssBytes: 2560 * 4096, cpuSeconds: 0.15 }],
    ['a name with spaces and parentheses', '77 (next (build) w) R 12 77 77 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 9 0 10 0', { pid: 77, ppid: 12, name: 'next (build) w', rssBytes: 10 * 4096, cpuSeconds: 0 }],
    ['a truncated line', '77 (node) S', null],
    ['no name', 'garbage', null],
  ])('%s', (_, line, expected) => {
    expect(parseStat(line)).toEqual(expected);
  });
});

describe('treeRss', () => {
  // 1 ─┬─ 2 ── 4
  //    └─ 3
  // 5 (unrelated) ── 6
  const entries: ProcEntry[] = [
    { pid: 1, name: 'p1', ppid: 0, rssBytes: 100, cpuSeconds: 0 },
    { pid: 2, name: 'p2', ppid: 1, rssBytes: 20, cpuSeconds: 0 },
    { pid: 3, name: 'p3', ppid: 1, rssBytes: 3, cpuSeconds: 0 },
    { pid: 4, name: 'p4', ppid: 2, rssBytes: 4000, cpuSeconds: 0 },
    { pid: 5, name: 'p5', ppid: 0, rssBytes: 50_000, cpuSeconds: 0 },
    { pid: 6, name: 'p6', ppid: 5, rssBytes: 600_000, cpuSeconds: 0 },
  ];
  it.each<[number, number]>([
    [1, 4123],
    [2, 4020],
    [3, 3],
    [5, 650_000],
    [99, 0],
  ])('the tree under %d holds %d bytes', (root, expected) => {
    expect(treeRss(entries, root)).toBe(expected);
  });

  it.each<[number, string[]]>([
    [1, ['p1', 'p2', 'p3', 'p4']],
    [2, ['p2', 'p4']],
    [99, []],
  ])('the tree under %d is %j', (root, expected) => {
    expect(processTree(entries, root).map((entry) => entry.name).sort()).toEqual(expected);
  });
});

describe('written', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-build-written-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts every file and its bytes, in nested folders', () => {
    mkdirSync(path.join(dir, 'notes', 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), 'x'.repeat(10));
    writeFileSync(path.join(dir, 'notes', 'a', 'index.html'), 'y'.repeat(300));
    writeFileSync(path.join(dir, 'notes', 'a', 'index.txt'), '가'); // 3 bytes in UTF-8
    expect(written(dir)).toEqual({ files: 3, bytes: 313 });
    expect(written(path.join(dir, 'notes'))).toEqual({ files: 2, bytes: 303 });
  });

  it('is nothing for a folder that does not exist', () => {
    expect(written(path.join(dir, 'missing'))).toEqual({ files: 0, bytes: 0 });
  });
});
