import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appFingerprint, type FingerprintInputs } from '../../scripts/app-fingerprint';
import { buildIdOf, forgetBuild, planBuild, recordBuild } from '../../scripts/build-plan';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const PROJECT: Record<string, string> = {
  'app/page.tsx': 'export default function Page() { return null; }',
  'components/quiz/quiz.tsx': 'export const Quiz = 1;',
  'lib/content/parse.ts': 'export const parse = 1;',
  'public/icons/icon.svg': '<svg/>',
  'next.config.mjs': 'export default {};',
  'package.json': '{"name":"x"}',
  'package-lock.json': '{"lockfileVersion":3}',
  'tsconfig.json': '{}',
  'postcss.config.mjs': 'export default {};',
  'tailwind.config.ts': 'export default {};',
  'node_modules/next/package.json': '{"version":"16.4.5"}',
  'content/note.md': '# A note',
  'tests/unit/a.test.ts': 'test',
  'scripts/bench.ts': 'bench',
  'README.md': '# readme',
};

function project(files: Record<string, string> = PROJECT): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'build-plan-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const inputs = (root: string, change: Partial<FingerprintInputs> = {}): FingerprintInputs => ({ root, env: { CONTENT_DIR: '/vault', NODE_ENV: 'production' }, cores: 2, nodeVersion: 'v24.0.0', ...change });

describe('appFingerprint: what makes the app compile again', () => {
  it.each([
    { name: 'a page edited', file: 'app/page.tsx', text: 'export default function Page() { return 1; }' },
    { name: 'a component added', file: 'components/quiz/new.tsx', text: 'x' },
    { name: 'the parser changed', file: 'lib/content/parse.ts', text: 'export const parse = 2;' },
    { name: 'a public file changed', file: 'public/icons/icon.svg', text: '<svg></svg>' },
    { name: 'next.config.mjs changed', file: 'next.config.mjs', text: 'export default { a: 1 };' },
    { name: 'a package updated (lockfile)', file: 'package-lock.json', text: '{"lockfileVersion":3,"x":1}' },
    { name: 'Next installed at another version', file: 'node_modules/next/package.json', text: '{"version":"16.5.0"}' },
    { name: 'the Tailwind config changed', file: 'tailwind.config.ts', text: 'export default { a: 1 };' },
    { name: 'a .env file added', file: '.env.local', text: 'NEXT_PUBLIC_X=1' },
  ])('$name: a new fingerprint', ({ file, text }) => {
    const root = project();
    const before = appFingerprint(inputs(root));
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
    expect(appFingerprint(inputs(root))).not.toBe(before);
  });

  it.each([
    { name: 'NEXT_PUBLIC_ variable set', change: { env: { CONTENT_DIR: '/vault', NODE_ENV: 'production', NEXT_PUBLIC_SITE: 'x' } } },
    { name: 'another export folder (NEXT_DIST_DIR)', change: { env: { CONTENT_DIR: '/vault', NODE_ENV: 'production', NEXT_DIST_DIR: 'out-e2e' } } },
    { name: 'NODE_ENV changed', change: { env: { CONTENT_DIR: '/vault', NODE_ENV: 'development' } } },
    { name: 'another Node', change: { nodeVersion: 'v22.0.0' } },
    { name: 'another core count (page workers)', change: { cores: 8 } },
  ])('$name: a new fingerprint', ({ change }) => {
    const root = project();
    expect(appFingerprint(inputs(root, change))).not.toBe(appFingerprint(inputs(root)));
  });

  it.each([
    { name: 'a bundled note edited', file: 'content/note.md', text: '# Edited' },
    { name: 'a note added', file: 'content/new.md', text: '# New' },
    { name: 'a test changed', file: 'tests/unit/a.test.ts', text: 'changed' },
    { name: 'a script changed (the finishing stages run on every build)', file: 'scripts/bench.ts', text: 'changed' },
    { name: 'the README changed', file: 'README.md', text: '# changed' },
  ])('$name: the same fingerprint', ({ file, text }) => {
    const root = project();
    const before = appFingerprint(inputs(root));
    writeFileSync(path.join(root, file), text);
    expect(appFingerprint(inputs(root))).toBe(before);
  });

  it('another vault (CONTENT_DIR): the same fingerprint', () => {
    const root = project();
    expect(appFingerprint(inputs(root, { env: { CONTENT_DIR: '/other', NODE_ENV: 'production' } }))).toBe(appFingerprint(inputs(root)));
  });

  it('a file moved to another name: a new fingerprint, though the bytes are the same', () => {
    const a = project();
    const b = project({ ...PROJECT, 'lib/content/parse.ts': '', 'lib/content/parse-note.ts': 'export const parse = 1;' });
    expect(appFingerprint(inputs(b))).not.toBe(appFingerprint(inputs(a)));
  });
});

