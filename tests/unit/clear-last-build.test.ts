import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteSetAside, moveLastBuildAside } from '../../scripts/clear-last-build';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(files: readonly string[]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'clear-last-build-'));
  roots.push(root);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
  }
  return root;
}

const trashDirs = (root: string) => {
  const cache = path.join(root, 'node_modules', '.cache', 'aws-notes');
  return existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith('last-build-')) : [];
};

async function trashGone(root: string): Promise<boolean> {
  for (let tries = 0; tries < 100; tries += 1) {
    if (trashDirs(root).length === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const LAST_BUILD = ['.next/BUILD_ID', '.next/server/app/notes/a/index.html', '.next/export/index.html', '.next/cache/turbopack/db', '.next/trace', 'out/index.html', 'out/_next/static/app.js'];
const NOW = new Date('2026-12-02T03:00:00Z');

describe('moveLastBuildAside (before next build), deleteSetAside (after)', () => {
  it.each([
    { name: 'a rebuild: pages and export moved, caches kept', files: LAST_BUILD, exportDir: 'out', left: ['.next/cache/turbopack/db', '.next/trace'], gone: ['.next/BUILD_ID', '.next/server', '.next/export', 'out'] },
    { name: 'a first build: nothing to move', files: ['package.json'], exportDir: 'out', left: ['package.json'], gone: [] },
    { name: 'an export folder without _next/ is not an export: left alone', files: ['.next/BUILD_ID', 'out/notes.txt'], exportDir: 'out', left: ['out/notes.txt'], gone: ['.next/BUILD_ID'] },
    { name: 'the project itself as the export folder: left alone', files: ['_next/x.js', 'package.json'], exportDir: '.', left: ['_next/x.js', 'package.json'], gone: [] },
    { name: 'a folder outside the project: left alone', files: ['package.json'], exportDir: '..', left: ['package.json'], gone: [] },
  ])('$name', async ({ files, exportDir, left, gone }) => {
    const root = project(files);
    const moved = moveLastBuildAside(root, path.resolve(root, exportDir), NOW);
    expect(moved.map((dir) => path.relative(root, dir)).sort()).toEqual([...gone].sort());
    for (const file of left) expect(existsSync(path.join(root, file)), file).toBe(true);
    for (const file of gone) expect(existsSync(path.join(root, file)), file).toBe(false);
    expect(trashDirs(root)).toHaveLength(gone.length > 0 ? 1 : 0);
    deleteSetAside(root);
    expect(await trashGone(root)).toBe(true);
    for (const file of left) expect(existsSync(path.join(root, file)), file).toBe(true);
  });

  it("deletes an earlier build's leftovers that a stopped build did not finish deleting", async () => {
    const root = project(['node_modules/.cache/aws-notes/last-build-1/0/index.html', 'node_modules/.cache/aws-notes/parsed-notes/entry.json']);
    deleteSetAside(root);
    expect(await trashGone(root)).toBe(true);
    expect(existsSync(path.join(root, 'node_modules/.cache/aws-notes/parsed-notes/entry.json'))).toBe(true);
  });
});
