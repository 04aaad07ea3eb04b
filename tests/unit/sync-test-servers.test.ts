import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouch, studentDatabase, type TestCouch } from '../support/couch-server';
import { startSameOrigin, type SameOrigin } from '../support/same-origin';

/*
 * The servers the device-sync end-to-end tests stand on: a CouchDB that comes back after a
 * stop with its data and its admin, CORS for the site's origin only, and the site and
 * CouchDB on one origin with sessions and long polls passing through.
 */

const ADMIN = { Authorization: 'Basic ' + Buffer.from('admin:test-admin').toString('base64'), 'Content-Type': 'application/json' };
const SITE_ORIGIN = 'http://localhost:4173';

const scratch: string[] = [];
function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function putAsAdmin(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'PUT', headers: ADMIN, body: JSON.stringify(body) });
  expect(response.status, url).toBe(201);
}

const signInBody = (name: string, password: string) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });

describe('a CouchDB kept on disk', () => {
  it('comes back after a stop on the same port with its documents, its students and its admin', async () => {
    const dir = scratchDir('couch-kept-');
    const first = await startCouch({ dir });
    await first.addStudent('ana', 'ana-pw');
    for (const id of ['a1', 'a2']) await putAsAdmin(`${first.url}${studentDatabase('ana')}/${id}`, { n: id });
    expect((await fetch(`${first.url}_config`)).status).toBe(401);
    await first.stop();
    // stop() waits for the exit: nothing answers on the port any more.
    await expect(fetch(first.url)).rejects.toThrow();

    const again = await startCouch({ dir, port: first.port });
    try {
      expect(again.url).toBe(first.url);
      expect(await again.docCount('ana')).toBe(2);
      expect(await again.docIds('ana')).toEqual(['a1', 'a2']);
      expect((await fetch(`${again.url}_session`, signInBody('ana', 'ana-pw'))).status).toBe(200);
      // Still no admin party: anyone else is refused the config, the admin is not.
      expect((await fetch(`${again.url}_config`)).status).toBe(401);
      expect((await fetch(`${again.url}_config`, { headers: ADMIN })).status).toBe(200);
    } finally {
      await again.stop();
    }
  }, 120_000);
});

describe('CORS for the site', () => {
  let couch: TestCouch;
  beforeAll(async () => {
    couch = await startCouch({ corsOrigins: [SITE_ORIGIN] });
  }, 60_000);
  afterAll(() => couch?.stop());

  const preflight = (origin: string) =>
    fetch(`${couch.url}_session`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });

  it('lets the site send its credentials', async () => {
    const response = await preflight(SITE_ORIGIN);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
  });

  it('allows no other origin', async () => {
    const response = await preflight('http://elsewhere.test:4173');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('the site and CouchDB on one origin', () => {
  let couch: TestCouch;
  let origin: SameOrigin;
  beforeAll(async () => {
    const site = scratchDir('site-');
    writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>home</title><p>the home page</p>');
    mkdirSync(path.join(site, 'stats'));
    writeFileSync(path.join(site, 'stats', 'index.html'), '<!doctype html><title>stats</title><p>the stats page</p>');
    couch = await startCouch();
    await couch.addStudent('bo', 'bo-pw');
    origin = await startSameOrigin({ site, couch: couch.url });
  }, 60_000);
  afterAll(async () => {
    await origin?.stop();
    await couch?.stop();
  });

  async function signedInCookie(): Promise<string> {
    const response = await fetch(`${origin.url}/couch/_session`, signInBody('bo', 'bo-pw'));
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((each) => each.startsWith('AuthSession='));
    expect(cookie).toBeDefined();
    return (cookie ?? '').split(';')[0] ?? '';
  }

  it('serves the static site as `serve` does', async () => {
    const home = await fetch(`${origin.url}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/text\/html/);
    expect(await home.text()).toContain('the home page');
    expect(await (await fetch(`${origin.url}/stats/`)).text()).toContain('the stats page');
    expect((await fetch(`${origin.url}/nowhere/`)).status).toBe(404);
  });

  it('passes /couch/ to CouchDB without the prefix', async () => {
    const response = await fetch(`${origin.url}/couch/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ 'express-pouchdb': 'Welcome!' });
    // Only the prefix as a whole path segment is CouchDB's.
    expect((await fetch(`${origin.url}/couchdb/`)).status).toBe(404);
  });

  it('signs in by session cookie through the proxy', async () => {
    const cookie = await signedInCookie();
    const session = await fetch(`${origin.url}/couch/_session`, { headers: { Cookie: cookie } });
    expect(await session.json()).toMatchObject({ ok: true, userCtx: { name: 'bo' } });
    expect((await fetch(`${origin.url}/couch/_session`, signInBody('bo', 'wrong'))).status).toBe(401);
  });

  it('holds a long poll open until a document is written', async () => {
    const cookie = await signedInCookie();
    const db = studentDatabase('bo');
    const started = Date.now();
    const poll = fetch(`${origin.url}/couch/${db}/_changes?feed=longpoll&since=now&timeout=20000`, { headers: { Cookie: cookie } }).then((response) => response.json());
    let settled = false;
    void poll.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(settled).toBe(false);
    await putAsAdmin(`${couch.url}${db}/written-meanwhile`, { n: 1 });
    expect(await poll).toMatchObject({ results: [{ id: 'written-meanwhile' }] });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('streams a response as CouchDB writes it, without waiting for its end', async () => {
    const cookie = await signedInCookie();
    const db = studentDatabase('bo');
    await putAsAdmin(`${couch.url}${db}/already-there`, { n: 1 });
    const controller = new AbortController();
    // pouchdb-server gzips when asked and holds a gzipped feed back until it ends; CouchDB does neither.
    const headers = { Cookie: cookie, 'Accept-Encoding': 'identity' };
    const response = await fetch(`${origin.url}/couch/${db}/_changes?feed=continuous&since=0&heartbeat=1000`, { headers, signal: controller.signal });
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    let seen = '';
    while (!seen.includes('already-there')) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the feed ended: ${seen}`);
      seen += Buffer.from(value).toString('utf8');
    }
    // The feed never ends by itself: the line arrived while the response was still open.
    controller.abort();
  }, 30_000);

  it('answers 502 while CouchDB is down', async () => {
    const gone = await startCouch();
    const lonely = await startSameOrigin({ site: scratchDir('site-'), couch: gone.url });
    await gone.stop();
    try {
      expect((await fetch(`${lonely.url}/couch/_session`)).status).toBe(502);
    } finally {
      await lonely.stop();
    }
  }, 60_000);
});
