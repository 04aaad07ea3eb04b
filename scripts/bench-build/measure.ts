/*
 * Measuring one build: wall time, and peak memory as the sum of RSS over the whole process
 * tree (next build spawns workers, and npm / tsx sit in between, so the parent's own maxRSS
 * says little), sampled from /proc every 200 ms; then what the build wrote.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** cpuSeconds: user + system time the process has used so far. */
export type ProcEntry = { pid: number; ppid: number; name: string; rssBytes: number; cpuSeconds: number };

const PAGE_BYTES = 4096;
/** USER_HZ: /proc counts CPU time in 1/100 s on Linux whatever the kernel's own tick. */
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 200;

/**
 * One /proc/<pid>/stat line: the command name sits in parentheses and may itself contain
 * spaces and parentheses, so fields are counted from the last `)`. After it come state (3),
 * ppid (4) … utime (14), stime (15) … rss in pages (24).
 */
export function parseStat(line: string, pageBytes: number = PAGE_BYTES): ProcEntry | null {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open === -1 || close < open) return null;
  const pid = Number(line.slice(0, open).trim());
  const rest = line.slice(close + 1).trim().split(/\s+/);
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  const ticks = Number(rest[11]) + Number(rest[12]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isFinite(rssPages) || !Number.isFinite(ticks)) return null;
  return { pid, ppid, name: line.slice(open + 1, close), rssBytes: rssPages * pageBytes, cpuSeconds: ticks / TICKS_PER_SECOND };
}

/** `root` and every process descended from it. */
export function processTree(entries: readonly ProcEntry[], root: number): ProcEntry[] {
  const children = new Map<number, ProcEntry[]>();
  for (const entry of entries) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  const tree: ProcEntry[] = [];
  const stack = entries.filter((entry) => entry.pid === root);
  const seen = new Set<number>();
  while (stack.length > 0) {
    const entry = stack.pop();
    if (entry === undefined || seen.has(entry.pid)) continue;
    seen.add(entry.pid);
    tree.push(entry);
    stack.push(...(children.get(entry.pid) ?? []));
  }
  return tree;
}

/** Sum of RSS of `root` and every process descended from it. */
export function treeRss(entries: readonly ProcEntry[], root: number): number {
  return processTree(entries, root).reduce((sum, entry) => sum + entry.rssBytes, 0);
}

function readProc(): ProcEntry[] {
  const entries: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const entry = parseStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (entry) entries.push(entry);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return entries;
}

/** One process at the peak: what it was (its command line, shortened) and its RSS. */
export type PeakProcess = { command: string; rssBytes: number };
/**
 * cpuSeconds: user + system time of the tree, each process as last sampled (so a few tenths
 * of a second short): less moved than wall time by the other work on a shared machine.
 */
export type RunResult = { seconds: number; cpuSeconds: number; peakBytes: number; atPeak: PeakProcess[]; exitCode: number };

function commandOf(entry: ProcEntry): string {
  try {
    const argv = readFileSync(`/proc/${entry.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return argv.map((arg) => (arg.includes('/') ? path.basename(arg) : arg)).join(' ').slice(0, 80) || entry.name;
  } catch {
    return entry.name;
  }
}

/** Runs a command to its end, its output to `logFile`, sampling its process tree's memory. */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<RunResult> {
  const log = openSync(options.logFile, 'w');
  const start = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Each line stamped with the seconds since the start: the log says when each stage began.
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => writeSync(log, `[${((performance.now() - start) / 1000).toFixed(1).padStart(6)} s] ${line}\n`));
  }
  let peakBytes = 0;
  let atPeak: PeakProcess[] = [];
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(readProc(), child.pid);
    for (const entry of tree) cpuByPid.set(entry.pid, entry.cpuSeconds);
    const total = tree.reduce((sum, entry) => sum + entry.rssBytes, 0);
    if (total <= peakBytes) return;
    peakBytes = total;
    // Which processes made the peak says where memory goes (compiler, page workers, npm).
    atPeak = tree.map((entry) => ({ command: commandOf(entry), rssBytes: entry.rssBytes })).sort((a, b) => b.rssBytes - a.rssBytes);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      closeSync(log);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      closeSync(log);
      resolve({ seconds: (performance.now() - start) / 1000, cpuSeconds: [...cpuByPid.values()].reduce((sum, cpu) => sum + cpu, 0), peakBytes, atPeak, exitCode: code ?? (signal ? 128 : 1) });
    });
  });
}

export type Written = { files: number; bytes: number };

/** Files and bytes under `dir` (0 and 0 when it does not exist). */
export function written(dir: string): Written {
  let files = 0;
  let bytes = 0;
  const walk = (at: string) => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        files += 1;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
