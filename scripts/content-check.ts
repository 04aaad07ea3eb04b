/*
 * The content checker: `npm run content:check -- [DIR] [--json | --notes]`.
 * Exit 0 with no errors, 1 with errors, 2 when the invocation is wrong.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content/content-dir';
import { checkReport, checkVault, parsedByLine } from './check-vault';

const USAGE = 'usage: npm run content:check -- [DIR] [--json | --notes]';

type Invocation = { dir: string; json: boolean; notes: boolean } | { error: string };

function readArgs(args: readonly string[]): Invocation {
  const flags = args.filter((arg) => arg.startsWith('-'));
  const dirs = args.filter((arg) => !arg.startsWith('-'));
  const unknown = flags.filter((flag) => flag !== '--json' && flag !== '--notes');
  if (unknown.length > 0) return { error: `unknown option ${unknown.join(' ')}` };
  if (dirs.length > 1) return { error: `one folder at a time, got ${dirs.length}` };
  const dir = dirs[0] ? path.resolve(dirs[0]) : contentDir();
  try {
    if (!statSync(dir).isDirectory()) return { error: `${dirs[0] ?? dir} is not a folder` };
  } catch {
    return { error: `folder ${dirs[0] ?? dir} does not exist` };
  }
  if (flags.includes('--json') && flags.includes('--notes')) return { error: '--json and --notes do not go together' };
  return { dir, json: flags.includes('--json'), notes: flags.includes('--notes') };
}

async function main(): Promise<number> {
  const invocation = readArgs(process.argv.slice(2));
  if ('error' in invocation) {
    process.stderr.write(`content:check: ${invocation.error}\n${USAGE}\n`);
    return 2;
  }
  const check = await checkVault(invocation.dir);
  const parsedBy = parsedByLine(check);
  if (parsedBy) process.stderr.write(`${parsedBy}\n`);
  process.stdout.write(`${invocation.json ? JSON.stringify(check.content) : checkReport(check, invocation.dir, { notes: invocation.notes })}\n`);
  return check.failed ? 1 : 0;
}

process.exitCode = await main();
