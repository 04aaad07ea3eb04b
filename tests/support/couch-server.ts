import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/*
 * A CouchDB for tests: `pouchdb-server` from npm, on a free port, in a folder of its own (it
 * writes its config and log where it runs). It speaks CouchDB's HTTP API, sessions and
 * per-database security included; students' databases are made here as CouchDB's
 * couch_peruser makes them. In memory by default; given a folder it keeps its databases and
 * its config.json there, so a test can stop it and start it again on the same port as a
 * server that went down and came back.
 */

export type CouchOptions = {
  /** Origins a page may call it from with its session cookie (CORS with credentials). */
  corsOrigins?: string[];
  /** Keeps databases and config in this folder, which stays the caller's: stop() leaves it. */
  dir?: string;
  /** A free one if not given; a restart on a kept folder passes the first run's. */
  port?: number;
  /**
   * The host name in `url` (the server listens on 127.0.0.1 either way). A page on
   * http://localhost:… needs `localhost` here: to Chromium 127.0.0.1 is another site, and
   * CouchDB's session cookie (no SameSite, so Lax) is not sent on a cross-site fetch.
   */
  host?: 'localhost' | '127.0.0.1';
};

export type TestCouch = {
  /** With a trailing slash, as the sync client takes a server. */
  url: string;
  port: number;
  addStudent: (name: string, password: string) => Promise<void>;
  /** Documents in the student's database, deleted ones not counted. */
  docCount: (name: string) => Promise<number>;
  /** Every document id in the student's database, in _all_docs order. */
  docIds: (name: string) => Promise<string[]>;
  /** Resolves once the process has exited, so a restart on the same port does not race it. */
  stop: () => Promise<void>;
};

const ADMIN_NAME = 'admin';
const ADMIN_PASSWORD = 'test-admin';
const ADMIN = 'Basic ' + Buffer.from(`${ADMIN_NAME}:${ADMIN_PASSWORD}`).toString('base64');
const BIN = path.resolve('node_modules', '.bin', 'pouchdb-server');
const START_TIMEOUT_MS = 45_000;

const sessionReply = z.object({ userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) }) });
const databaseReply = z.object({ doc_count: z.number() });
const allDocsReply = z.object({ rows: z.array(z.object({ id: z.string() })) });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The database couch_peruser gives a user: `userdb-` and the name's UTF-8 bytes in hex. */
export function studentDatabase(name: string): string {
  return `userdb-${Buffer.from(name, 'utf8').toString('hex')}`;
}

async function admin(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, { method, headers: { Authorization: ADMIN, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The last few KB of what the server printed, for the error when it will not start. */
function keepTail(server: ChildProcess): () => string {
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4_000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  return () => tail;
}

function launch(dir: string, port: number, inMemory: boolean): ChildProcess {
  const args = ['--port', String(port), '--dir', dir, '--config', path.join(dir, 'config.json'), '--no-stdout-logs'];
  return spawn(BIN, inMemory ? ['--in-memory', ...args] : args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function answering(url: string, server: ChildProcess, printed: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    // Exited (a taken port, say): whatever answers on that port now is not this server.
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`pouchdb-server exited before answering at ${url}:\n${printed()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pouchdb-server did not answer at ${url}:\n${printed()}`);
}

async function isAdmin(url: string): Promise<boolean> {
  const response = await fetch(`${url}_session`, { headers: { Authorization: ADMIN } });
  if (!response.ok) return false;
  // In an admin party everyone gets the _admin role, but only a real admin has a name.
  const { userCtx } = sessionReply.parse(await response.json());
  return userCtx.name === ADMIN_NAME && userCtx.roles.includes('_admin');
}

/** Out of "admin party": from here on only the admin makes users and databases. */
async function leaveAdminParty(url: string): Promise<void> {
  // A restart on a kept folder finds the admin in its config.json; setting it again is refused (401).
  if (await isAdmin(url)) return;
  const response = await fetch(`${url}_config/admins/${ADMIN_NAME}`, { method: 'PUT', body: JSON.stringify(ADMIN_PASSWORD) });
  if (!response.ok) throw new Error(`could not set the admin: ${response.status} ${await response.text()}`);
  // CouchDB keeps the secret that signs session cookies in its config, so a restart keeps
  // students signed in; pouchdb-server makes a new one each start unless it is saved.
  await admin(`${url}_config/couch_httpd_auth/secret`, 'PUT', randomUUID());
}

async function allowOrigins(url: string, origins: string[]): Promise<void> {
  const settings: [string, string][] = [
    ['httpd/enable_cors', 'true'],
    ['cors/origins', origins.join(', ')],
    ['cors/credentials', 'true'],
    ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'],
    ['cors/headers', 'accept, authorization, content-type, origin, referer'],
  ];
  for (const [key, value] of settings) await admin(`${url}_config/${key}`, 'PUT', value);
}

export async function startCouch(options: CouchOptions = {}): Promise<TestCouch> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'couch-'));
  const port = options.port ?? (await freePort());
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/`;
  const server = launch(dir, port, options.dir === undefined);
  const printed = keepTail(server);
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
    await exited;
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await answering(url, server, printed);
    await leaveAdminParty(url);
    if (options.corsOrigins) await allowOrigins(url, options.corsOrigins);
  } catch (error) {
    await stop();
    throw error;
  }
  const student = (name: string) => `${url}${studentDatabase(name)}`;
  return {
    url,
    port,
    stop,
    addStudent: async (name, password) => {
      await admin(`${url}_users/org.couchdb.user:${encodeURIComponent(name)}`, 'PUT', { name, password, roles: [], type: 'user' });
      await admin(student(name), 'PUT');
      await admin(`${student(name)}/_security`, 'PUT', { admins: { names: [name], roles: [] }, members: { names: [name], roles: [] } });
    },
    docCount: async (name) => databaseReply.parse(await admin(student(name), 'GET')).doc_count,
    docIds: async (name) => allDocsReply.parse(await admin(`${student(name)}/_all_docs`, 'GET')).rows.map((row) => row.id),
  };
}
