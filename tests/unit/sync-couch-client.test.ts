import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { object, string } from 'zod/mini';
import { fetchDocs, getDoc, pullChanges, pushDocs, putDoc, signIn, signOut, whoIsSignedIn, type Couch } from '@/components/sync/couch-client';
import { recordDocs, recordsFromDocs } from '@/lib/sync/sync-docs';
import type { LogRecords } from '@/lib/study/transfer';
import { browserFetch } from '../support/browser-fetch';
import { startCouch, type TestCouch } from '../support/couch-server';

/*
 * The sync client against a real CouchDB protocol server (pouchdb-server, in memory,
 * started here): sign-in by session cookie, pushes that are idempotent, pulls from a
 * checkpoint, and each refusal named.
 */

const attempt = (id: string) => ({ id, questionId: 'glue-q1', fingerprint: 'f', chosen: ['A'], correct: true, at: '2026-12-01T09:00:00.000Z', mode: 'note' as const, revealed: false });
const log = (ids: string[]): LogRecords => ({ attempts: ids.map(attempt), ratings: [], sessions: [], marks: [] });

let couch: TestCouch;

beforeAll(async () => {
  couch = await startCouch();
  await couch.addStudent('alice', 'alice-pw');
  await couch.addStudent('bob', 'bob-pw');
  await couch.addStudent('김민지', 'minji-pw');
}, 60_000);

afterAll(() => couch?.stop());

/** A device signed in: its place on the server and its browser's requests, cookie and all. */
async function signedIn(name: string, password: string): Promise<{ at: Couch; send: typeof fetch }> {
  const send = browserFetch();
  const result = await signIn(couch.url, name, password, send);
  if (!result.ok) throw new Error(`sign-in failed: ${result.error}`);
  return { at: result.value, send };
}

describe('signIn', () => {
  it('signs in with the server’s session cookie and names the student’s own database', async () => {
    const send = browserFetch();
    const result = await signIn(couch.url, 'alice', 'alice-pw', send);
    expect(result).toEqual({ ok: true, value: { server: couch.url, database: 'userdb-616c696365', name: 'alice' } });
    expect(await whoIsSignedIn(couch.url, send)).toEqual({ ok: true, value: 'alice' });
  });

  it('signs in a Korean name to its hex-named database', async () => {
    const result = await signIn(couch.url, '김민지', 'minji-pw', browserFetch());
    expect(result.ok && result.value.database).toBe('userdb-eab980ebafbceca780');
  });

  it.each([
    ['a wrong password', 'alice', 'nope', 'wrong-password'],
    ['an unknown student', 'mallory', 'alice-pw', 'wrong-password'],
  ])('refuses %s', async (_name, name, password, error) => {
    expect(await signIn(couch.url, name, password, browserFetch())).toEqual({ ok: false, error });
  });

  it('says so when the browser keeps no cookie of the server, rather than calling the password wrong', async () => {
    expect(await signIn(couch.url, 'alice', 'alice-pw', browserFetch({ keepsCookies: false }))).toEqual({ ok: false, error: 'cookie-blocked' });
  });

  it('tells an unreachable server', async () => {
    expect(await signIn('http://127.0.0.1:9/', 'alice', 'alice-pw', browserFetch())).toEqual({ ok: false, error: 'unreachable' });
  });
});

/**
 * A browser's fetch to a server that answers no CORS request: the request itself fails as
 * a browser fails it (a TypeError, no status), and only an opaque `no-cors` request gets
 * through, when `there`. The URLs asked are kept.
 */
function corsBrowser(there: boolean): { send: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  const send = async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push(`${init?.mode ?? 'cors'} ${String(input)}`);
    if (init?.mode === 'no-cors' && there) return new Response(null, { status: 200 });
    throw new TypeError('Failed to fetch');
  };
  return { send, asked };
}

