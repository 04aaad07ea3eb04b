/*
 * Stage before `next build` in a rebuild: the last build's output moved out of the way at
 * once. Next deletes it itself, file by file, before it compiles (all of .next/ but its
 * caches, then the export folder as it exports): about 7 s of a 1,000-note rebuild, and a
 * delete running beside the build slowed its pages as much (`npm run bench:build`). A
 * rename is instant; what was moved is deleted once the build is over, by a background
 * process at low priority. The export's prefetch-only files go the same way
 * (prune-export.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appCacheDir } from '../lib/content/cache-dir';

/** What Next's own clean leaves in .next/: its caches, the dev server's folder, its lock and trace. */
const KEPT = new Set(['cache', 'dev', 'diagnostics', 'lock', 'trace']);
const TRASH_PREFIX = 'last-build-';

/** Only a folder that holds an export (its `_next/`), and never the project or above it. */
function isExport(root: string, dir: string): boolean {
  const relative = path.relative(root, dir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && existsSync(path.join(dir, '_next'));
}

function deleteInBackground(dirs: readonly string[]): void {
  if (dirs.length === 0) return;
  const child = spawn(process.execPath, ['-e', 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })', ...dirs], { detached: true, stdio: 'ignore' });
  try {
    if (child.pid !== undefined) os.setPriority(child.pid, 19);
  } catch {
    // Not allowed here: it deletes at normal priority.
  }
  child.unref();
}

/** A folder of this build's to move into what the export no longer needs (prune-export.ts); deleteSetAside removes it. */
export function setAsideFolder(root: string, now: Date, name: string): string {
  return path.join(appCacheDir(root), `${TRASH_PREFIX}${now.getTime()}`, name);
}

/** What builds moved aside and is not deleted yet. */
export function setAsideFolders(root: string): string[] {
  const cache = appCacheDir(root);
  return existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith(TRASH_PREFIX)).map((name) => path.join(cache, name)) : [];
}

/**
 * Moves the last build's pages and export aside; returns what was moved. `keepApp`: a
 * content-only rebuild renders from the compiled app in .next/, so only the export goes.
 */
export function moveLastBuildAside(root: string, exportDir: string, now: Date, { keepApp = false }: { keepApp?: boolean } = {}): string[] {
  const buildDir = path.join(root, '.next');
  const targets = [
    ...(existsSync(buildDir) && !keepApp ? readdirSync(buildDir).filter((name) => !KEPT.has(name)).map((name) => path.join(buildDir, name)) : []),
    ...(isExport(root, exportDir) ? [exportDir] : []),
  ];
  const trash = path.join(appCacheDir(root), `${TRASH_PREFIX}${now.getTime()}`);
  if (targets.length > 0) mkdirSync(trash, { recursive: true });
  return targets.filter((target, index) => {
    try {
      renameSync(target, path.join(trash, String(index)));
      return true;
    } catch {
      // On another disk (EXDEV), say: Next deletes it as before.
      return false;
    }
  });
}

/** Deletes in the background what builds moved aside, this one's and any a stopped build left. */
export function deleteSetAside(root: string): void {
  deleteInBackground(setAsideFolders(root));
}
