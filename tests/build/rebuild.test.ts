import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * `npm run build` after the notes alone changed renders without compiling, and writes the
 * very site a full build writes: each edit below is built both ways and the two exports are
 * compared file for file. The vault is a copy of the Obsidian fixture vault.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'obsidian-vault');
const DIST = 'out-build-test';
const OUT = path.join(ROOT, DIST);

let work = '';
let vault = '';

type Build = { code: number; mode: 'full' | 'rebuild' | 'unknown'; log: string };

function build(args: string[] = [], dist = DIST): Build {
  const run = spawnSync('npm', ['run', '--silent', 'build', ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: vault, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `${run.stdout}\n${run.stderr}`;
  const first = run.stdout.split('\n')[0] ?? '';
  const mode = first.startsWith('full build') ? 'full' : first.startsWith('content-only rebuild') ? 'rebuild' : 'unknown';
  return { code: run.status ?? 1, mode, log };
}

/** Every file of an export, by path, as its SHA-256. */
function files(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) all[name.split(path.sep).join('/')] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return all;
}

const page = (slug: string) => path.join(OUT, 'notes', slug, 'index.html');
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(vault, file)), { recursive: true });
  writeFileSync(path.join(vault, file), text);
};

type Edit = { name: string; apply: () => void; shows: () => void };

const EDITS: Edit[] = [
  {
    name: "a note's prose edited",
    apply: () => writeFileSync(path.join(vault, 'Networking/VPC.md'), `${readFileSync(path.join(vault, 'Networking/VPC.md'), 'utf8')}\n재빌드 검사 문장 ZQX-EDIT.\n`),
    shows: () => expect(readFileSync(page('vpc'), 'utf8')).toContain('재빌드 검사 문장 ZQX-EDIT.'),
  },
  {
    name: 'two notes added, one linking to the other',
    apply: () => {
      write('Networking/NAT Gateway.md', '---\ntags: [service/vpc]\n---\n# NAT Gateway\n\nPrivate subnets reach the internet through it.\n');
      write('Networking/Transit Gateway.md', '# Transit Gateway\n\nHub for many VPCs; compare [[NAT Gateway]].\n');
    },
    shows: () => {
      expect(readFileSync(page('nat-gateway'), 'utf8')).toContain('Private subnets reach the internet through it.');
      expect(readFileSync(page('transit-gateway'), 'utf8')).toContain('href="/notes/nat-gateway/"');
    },
  },
  {
    name: 'a note deleted',
    apply: () => rmSync(path.join(vault, '4.Monitoring & Logging/CloudWatch Logs.md')),
    shows: () => expect(existsSync(page('cloudwatch-logs'))).toBe(false),
  },
  {
    name: 'a note renamed into a new folder',
    apply: () => {
      mkdirSync(path.join(vault, 'Serverless'));
      renameSync(path.join(vault, 'Compute/Lambda 동시성.md'), path.join(vault, 'Serverless/Lambda 동시성 정리.md'));
    },
    shows: () => {
      expect(existsSync(page('lambda-동시성-정리'))).toBe(true);
      expect(existsSync(page('lambda-동시성'))).toBe(false);
    },
  },
];

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'rebuild-test-'));
  vault = path.join(work, 'vault');
  cpSync(FIXTURE, vault, { recursive: true });
  const first = build(['--full']);
  expect(first.code, first.log).toBe(0);
  expect(first.mode).toBe('full');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

describe('npm run build after the notes alone changed', () => {
  it.each(EDITS)('$name: renders without compiling, and writes what a full build writes', ({ apply, shows }) => {
    apply();
    const rebuilt = build();
    expect(rebuilt.code, rebuilt.log).toBe(0);
    expect(rebuilt.mode, rebuilt.log).toBe('rebuild');
    expect(rebuilt.log).not.toContain('Compiled successfully');
    shows();
    const rebuiltFiles = files(OUT);

    const full = build(['--full']);
    expect(full.code, full.log).toBe(0);
    expect(full.mode).toBe('full');
    const fullFiles = files(OUT);
    expect(Object.keys(rebuiltFiles).sort()).toEqual(Object.keys(fullFiles).sort());
    const differing = Object.keys(fullFiles).filter((file) => rebuiltFiles[file] !== fullFiles[file]);
    expect(differing).toEqual([]);
  });

  it('a cold build (no .next/ at all) writes what the content-only rebuild wrote', () => {
    write('Networking/Direct Connect.md', '# Direct Connect\n\nA dedicated line ZQX-COLD.\n');
    const rebuilt = build();
    expect(rebuilt.mode, rebuilt.log).toBe('rebuild');
    expect(readFileSync(page('direct-connect'), 'utf8')).toContain('A dedicated line ZQX-COLD.');
    const rebuiltFiles = files(OUT);
    rmSync(path.join(ROOT, '.next'), { recursive: true, force: true });
    const cold = build();
    expect(cold.code, cold.log).toBe(0);
    expect(cold.mode).toBe('full');
    expect(files(OUT)).toEqual(rebuiltFiles);
  });

  it('a build after a build into another folder compiles again (the export folder is part of the app)', () => {
    const other = build([], `${DIST}-other`);
    rmSync(path.join(ROOT, `${DIST}-other`), { recursive: true, force: true });
    expect(other.mode, other.log).toBe('full');
    const back = build();
    expect(back.mode, back.log).toBe('full');
  });
});
