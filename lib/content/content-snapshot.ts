import 'server-only';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { contentExportSchema, type ContentExport } from './schema';

/*
 * The content `npm run build`'s checker read, handed to Next's processes in one file
 * (CONTENT_SNAPSHOT, scripts/build.ts): they build exactly what was checked, and read one
 * file instead of every note and its cache entry (a second of the page worker's start at
 * 1,000 notes). It is checked against the schema as a cache entry is; one that does not
 * read back, or is of another folder, is not used, and the vault is read as usual.
 */
const snapshotSchema = z.object({ dir: z.string(), content: contentExportSchema });

export function writeContentSnapshot(file: string, dir: string, content: ContentExport): void {
  writeFileSync(file, JSON.stringify({ dir, content }));
}

export function readContentSnapshot(file: string, dir: string): ContentExport | null {
  try {
    const read = snapshotSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return read.success && read.data.dir === dir ? read.data.content : null;
  } catch {
    return null;
  }
}
