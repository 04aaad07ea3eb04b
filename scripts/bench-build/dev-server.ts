/*
 * `npm run dev` on a big vault, measured: how long until the first note page is served,
 * and, after a note is edited, until the page shows the edit (only that note is parsed
 * again: lib/content/load.ts keeps the others by size and mtime).
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type DevTimes = { firstPageSeconds: number; editSeconds: number };

const POLL_MS = 250;
const GIVE_UP_MS = 300_000;

async function waitFor(url: string, accept: (html: string) => boolean): Promise<void> {
  const deadline = performance.now() + GIVE_UP_MS;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && accept(await response.text())) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`dev server: ${url} not ready after ${GIVE_UP_MS / 1000} s`);
}

export async function measureDev(options: { root: string; vault: string; slug: string; sentence: string; port: number }): Promise<DevTimes> {
  const { root, vault, slug, sentence, port } = options;
  const url = `http://localhost:${port}/notes/${encodeURIComponent(slug)}/`;
  const start = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: vault, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitFor(url, () => true);
    const firstPageSeconds = (performance.now() - start) / 1000;
    const file = path.join(vault, `${slug}.md`);
    const editedAt = performance.now();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## /, `\n${sentence}\n\n## `));
    await waitFor(url, (html) => html.includes(sentence));
    return { firstPageSeconds, editSeconds: (performance.now() - editedAt) / 1000 };
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
}
