import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneExport } from '../../scripts/prune-export';

/*
 * The export keeps what a browser fetches (pages, their navigation payload `index.txt`,
 * static files, the site's JSON) and loses Next's prefetch-only payloads.
 */

const KEPT = [
  'index.html',
  'index.txt',
  'notes/etl-glue/index.html',
  'notes/etl-glue/index.txt',
  'tags/service/glue/index.html',
  'tags/service/glue/index.txt',
  '_next/static/chunks/app/notes/[slug]/page-64574bfbdee52fda.js',
  'quiz/etl-glue.json',
  // A note whose slug looks like Next's file is a folder, not a payload.
  'notes/__next.draft.txt/index.html',
  'notes/readme.txt',
];
const PRUNED = [
  '__next._full.txt',
  '__next._tree.txt',
  '__next.__PAGE__.txt',
  'notes/etl-glue/__next._full.txt',
  'notes/etl-glue/__next._tree.txt',
  'notes/etl-glue/__next.notes.$d$slug.__PAGE__.txt',
  'tags/service/glue/__next.tags.$c$tag.__PAGE__.txt',
];

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: string[]): string {
  dir = mkdtempSync(path.join(tmpdir(), 'prune-'));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x'.repeat(10));
  }
  return dir;
}

describe('pruneExport', () => {
  it.each([
    { name: 'moves every prefetch-only payload aside and counts them', aside: (out: string) => path.join(out, '..', `${path.basename(out)}-aside`), setAside: 7 },
    // Another disk, or no folder can be made there: each file is removed where it is.
    { name: 'removes them where they are when they cannot be moved aside', aside: (out: string) => path.join(out, 'index.html', 'aside'), setAside: 0 },
  ])('$name', ({ aside, setAside }) => {
    const out = site([...KEPT, ...PRUNED]);
    const folder = aside(out);
    try {
      expect(pruneExport(out, folder)).toEqual({ files: 7, bytes: 70 });
      for (const file of PRUNED) expect(existsSync(path.join(out, file)), file).toBe(false);
      expect(existsSync(folder) ? readdirSync(folder) : []).toHaveLength(setAside);
    } finally {
      if (existsSync(folder)) rmSync(folder, { recursive: true });
    }
  });

  it.each(KEPT)('keeps %s', (file) => {
    const out = site([...KEPT, ...PRUNED]);
    pruneExport(out, `${out}-aside`);
    rmSync(`${out}-aside`, { recursive: true, force: true });
    expect(existsSync(path.join(out, file))).toBe(true);
  });

  it('on an export with nothing to prune, takes out nothing and makes no folder', () => {
    const out = site(KEPT);
    expect(pruneExport(out, `${out}-aside`)).toEqual({ files: 0, bytes: 0 });
    expect(existsSync(`${out}-aside`)).toBe(false);
  });
});
