/*
 * Stage before `next build`: compile the app, or only render the pages again. When the
 * notes alone changed since the last build, the compiled app in .next/ is what a compile
 * would make again (app-fingerprint.ts), so Next runs in its `generate` mode: no compile,
 * every page rendered from the vault as it is now. The last full build leaves a record of
 * the app it compiled in .next/; any other build of .next/ removes it (Next clears .next/
 * but its cache, and this build moves it aside first), and a rebuild takes it away until it
 * has succeeded, so that a stopped or failed one is followed by a full build.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const RECORD = 'aws-notes-app.json';

const recordSchema = z.object({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/), buildId: z.string().min(1) });

export type BuildPlan = { mode: 'full'; reason: string } | { mode: 'generate'; reason: string };

/**
 * Next's build id: the app's fingerprint, so that a rebuild, which keeps the last build's
 * id, writes the same files as a full build of the same app and notes.
 */
export const buildIdOf = (fingerprint: string) => fingerprint.slice(0, 20);

const recordFile = (root: string) => path.join(root, '.next', RECORD);

function readRecord(root: string): z.infer<typeof recordSchema> | null {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(readFileSync(recordFile(root), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function builtId(root: string): string | null {
  try {
    return readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return null;
  }
}

/** Full unless .next/ holds a finished build of this very app. `full`: asked for (`npm run build -- --full`). */
export function planBuild(root: string, fingerprint: string, full: boolean): BuildPlan {
  if (full) return { mode: 'full', reason: 'asked for with --full' };
  const record = readRecord(root);
  if (!record) return { mode: 'full', reason: existsSync(path.join(root, '.next', 'BUILD_ID')) ? 'the last build was not a finished `npm run build`' : 'no earlier build' };
  if (record.fingerprint !== fingerprint) return { mode: 'full', reason: 'the app changed since the last build (its files, packages, config or build environment)' };
  if (builtId(root) !== record.buildId) return { mode: 'full', reason: 'the last build in .next/ is not the one recorded' };
  return { mode: 'generate', reason: 'only the notes can have changed since the last build' };
}

/** After a full build that succeeded: .next/ holds this app. */
export function recordBuild(root: string, fingerprint: string): void {
  writeFileSync(recordFile(root), `${JSON.stringify({ fingerprint, buildId: buildIdOf(fingerprint) })}\n`);
}

/** Before a rebuild: until it succeeds, .next/ is no finished build to render from. */
export function forgetBuild(root: string): void {
  rmSync(recordFile(root), { force: true });
}
