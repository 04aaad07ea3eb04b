import 'server-only';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { appCacheDir } from './cache-dir';
import type { ParsedNote } from './parse-note';
import { noteSchema, problemSchema } from './schema';

/*
 * Parsed notes kept on disk between runs, keyed by the file's path and bytes and by the
 * parser's own version (as Astro's content layer and velite do): the checker parses a
 * vault once, `next build`'s workers read its parses, and a rebuild re-parses only the
 * notes that changed. An entry is checked against the schema before it is used; one that
 * does not read back (a torn write, an older shape, a stray file) is parsed again and
 * overwritten, never trusted.
 */

const parsedNoteSchema = z.object({ note: noteSchema.nullable(), problems: z.array(problemSchema), idLine: z.number().int() });
const entrySchema = z.object({ key: z.string(), parsed: parsedNoteSchema });

/** What makes a parse stale besides the note: the parser's code and its locked dependencies. */
function sourcesOf(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(path.join(root, 'lib'));
  return [...files.sort(), path.join(root, 'package-lock.json')];
}

/** A hash of lib/ and package-lock.json; null (no cache) when they cannot be read. */
export function parserVersion(root: string = process.cwd()): string | null {
  try {
    const hash = createHash('sha256');
    for (const file of sourcesOf(root)) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    return hash.digest('hex');
  } catch {
    return null;
  }
}

export type ParseCache = { dir: string; version: string };

export function defaultParseCache(root: string = process.cwd()): ParseCache | null {
  const version = parserVersion(root);
  return version === null ? null : { dir: path.join(appCacheDir(root), 'parsed-notes'), version };
}

/** `variant`: what else the parse depends on besides the file (its slug, which the vault decides). */
function entryKey(cache: ParseCache, file: string, bytes: Uint8Array, variant: string): string {
  return createHash('sha256').update(cache.version).update('\0').update(file).update('\0').update(variant).update('\0').update(bytes).digest('hex');
}

function readEntry(where: string, key: string): ParsedNote | null {
  try {
    const entry = entrySchema.safeParse(JSON.parse(readFileSync(where, 'utf8')));
    return entry.success && entry.data.key === key ? entry.data.parsed : null;
  } catch {
    return null;
  }
}

function writeEntry(cache: ParseCache, where: string, key: string, parsed: ParsedNote): void {
  try {
    // Written aside, then renamed: a reader never sees half an entry.
    const temporary = `${where}.${process.pid}.tmp`;
    const text = JSON.stringify({ key, parsed });
    try {
      writeFileSync(temporary, text);
    } catch {
      // Its folder is made only when missing: making sure first, for each of a thousand
      // entries, cost a quarter of a second.
      mkdirSync(cache.dir, { recursive: true });
      writeFileSync(temporary, text);
    }
    renameSync(temporary, where);
  } catch {
    // A cache that cannot be written costs time, never a note.
  }
}

function entryPath(cache: ParseCache, key: string): string {
  return path.join(cache.dir, key.slice(0, 2), `${key}.json`);
}

/** Whether these bytes have an entry (not whether it reads back: cachedParse checks that). */
export function hasEntry(cache: ParseCache | null, file: string, bytes: Uint8Array, variant = ''): boolean {
  return cache !== null && existsSync(entryPath(cache, entryKey(cache, file, bytes, variant)));
}

/** Writes a new entry now, unless its caller keeps the write for later (`keep`). */
type KeepWrite = (write: () => void) => void;

const writeNow: KeepWrite = (write) => write();

/** The cached parse of these bytes, or `parse`'s, kept for next time. */
export function cachedParse(cache: ParseCache | null, file: string, bytes: Uint8Array, parse: (file: string, bytes: Uint8Array) => ParsedNote, keep: KeepWrite = writeNow, variant = ''): ParsedNote {
  if (cache === null) return parse(file, bytes);
  const key = entryKey(cache, file, bytes, variant);
  const where = entryPath(cache, key);
  const known = readEntry(where, key);
  if (known) return known;
  const parsed = parse(file, bytes);
  keep(() => writeEntry({ ...cache, dir: path.dirname(where) }, where, key, parsed));
  return parsed;
}
