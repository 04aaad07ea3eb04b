/*
 * A static folder served on a port while a benchmark's browser work runs (`serve`, as
 * `npm start` uses), stopped afterwards whatever happens.
 */
import { spawn, type ChildProcess } from 'node:child_process';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok;
  } catch {
    return false;
  }
}

async function waitUntilAnswers(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await answers(url))) {
    if (server.exitCode !== null) throw new Error(`serve exited with code ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error(`serve did not answer at ${url} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function stop(server: ChildProcess): void {
  if (server.pid === undefined) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** npx runs serve as a grandchild: its own process group lets one kill end both. */
export async function serving<T>(folder: string, port: number, work: () => Promise<T>): Promise<T> {
  const url = `http://localhost:${port}/`;
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  const server = spawn('npx', ['serve', folder, '--listen', String(port), '--no-clipboard'], { stdio: 'ignore', detached: true });
  try {
    await waitUntilAnswers(url, server);
    return await work();
  } finally {
    stop(server);
  }
}