describe('a server the browser may not read', () => {
  it.each([
    ['is there without CORS for this site', true, 'cors'],
    ['is not there', false, 'unreachable'],
  ])('tells a server that %s', async (_case, there, error) => {
    const browser = corsBrowser(there);
    expect(await signIn('https://notes.example.org/couch/', 'alice', 'alice-pw', browser.send)).toEqual({ ok: false, error });
    // The probe asks a path of the server, never its root: behind the site's origin the service worker answers for URLs ending in a slash.
    expect(browser.asked).toEqual(['cors https://notes.example.org/couch/_session', 'no-cors https://notes.example.org/couch/_session']);
  });
});

describe('a request the server never finishes', () => {
  it('is given up after a time, as an unreachable server, without a probe', async () => {
    const asked: { url: string; timed: boolean }[] = [];
    // What the browser does when the request's time runs out.
    const send = async (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push({ url: String(input), timed: init?.signal instanceof AbortSignal });
      throw new DOMException('The operation timed out.', 'TimeoutError');
    };
    const couch = { server: 'https://notes.example.org/couch/', database: 'userdb-616c696365', name: 'alice' };
    expect(await pullChanges(couch, '0', 10, send)).toEqual({ ok: false, error: 'unreachable' });
    expect(asked).toEqual([{ url: 'https://notes.example.org/couch/userdb-616c696365/_changes?since=0&limit=10', timed: true }]);
  });
});

