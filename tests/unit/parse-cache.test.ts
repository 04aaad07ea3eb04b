import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedParse, hasEntry, parserVersion, type ParseCache } from '@/lib/content/parse-cache';
import { parseNote, type ParsedNote } from '@/lib/content/parse-note';
import { VALID_NOTE } from './helpers';

/*
 * Parsed notes cached on disk: a note unchanged since the last run is not parsed again, an
 * edited one is, a parser change makes every entry stale, and an entry that does not read
 * back is parsed again and replaced, never used.
 */

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parse-cache-'));
  temporary.push(dir);
  return dir;
}

const bytes = (text: string) => new TextEncoder().encode(text);
const NOTE = bytes(VALID_NOTE);
const EDITED = bytes(VALID_NOTE.replace('# ', '# Edited '));

/** parseNote, counting its calls. */
function countingParser() {
  const calls: string[] = [];
  const parse = (file: string, source: Uint8Array): ParsedNote => {
    calls.push(file);
    return parseNote(file, source);
  };
  return { calls, parse };
}

const entries = (cache: ParseCache) => readdirSync(cache.dir, { recursive: true }).filter((name) => String(name).endsWith('.json')).map((name) => path.join(cache.dir, String(name)));

describe('a cached parse', () => {
  it('is the same note as a fresh parse, and a second run parses nothing', () => {
    const cache = { dir: tempDir(), version: 'v1' };
    const first = countingParser();
    const parsed = cachedParse(cache, 'a.md', NOTE, first.parse);
    const second = countingParser();
    const again = cachedParse(cache, 'a.md', NOTE, second.parse);
    expect(first.calls).toEqual(['a.md']);
    expect(second.calls).toEqual([]);
    expect(again).toEqual(parsed);
    expect(again).toEqual(parseNote('a.md', NOTE));
  });

  it.each<[string, (cache: ParseCache) => [ParseCache, string, Uint8Array]]>([
    ['an edited note', (cache) => [cache, 'a.md', EDITED]],
    ['the same bytes under another path (problems name the file)', (cache) => [cache, 'b.md', NOTE]],
    ['a changed parser', (cache) => [{ ...cache, version: 'v2' }, 'a.md', NOTE]],
  ])('is not used for %s', (_case, change) => {
    const cache = { dir: tempDir(), version: 'v1' };
    cachedParse(cache, 'a.md', NOTE, parseNote);
    const [changedCache, file, source] = change(cache);
    const counting = countingParser();
    expect(cachedParse(changedCache, file, source, counting.parse)).toEqual(parseNote(file, source));
    expect(counting.calls).toEqual([file]);
  });

  it.each<[string, (text: string) => string]>([
    ['not JSON (a torn write)', (text) => text.slice(0, text.length / 2)],
    ['empty', () => ''],
    ['another key', (text) => text.replace(/"key":"[0-9a-f]+"/, '"key":"0000"')],
    ['a note of the wrong shape', (text) => text.replace('"questions":[', '"questions":"none","x":[')],
    ['an older shape (no idLine)', (text) => text.replace(/,?"idLine":\d+/, '')],
    ['JSON null', () => 'null'],
  ])('is parsed again and replaced when the entry is %s', (_case, corrupt) => {
    const cache = { dir: tempDir(), version: 'v1' };
    cachedParse(cache, 'a.md', NOTE, parseNote);
    const [entry] = entries(cache);
    if (!entry) throw new Error('no cache entry written');
    writeFileSync(entry, corrupt(readFileSync(entry, 'utf8')));
    const counting = countingParser();
    expect(cachedParse(cache, 'a.md', NOTE, counting.parse)).toEqual(parseNote('a.md', NOTE));
    expect(counting.calls).toEqual(['a.md']);
    const healed = countingParser();
    cachedParse(cache, 'a.md', NOTE, healed.parse);
    expect(healed.calls).toEqual([]);
  });

  it('still parses when the cache cannot be written', () => {
    const blocker = path.join(tempDir(), 'file');
    writeFileSync(blocker, 'not a folder');
    const counting = countingParser();
    expect(cachedParse({ dir: path.join(blocker, 'cache'), version: 'v1' }, 'a.md', NOTE, counting.parse)).toEqual(parseNote('a.md', NOTE));
    expect(counting.calls).toEqual(['a.md']);
  });

  it('parses every time with no cache', () => {
    const counting = countingParser();
    cachedParse(null, 'a.md', NOTE, counting.parse);
    cachedParse(null, 'a.md', NOTE, counting.parse);
    expect(counting.calls).toEqual(['a.md', 'a.md']);
  });
});

describe('the parser version', () => {
  function project(): string {
    const root = tempDir();
    mkdirSync(path.join(root, 'lib', 'content'), { recursive: true });
    writeFileSync(path.join(root, 'lib', 'content', 'parse-note.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    return root;
  }

  it.each<[string, (root: string) => void]>([
    ['the parser code changes', (root) => writeFileSync(path.join(root, 'lib', 'content', 'parse-note.ts'), 'export const a = 2;\n')],
    ['a parser file is added', (root) => writeFileSync(path.join(root, 'lib', 'content', 'flow.ts'), 'export {};\n')],
    ['a dependency changes', (root) => writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}\n')],
  ])('changes when %s', (_case, change) => {
    const root = project();
    const before = parserVersion(root);
    change(root);
    expect(parserVersion(root)).not.toBe(before);
    expect(before).not.toBeNull();
  });

  it('stays the same for the same sources, wherever the project is', () => {
    const root = project();
    const copy = tempDir();
    cpSync(root, copy, { recursive: true });
    expect(parserVersion(copy)).toBe(parserVersion(root));
  });

  it('is null (no cache) when the sources cannot be read', () => {
    expect(parserVersion(path.join(tempDir(), 'missing'))).toBeNull();
  });
});

describe('hasEntry: which notes a rebuild must parse', () => {
  it('is false before a parse, true after, and false again for edited bytes or a changed parser', () => {
    const cache = { dir: tempDir(), version: 'v1' };
    expect(hasEntry(cache, 'a.md', NOTE)).toBe(false);
    cachedParse(cache, 'a.md', NOTE, parseNote);
    expect(hasEntry(cache, 'a.md', NOTE)).toBe(true);
    expect(hasEntry(cache, 'a.md', EDITED)).toBe(false);
    expect(hasEntry(cache, 'b.md', NOTE)).toBe(false);
    expect(hasEntry({ ...cache, version: 'v2' }, 'a.md', NOTE)).toBe(false);
  });

  it('is false without a cache', () => {
    expect(hasEntry(null, 'a.md', NOTE)).toBe(false);
  });
});
