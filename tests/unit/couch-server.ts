import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * A CouchDB for tests: `pouchdb-server` from npm, in memory, on a free port, in a folder of
 * its own (it writes its config and log where it runs). It speaks CouchDB's HTTP API,
 * sessions and per-database security included; students' databases are made here as
 * CouchDB's couch_peruser makes them.
 */

export type TestCouch = { url: string; addStudent: (name: string, password: string) => Promise<void>; stop: () => void };

const ADMIN = 'Basic ' + Buffer.from('admin:test-admin').toString('base64');
const BIN = path.resolve('node_modules', '.bin', 'pouchdb-server');

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

async function admin(url: string, method: string, body?: unknown): Promise<void> {
  const response = await fetch(url, { method, headers: { Authorization: ADMIN, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
}

async function answering(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pouchdb-server did not answer at ${url}`);
}

export async function startCouch(): Promise<TestCouch> {
  const dir = mkdtempSync(path.join(tmpdir(), 'couch-'));
  const port = await freePort();
  const server = spawn(BIN, ['--in-memory', '--port', String(port), '--dir', dir, '--config', path.join(dir, 'config.json'), '--no-stdout-logs'], { cwd: dir, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await answering(url, Date.now() + 45_000);
    // Out of "admin party": from here on only the admin makes users and databases.
    const response = await fetch(`${url}_config/admins/admin`, { method: 'PUT', body: JSON.stringify('test-admin') });
    if (!response.ok) throw new Error(`could not set the admin: ${response.status}`);
  } catch (error) {
    stop();
    throw error;
  }
  const addStudent = async (name: string, password: string) => {
    await admin(`${url}_users/org.couchdb.user:${encodeURIComponent(name)}`, 'PUT', { name, password, roles: [], type: 'user' });
    const hex = Buffer.from(name, 'utf8').toString('hex');
    await admin(`${url}userdb-${hex}`, 'PUT');
    await admin(`${url}userdb-${hex}/_security`, 'PUT', { admins: { names: [name], roles: [] }, members: { names: [name], roles: [] } });
  };
  return { url, addStudent, stop };
}
