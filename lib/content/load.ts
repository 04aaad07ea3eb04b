import 'server-only';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectNotes } from './collection';
import { parseNote, type ParsedNote } from './parse-note';
import type { ContentExport } from './schema';

/** `$CONTENT_DIR` when set (a student's vault), else the bundled `content/`. */
export function contentDir(): string {
  const configured = process.env.CONTENT_DIR?.trim();
  return path.resolve(configured ? configured : path.join(process.cwd(), 'content'));
}

/** Vault folders that never hold notes: Obsidian's settings and trash, dependencies. */
function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Every `*.md` below `dir`, as `/`-separated paths relative to it, sorted. */
export function listNoteFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !skipFolder(entry.name)) walk(child);
      else if (entry.isFile() && /\.md$/i.test(entry.name) && !entry.name.startsWith('.')) found.push(child);
    }
  };
  walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readNote(dir: string, file: string): ParsedNote {
  try {
    return parseNote(file, readFileSync(path.join(dir, file)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { note: null, idLine: 1, problems: [{ file, line: 1, severity: 'error', message: `cannot be read: ${reason}` }] };
  }
}

/**
 * The one loader: reads every note below `dir` through the pipeline in lib/content.
 * Never throws for bad content; a folder that cannot be listed is reported as a problem.
 */
export function loadContent(dir: string = contentDir()): ContentExport {
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    files = listNoteFiles(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { notes: [], problems: [{ file: dir, line: 1, severity: 'error', message: `content folder cannot be read: ${reason}` }] };
  }
  return collectNotes(files.map((file) => readNote(dir, file)));
}
