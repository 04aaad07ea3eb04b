/*
 * `npm run build`: the checker and `next build` side by side, then the finishing stages.
 *
 * Next compiles the app (no note is read then) while the checker parses the vault into the
 * cache, in this process (check-vault.ts says why); Next's pages wait for the checker
 * (lib/content/load.ts) and read the content it checked, handed over in one file
 * (content-snapshot.ts), so each note is parsed once and Next builds what was checked.
 * Content with errors stops the build with the checker's report alone: Next's output is
 * held back until the vault has passed, and Next is stopped. Once Next renders the pages
 * (its workers wait on their writes there, where the compile kept both cores busy), this
 * process writes the data files aside, moved into the export when Next is done
 * (write-data-files.ts). The last build's output is first moved aside, and deleted once
 * the build is over (clear-last-build.ts), so that Next does not delete it file by file
 * before compiling. Next starts before this process loads the parser and the finishing
 * stages (a second of loading on one core, which Next's start now covers): only small
 * modules load first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content/content-dir';
import { deleteSetAside, moveLastBuildAside } from './clear-last-build';
import { exportDir } from './export-dir';

const NEXT_BIN = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));

/** Next's output, kept until `release()` and passed straight through after. */
function heldOutput(child: ChildProcess) {
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  let released = false;
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => (released ? to.write(chunk) : held.push([to, chunk]));
  child.stdout?.on('data', pass(process.stdout));
  child.stderr?.on('data', pass(process.stderr));
  return {
    release() {
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
  };
}

/**
 * Resolves once Next says it renders the pages, or has stopped. From then on this process
 * can write the data files beside page workers that wait on their own writes, without
 * slowing the compile or the page-data step (at 10,000 notes, writing them from the
 * start made page data 6 s slower).
 */
function pagesStarted(child: ChildProcess, exited: Promise<number>): Promise<void> {
  return new Promise((resolve) => {
    let tail = '';
    const watch = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-200);
      if (!tail.includes('Generating static pages')) return;
      child.stdout?.off('data', watch);
      child.stderr?.off('data', watch);
      resolve();
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    void exited.then(() => resolve());
  });
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Next and the workers it started: it runs as its own process group. */
function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<number> {
  const dir = contentDir();
  moveLastBuildAside(process.cwd(), exportDir(), new Date());
  const pendingDir = mkdtempSync(path.join(os.tmpdir(), 'aws-notes-build-'));
  const pending = path.join(pendingDir, 'parse-pending');
  const snapshot = path.join(pendingDir, 'checked-content.json');
  writeFileSync(pending, `${process.pid}\n`);
  const next = spawn(process.execPath, [NEXT_BIN, 'build'], {
    env: { ...process.env, CONTENT_PARSE_PENDING: pending, CONTENT_PARSE_OWNER: String(process.pid), CONTENT_SNAPSHOT: snapshot },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = heldOutput(next);
  const nextExit = exitOf(next);
  const rendering = pagesStarted(next, nextExit);
  const cleanUp = () => {
    stop(next);
    rmSync(pendingDir, { recursive: true, force: true });
    deleteSetAside(process.cwd());
  };
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  process.once('exit', cleanUp);

  const [{ checkReport, checkVault, parsedByLine }, { holdCacheWrites, writeHeldCacheEntries }] = await Promise.all([import('./check-vault'), import('../lib/content/load')]);
  holdCacheWrites();
  const check = await checkVault(dir, 1);
  const parsedBy = parsedByLine(check);
  if (parsedBy) process.stderr.write(`${parsedBy}\n`);
  process.stdout.write(`${checkReport(check, dir)}\n`);
  if (check.failed) {
    stop(next);
    writeHeldCacheEntries();
    process.stderr.write('build stopped: the notes above have errors\n');
    return 1;
  }
  const { writeContentSnapshot } = await import('../lib/content/content-snapshot');
  writeContentSnapshot(snapshot, dir, check.content);
  rmSync(pending);
  output.release();
  await rendering;
  writeHeldCacheEntries();
  const [{ stageDataFiles }, { finishExport }] = await Promise.all([import('./write-data-files'), import('./finish-export')]);
  const staged = next.exitCode === null || next.exitCode === 0 ? stageDataFiles(exportDir()) : undefined;
  const code = await nextExit;
  if (code !== 0) return code;
  await finishExport(exportDir(), staged);
  return 0;
}

process.exitCode = await main();