const FINGERPRINT = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function built(root: string, { record, buildId }: { record?: string; buildId?: string }): void {
  mkdirSync(path.join(root, '.next'), { recursive: true });
  if (buildId !== undefined) writeFileSync(path.join(root, '.next', 'BUILD_ID'), buildId);
  if (record !== undefined) writeFileSync(path.join(root, '.next', 'aws-notes-app.json'), record);
}

describe('planBuild: render only when .next/ holds a finished build of this app', () => {
  it.each([
    { name: 'no earlier build', setup: {}, full: false, mode: 'full', reason: /no earlier build/ },
    { name: 'a build of this app, recorded', setup: { record: JSON.stringify({ fingerprint: FINGERPRINT, buildId: buildIdOf(FINGERPRINT) }), buildId: buildIdOf(FINGERPRINT) }, full: false, mode: 'generate', reason: /only the notes/ },
    { name: 'the same, but --full', setup: { record: JSON.stringify({ fingerprint: FINGERPRINT, buildId: buildIdOf(FINGERPRINT) }), buildId: buildIdOf(FINGERPRINT) }, full: true, mode: 'full', reason: /--full/ },
    { name: 'a build of another app', setup: { record: JSON.stringify({ fingerprint: OTHER, buildId: buildIdOf(OTHER) }), buildId: buildIdOf(OTHER) }, full: false, mode: 'full', reason: /the app changed/ },
    { name: 'a plain `next build` since (no record)', setup: { buildId: 'x8Yq2nZ' }, full: false, mode: 'full', reason: /not a finished/ },
    { name: 'a record whose build was replaced', setup: { record: JSON.stringify({ fingerprint: FINGERPRINT, buildId: buildIdOf(FINGERPRINT) }), buildId: 'x8Yq2nZ' }, full: false, mode: 'full', reason: /not the one recorded/ },
    { name: 'a record cut short', setup: { record: '{"fingerprint":"aaa', buildId: buildIdOf(FINGERPRINT) }, full: false, mode: 'full', reason: /not a finished/ },
    { name: 'a record of the wrong shape', setup: { record: JSON.stringify({ fingerprint: 'not hex', buildId: '' }), buildId: buildIdOf(FINGERPRINT) }, full: false, mode: 'full', reason: /not a finished/ },
  ])('$name: $mode', ({ setup, full, mode, reason }) => {
    const root = project({});
    built(root, setup);
    const plan = planBuild(root, FINGERPRINT, full);
    expect(plan.mode).toBe(mode);
    expect(plan.reason).toMatch(reason);
  });

  it('recordBuild then forgetBuild: a rebuild that has not finished is followed by a full build', () => {
    const root = project({});
    built(root, { buildId: buildIdOf(FINGERPRINT) });
    recordBuild(root, FINGERPRINT);
    expect(planBuild(root, FINGERPRINT, false).mode).toBe('generate');
    forgetBuild(root);
    expect(planBuild(root, FINGERPRINT, false).mode).toBe('full');
  });
});
