/*
 * `npm run build`: the checker and `next build` side by side, then the finishing stages.
 * When only notes changed since the last build (build-plan.ts), Next renders without
 * compiling: the vault is checked first, then Next runs in its generate mode (rebuild()).
 * Otherwise, a full build (fullBuild()):
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
import { currentAppFingerprint } from './app-fingerprint';
import { buildIdOf, forgetBuild, planBuild, recordBuild } from './build-plan';
import type { VaultCheck } from './check-vault';

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

/** `next build` as its own process group, its output held until released. */
function startNext(args: readonly string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [NEXT_BIN, 'build', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output = heldOutput(child);
  const exited = exitOf(child);
  return { child, output, exited, rendering: pagesStarted(child, exited) };
}

type Content = { dir: string; snapshot: string; pendingDir: string };

/** The checker's report, printed; false when the vault has errors (the build stops). */
async function checkContent(dir: string, threads: number | undefined): Promise<{ ok: boolean; check: VaultCheck }> {
  const { checkReport, checkVault, parsedByLine } = await import('./check-vault');
  const check = await checkVault(dir, threads);
  const parsedBy = parsedByLine(check);
  if (parsedBy) process.stderr.write(`${parsedBy}\n`);
  process.stdout.write(`${checkReport(check, dir)}\n`);
  if (check.failed) process.stderr.write('build stopped: the notes above have errors\n');
  return { ok: !check.failed, check };
}

/** Next's pages rendered: the data files written beside them, then the export finished. */
async function finish(next: ReturnType<typeof startNext>, writeHeldCacheEntries: () => void): Promise<number> {
  next.output.release();
  await next.rendering;
  writeHeldCacheEntries();
  const [{ stageDataFiles }, { finishExport }] = await Promise.all([import('./write-data-files'), import('./finish-export')]);
  const staged = next.child.exitCode === null || next.child.exitCode === 0 ? stageDataFiles(exportDir()) : undefined;
  const code = await next.exited;
  if (code !== 0) return code;
  await finishExport(exportDir(), staged);
  return 0;
}

/** Compile and render: Next compiles while this process checks the vault. */
async function fullBuild(root: string, fingerprint: string, { dir, snapshot, pendingDir }: Content, onExit: (stop: () => void) => void): Promise<number> {
  moveLastBuildAside(root, exportDir(), new Date());
  const pending = path.join(pendingDir, 'parse-pending');
  writeFileSync(pending, `${process.pid}\n`);
  const next = startNext([], { CONTENT_PARSE_PENDING: pending, CONTENT_PARSE_OWNER: String(process.pid), CONTENT_SNAPSHOT: snapshot, APP_BUILD_ID: buildIdOf(fingerprint) });
  onExit(() => stop(next.child));
  const [{ holdCacheWrites, writeHeldCacheEntries }, { writeContentSnapshot }] = await Promise.all([import('../lib/content/load'), import('../lib/content/content-snapshot')]);
  holdCacheWrites();
  const { ok, check } = await checkContent(dir, 1);
  if (!ok) {
    stop(next.child);
    writeHeldCacheEntries();
    return 1;
  }
  writeContentSnapshot(snapshot, dir, check.content);
  rmSync(pending);
  const nextDone = next.exited.then((code) => {
    if (code === 0) recordBuild(root, fingerprint);
  });
  const code = await finish(next, writeHeldCacheEntries);
  await nextDone;
  return code;
}

/**
 * Render only, from the app the last build compiled: the vault is checked first, on every
 * core, so that notes with errors stop the build before .next/ is touched.
 */
async function rebuild(root: string, fingerprint: string, { dir, snapshot }: Content, onExit: (stop: () => void) => void): Promise<number> {
  moveLastBuildAside(root, exportDir(), new Date(), { keepApp: true });
  const { ok, check } = await checkContent(dir, undefined);
  if (!ok) return 1;
  const { writeContentSnapshot } = await import('../lib/content/content-snapshot');
  writeContentSnapshot(snapshot, dir, check.content);
  forgetBuild(root);
  // Next's export reads the routes to copy with `require`, which in generate mode returns
  // the last build's list (read earlier in the same process): notes deleted since would be
  // exported from their old pages and new ones left out. Without the file it reads the new one.
  rmSync(path.join(root, '.next', 'prerender-manifest.json'), { force: true });
  const next = startNext(['--experimental-build-mode=generate'], { CONTENT_SNAPSHOT: snapshot, APP_BUILD_ID: buildIdOf(fingerprint) });
  onExit(() => stop(next.child));
  // Nothing runs beside this checker, so it wrote its cache entries as it parsed: none held.
  const code = await finish(next, () => undefined);
  if (code === 0) recordBuild(root, fingerprint);
  return code;
}

async function main(): Promise<number> {
  const root = process.cwd();
  const fingerprint = currentAppFingerprint(root);
  const plan = planBuild(root, fingerprint, process.argv.includes('--full'));
  process.stdout.write(`${plan.mode === 'full' ? 'full build (compile and render)' : 'content-only rebuild (render, no compile)'}: ${plan.reason}\n`);
  const pendingDir = mkdtempSync(path.join(os.tmpdir(), 'aws-notes-build-'));
  const content: Content = { dir: contentDir(), snapshot: path.join(pendingDir, 'checked-content.json'), pendingDir };
  const stops: Array<() => void> = [];
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  process.once('exit', () => {
    for (const each of stops) each();
    rmSync(pendingDir, { recursive: true, force: true });
    deleteSetAside(root);
  });
  const onExit = (each: () => void) => stops.push(each);
  return plan.mode === 'full' ? fullBuild(root, fingerprint, content, onExit) : rebuild(root, fingerprint, content, onExit);
}

process.exitCode = await main();
