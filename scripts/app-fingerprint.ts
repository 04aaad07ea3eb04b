/*
 * What the compiled app is made of, as one hash: `npm run build` compiles again only when it
 * changed (build-plan.ts). Notes are not in it: pages read the vault when Next renders them,
 * never when it compiles (app/globals.css keeps Tailwind from scanning the notes for class
 * names). In doubt a file belongs here: a needless compile costs seconds, a missed one
 * ships a stale app.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Folders whose every file is the app's source. */
export const APP_FOLDERS = ['app', 'components', 'lib', 'public'] as const;

/** Files at the root that change how the app compiles, and the installed Next itself. */
export const APP_FILES = ['next.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs', 'tailwind.config.ts', 'node_modules/next/package.json'] as const;

/** Next reads these at the root as environment (.env, .env.production, .env.local, …). */
const ENV_FILE = /^\.env(\..+)?$/;

/** Environment that Next or next.config.mjs reads while compiling. */
const APP_ENV = /^(NODE_ENV|NEXT_.*|__NEXT_.*|TURBOPACK.*)$/;

function filesUnder(root: string, folder: string): string[] {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(path.join(root, file)).isFile());
}

/** Every file the hash reads, relative to `root`, sorted: the app's folders, its root files, its .env files. */
export function appFiles(root: string): string[] {
  const envFiles = readdirSync(root).filter((name) => ENV_FILE.test(name));
  const rootFiles = [...APP_FILES, ...envFiles].filter((file) => existsSync(path.join(root, file)));
  const all = [...APP_FOLDERS.flatMap((folder) => filesUnder(root, folder)), ...rootFiles];
  return all.map((file) => file.split(path.sep).join('/')).sort();
}

export type FingerprintInputs = {
  root: string;
  env: Readonly<Record<string, string | undefined>>;
  /** next.config.mjs sizes its page workers by it. */
  cores: number;
  nodeVersion: string;
};

/** The app's fingerprint: hex SHA-256 of its files (name and bytes), the build's environment, Node and the core count. */
export function appFingerprint({ root, env, cores, nodeVersion }: FingerprintInputs): string {
  const hash = createHash('sha256');
  for (const file of appFiles(root)) hash.update(`file ${file}\n`).update(readFileSync(path.join(root, file))).update('\n');
  const vars = Object.keys(env)
    .filter((name) => APP_ENV.test(name))
    .sort();
  for (const name of vars) hash.update(`env ${name}=${env[name] ?? ''}\n`);
  hash.update(`node ${nodeVersion}\ncores ${cores}\n`);
  return hash.digest('hex');
}

/** This process's fingerprint of the app at `root`. */
export function currentAppFingerprint(root: string): string {
  return appFingerprint({ root, env: process.env, cores: os.availableParallelism(), nodeVersion: process.version });
}
