import 'server-only';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectNotes } from './vault/collection';
import { contentDir } from './content-dir';
import { readContentSnapshot } from './content-snapshot';
import { defaultParseCache, cachedParse, hasEntry, type ParseCache } from './parse-cache';
import { parseNote, type ParsedNote } from './parse-note';
import { listVault, type VaultFiles } from './read/list-vault';
import { readAsset } from './read/read-asset';
import type { ContentExport } from './schema';
import { noteSlugs, slugSegment } from './vault/slugs';

/** Every `*.md` below `dir`, as `/`-separated paths relative to it, sorted. */
export function listNoteFiles(dir: string): string[] {
  return listVault(dir).notes;
}

type Parsed = { mtimeMs: number; size: number; slug: string; parsed: ParsedNote };

/**
 * Parsed notes by absolute path, reused while the file's size and mtime stay the same:
 * a dev server re-reads only the notes a student edited, not the whole vault.
 */
const parsedFiles = new Map<string, Parsed>();

/** Cache entries not written yet, while writes are held (holdCacheWrites). */
let heldWrites: Array<() => void> | null = null;

/**
 * `npm run build` parses while Next compiles on every core: the cache entries, which only
 * the next build reads, are held and written once Next renders its pages
 * (writeHeldCacheEntries), rather than adding a second of writing to the compile.
 */
export function holdCacheWrites(): void {
  heldWrites ??= [];
}

/** Writes the held entries, stops holding, and returns how many were written. */
export function writeHeldCacheEntries(): number {
  const writes = heldWrites ?? [];
  heldWrites = null;
  for (const write of writes) write();
  return writes.length;
}

/** Made once per process: hashing the parser's sources is not free. */
let parseCache: ParseCache | null | undefined;

function readNote(dir: string, file: string, slug: string): ParsedNote {
  const absolute = path.join(dir, file);
  try {
    const { mtimeMs, size } = statSync(absolute);
    const known = parsedFiles.get(absolute);
    if (known && known.mtimeMs === mtimeMs && known.size === size && known.slug === slug) return known.parsed;
    if (parseCache === undefined) parseCache = defaultParseCache();
    const held = heldWrites;
    const parse = (name: string, bytes: Uint8Array) => parseNote(name, bytes, slug);
    const parsed = cachedParse(parseCache, file, readFileSync(absolute), parse, held ? (write) => held.push(write) : undefined, slug);
    parsedFiles.set(absolute, { mtimeMs, size, slug, parsed });
    return parsed;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { note: null, idLine: 1, problems: [{ file, line: 1, severity: 'error', message: `cannot be read: ${reason}` }] };
  }
}

/** Of these notes (paths relative to `dir`), the ones the disk cache has no parse of. */
export function uncachedNotes(dir: string, files: readonly string[]): string[] {
  if (parseCache === undefined) parseCache = defaultParseCache();
  const cache = parseCache;
  const slugs = noteSlugs(listNoteFiles(dir));
  return files.filter((file) => {
    try {
      return !hasEntry(cache, file, readFileSync(path.join(dir, file)), slugs.get(file));
    } catch {
      return false;
    }
  });
}

/**
 * Parses these notes (paths relative to `dir`) into the disk cache, for a worker that
 * takes its share of a large vault before the loader reads it whole; returns how many.
 */
export function parseIntoCache(dir: string, files: readonly string[]): number {
  const slugs = noteSlugs(listNoteFiles(dir));
  for (const file of files) readNote(dir, file, slugs.get(file) ?? slugSegment(file));
  return files.length;
}

/**
 * The one loader: reads every note below `dir` through the pipeline in lib/content.
 * Never throws for bad content; a folder that cannot be listed is reported as a problem.
 */
export function loadContent(dir: string = contentDir()): ContentExport {
  const frozen = frozenContent.get(dir);
  if (frozen) return frozen;
  const content = readContent(dir);
  // A production build or server sees the content as it was when it started.
  if (process.env.NODE_ENV === 'production') frozenContent.set(dir, content);
  return content;
}

const frozenContent = new Map<string, ContentExport>();

/**
 * `npm run build` (scripts/build.ts) starts `next build` while its checker is still parsing
 * the vault into the cache, so that the app compiles meanwhile. A page that read the vault
 * in that window would parse every note a second time, so Next's processes wait: the file
 * CONTENT_PARSE_PENDING names exists until the checker is done, and then read what it
 * read (CONTENT_SNAPSHOT, content-snapshot.ts). A checker that died (CONTENT_PARSE_OWNER,
 * its process id, gone) is not waited for.
 */
function waitForBuildCheck(): void {
  const pending = process.env.CONTENT_PARSE_PENDING;
  const owner = Number(process.env.CONTENT_PARSE_OWNER);
  if (!pending || !Number.isInteger(owner) || owner <= 0) return;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  while (existsSync(pending) && processAlive(owner)) Atomics.wait(sleeper, 0, 0, 50);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function readContent(dir: string): ContentExport {
  waitForBuildCheck();
  const snapshot = process.env.CONTENT_SNAPSHOT;
  const checked = snapshot ? readContentSnapshot(snapshot, dir) : null;
  if (checked) return checked;
  let files: VaultFiles;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    files = listVault(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { notes: [], assets: [], problems: [{ file: dir, line: 1, severity: 'error', message: `content folder cannot be read: ${reason}` }] };
  }
  const slugs = noteSlugs(files.notes);
  const parsed = files.notes.map((file) => readNote(dir, file, slugs.get(file) ?? slugSegment(file)));
  return collectNotes(parsed, { assets: files.assets, problems: files.problems, readAsset: (file) => readAsset(dir, file) });
}