describe('push and pull', () => {
  it('stores each record once, however often it is pushed, and pulls them back from a checkpoint', async () => {
    const { at: alice, send } = await signedIn('alice', 'alice-pw');
    const first = recordDocs(log(['a1', 'a2', 'a3']));
    expect(await pushDocs(alice, first, send)).toEqual({ ok: true, value: { stored: ['attempt:a1', 'attempt:a2', 'attempt:a3'], refused: [] } });
    // Pushed again (a push cut off before its checkpoint was saved): already there, nothing doubled.
    expect(await pushDocs(alice, first, send)).toEqual({ ok: true, value: { stored: ['attempt:a1', 'attempt:a2', 'attempt:a3'], refused: [] } });

    const all = await pullChanges(alice, '0', 100, send);
    if (!all.ok) throw new Error(all.error);
    expect(all.value.ids.sort()).toEqual(['attempt:a1', 'attempt:a2', 'attempt:a3']);
    expect(all.value.more).toBe(false);
    const docs = await fetchDocs(alice, all.value.ids, send);
    if (!docs.ok) throw new Error(docs.error);
    expect(recordsFromDocs(docs.value)).toEqual({ records: log(['a1', 'a2', 'a3']), problems: [] });

    const nothing = await pullChanges(alice, all.value.lastSeq, 100, send);
    expect(nothing.ok && nothing.value.ids).toEqual([]);
    await pushDocs(alice, recordDocs(log(['a4'])), send);
    const since = await pullChanges(alice, all.value.lastSeq, 100, send);
    expect(since.ok && since.value.ids).toEqual(['attempt:a4']);
  });

  it('pages through many changes, `limit` at a time', async () => {
    const { at: bob, send } = await signedIn('bob', 'bob-pw');
    const ids = ['b1', 'b2', 'b3', 'b4', 'b5'];
    await pushDocs(bob, recordDocs(log(ids)), send);
    const pulled: string[] = [];
    let since = '0';
    for (let page = 0; page < 10; page += 1) {
      const result = await pullChanges(bob, since, 2, send);
      if (!result.ok) throw new Error(result.error);
      pulled.push(...result.value.ids);
      since = result.value.lastSeq;
      if (!result.value.more) break;
    }
    expect(pulled.sort()).toEqual(ids.map((id) => `attempt:${id}`));
  });

  it('refuses another student’s database, by name', async () => {
    const { at: bob, send } = await signedIn('bob', 'bob-pw');
    const intoAlice: Couch = { ...bob, database: 'userdb-616c696365' };
    expect(await pushDocs(intoAlice, recordDocs(log(['x1'])), send)).toEqual({ ok: false, error: 'forbidden' });
    expect(await pullChanges(intoAlice, '0', 10, send)).toEqual({ ok: false, error: 'forbidden' });
    expect(await fetchDocs(intoAlice, ['attempt:a1'], send)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('signs out: the server no longer names the student', async () => {
    const { send } = await signedIn('alice', 'alice-pw');
    expect(await signOut(couch.url, send)).toEqual({ ok: true, value: null });
    expect(await whoIsSignedIn(couch.url, send)).toEqual({ ok: true, value: null });
  });

  it('says the session ended when the device has none (expired, or signed out elsewhere)', async () => {
    const { at: alice } = await signedIn('alice', 'alice-pw');
    const noSession = browserFetch();
    expect(await pushDocs(alice, recordDocs(log(['a9'])), noSession)).toEqual({ ok: false, error: 'signed-out' });
    expect(await pullChanges(alice, '0', 10, noSession)).toEqual({ ok: false, error: 'signed-out' });
  });
});

describe('one document, read and written over its revision', () => {
  const doc = { _id: 'settings', settings: { retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 }, updatedAt: '2026-12-01T09:00:00.000Z' };

  it('reads none before it is written, writes it, and writes over only the revision read', async () => {
    const { at: alice, send } = await signedIn('alice', 'alice-pw');
    const id = 'settings-write-over';
    expect(await getDoc(alice, id, send)).toEqual({ ok: true, value: null });
    expect(await putDoc(alice, { ...doc, _id: id }, send)).toEqual({ ok: true, value: 'stored' });

    const first = await getDoc(alice, id, send);
    if (!first.ok) throw new Error(first.error);
    expect(first.value).toMatchObject({ ...doc, _id: id, _rev: expect.stringMatching(/^1-/) });
    const rev = object({ _rev: string() }).parse(first.value)._rev;

    // Written again without the revision, or over it once it is gone: another device wrote first.
    expect(await putDoc(alice, { ...doc, _id: id }, send)).toEqual({ ok: true, value: 'conflict' });
    expect(await putDoc(alice, { ...doc, _id: id, _rev: rev, updatedAt: '2026-12-02T09:00:00.000Z' }, send)).toEqual({ ok: true, value: 'stored' });
    expect(await putDoc(alice, { ...doc, _id: id, _rev: rev }, send)).toEqual({ ok: true, value: 'conflict' });
    const second = await getDoc(alice, id, send);
    expect(second.ok && second.value).toMatchObject({ updatedAt: '2026-12-02T09:00:00.000Z', _rev: expect.stringMatching(/^2-/) });

    // Deleted (by hand, on the server): none again, and written anew with no revision.
    const latest = object({ _rev: string() }).parse(second.ok && second.value)._rev;
    await send(new URL(`${alice.database}/${id}?rev=${latest}`, alice.server), { method: 'DELETE', credentials: 'include' });
    expect(await getDoc(alice, id, send)).toEqual({ ok: true, value: null });
    expect(await putDoc(alice, { ...doc, _id: id }, send)).toEqual({ ok: true, value: 'stored' });
  });

  it('refuses another student’s database, and a device with no session, by name', async () => {
    const { at: bob, send } = await signedIn('bob', 'bob-pw');
    const intoAlice: Couch = { ...bob, database: 'userdb-616c696365' };
    expect(await getDoc(intoAlice, 'settings', send)).toEqual({ ok: false, error: 'forbidden' });
    expect(await putDoc(intoAlice, doc, send)).toEqual({ ok: false, error: 'forbidden' });
    const noSession = browserFetch();
    expect(await getDoc(bob, 'settings', noSession)).toEqual({ ok: false, error: 'signed-out' });
    expect(await putDoc(bob, doc, noSession)).toEqual({ ok: false, error: 'signed-out' });
  });

  it('tells a database that is not on the server from a document that is not in it', async () => {
    const { at: alice, send } = await signedIn('alice', 'alice-pw');
    const missing: Couch = { ...alice, database: 'userdb-00' };
    expect(await getDoc(missing, 'settings', send)).toEqual({ ok: false, error: 'no-database' });
  });

  it('tells an unreachable server', async () => {
    const nowhere: Couch = { server: 'http://127.0.0.1:9/', database: 'userdb-616c696365', name: 'alice' };
    expect(await getDoc(nowhere, 'settings', browserFetch())).toEqual({ ok: false, error: 'unreachable' });
    expect(await putDoc(nowhere, doc, browserFetch())).toEqual({ ok: false, error: 'unreachable' });
  });
});
