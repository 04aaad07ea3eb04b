import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Couch } from '@/components/sync/couch-client';
import { syncOnce, type SyncLog } from '@/components/sync/sync-engine';
import type { SyncState } from '@/components/sync/sync-state';
import type { Attempt } from '@/lib/study/log';
import type { LogRecords } from '@/lib/study/transfer';
import { startCouch, type TestCouch } from './couch-server';

/*
 * Sync rounds between devices through a CouchDB protocol server (pouchdb-server, in
 * memory): every device ends with the union of every device's records, nothing doubled on
 * the server, whatever was cut off on the way.
 */

/** A device's study log, merged by id as the store merges, and its sync state, kept across reloads. */
type BrowserFetch = typeof fetch & { cutAfter: (requests: number | null) => void };
type Device = { log: SyncLog & { ids: () => string[] }; state: SyncState & { forget: () => void }; send: BrowserFetch; couch: Couch };

function memoryLog(): Device['log'] {
  const attempts = new Map<string, Attempt>();
  return {
    allRecords: async () => ({ attempts: [...attempts.values()], ratings: [], sessions: [], marks: [] }),
    addRecords: async (records: LogRecords) => {
      for (const attempt of records.attempts) attempts.set(attempt.id, attempt);
    },
    ids: () => [...attempts.keys()].sort(),
  };
}

function answer(log: Device['log'], id: string): Promise<unknown> {
  return log.addRecords({ attempts: [{ id, questionId: `q-${id.length % 3}`, fingerprint: 'f', chosen: ['A'], correct: id.length % 2 === 0, at: '2026-12-01T09:00:00.000Z', mode: 'note', revealed: false }], ratings: [], sessions: [], marks: [] });
}

function memoryState(): Device['state'] {
  let held = new Set<string>();
  let since = '0';
  return {
    held: async () => new Set(held),
    markHeld: async (ids) => {
      held = new Set([...held, ...ids]);
    },
    since: async () => since,
    setSince: async (seq) => {
      since = seq;
    },
    forget: () => {
      held = new Set();
      since = '0';
    },
  };
}

/** A browser: its cookie jar, and a switch that cuts the network after `cutAfter` more requests. */
function browserFetch(): BrowserFetch {
  let cookie: string | null = null;
  let left: number | null = null;
  const send = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (left !== null) {
      if (left <= 0) throw new TypeError('network down');
      left -= 1;
    }
    const headers = new Headers(init?.headers);
    if (cookie && init?.credentials === 'include') headers.set('Cookie', cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.getSetCookie().at(-1);
    if (set) cookie = /^[^=]+=;/.test(set) ? null : (set.split(';')[0] ?? null);
    return response;
  };
  return Object.assign(send, { cutAfter: (requests: number | null) => (left = requests) });
}

let couch: TestCouch;
let students = 0;

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(() => couch?.stop());

/** A new student with `count` devices, each signed in. */
async function devices(count: number): Promise<Device[]> {
  students += 1;
  const name = `student${students}`;
  await couch.addStudent(name, 'pw');
  return Promise.all(
    Array.from({ length: count }, async () => {
      const send = browserFetch();
      const signed = await signIn(couch.url, name, 'pw', send);
      if (!signed.ok) throw new Error(signed.error);
      return { log: memoryLog(), state: memoryState(), send, couch: signed.value };
    }),
  );
}

async function sync(device: Device, batch?: number) {
  return syncOnce(device.couch, device.log, device.state, device.send, batch);
}

/** Every document id on the server, as the admin sees them. */
async function onServer(device: Device): Promise<string[]> {
  const response = await fetch(`${couch.url}${device.couch.database}/_all_docs`, { headers: { Authorization: `Basic ${Buffer.from('admin:test-admin').toString('base64')}` } });
  const body: { rows: { id: string }[] } = await response.json();
  return body.rows.map((row) => row.id).sort();
}

describe('syncOnce', () => {
  it('brings two devices to the union: one offline, one online, then both sync', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    for (const id of ['a1', 'a2', 'a3']) await answer(a.log, id);
    for (const id of ['b1', 'b2']) await answer(b.log, id);
    expect(await sync(b)).toEqual({ ok: true, value: { pulled: 0, pushed: 2, problems: [] } });
    expect(await sync(a)).toEqual({ ok: true, value: { pulled: 2, pushed: 3, problems: [] } });
    expect(await sync(b)).toEqual({ ok: true, value: { pulled: 3, pushed: 0, problems: [] } });
    expect(a.log.ids()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(b.log.ids()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(await onServer(a)).toEqual(['attempt:a1', 'attempt:a2', 'attempt:a3', 'attempt:b1', 'attempt:b2']);
    // A device's own pushes are never fetched back.
    expect(await sync(a)).toEqual({ ok: true, value: { pulled: 0, pushed: 0, problems: [] } });
  });

  it('a push cut off midway sends again only what was not confirmed, and nothing doubles', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) await answer(a.log, id);
    // The changes feed, then one batch of two, then the network goes.
    a.send.cutAfter(2);
    expect(await sync(a, 2)).toEqual({ ok: false, error: 'unreachable' });
    expect(await onServer(a)).toEqual(['attempt:a1', 'attempt:a2']);
    a.send.cutAfter(null);
    expect(await sync(a, 2)).toEqual({ ok: true, value: { pulled: 0, pushed: 3, problems: [] } });
    expect(await onServer(a)).toEqual(['attempt:a1', 'attempt:a2', 'attempt:a3', 'attempt:a4', 'attempt:a5']);
    expect(await sync(b)).toEqual({ ok: true, value: { pulled: 5, pushed: 0, problems: [] } });
  });

  it('a device that lost its sync state sends everything again: the server keeps one of each', async () => {
    const [a] = await devices(1);
    if (!a) throw new Error('no device');
    for (const id of ['a1', 'a2']) await answer(a.log, id);
    await sync(a);
    a.state.forget();
    expect(await sync(a)).toEqual({ ok: true, value: { pulled: 2, pushed: 0, problems: [] } });
    expect(await onServer(a)).toEqual(['attempt:a1', 'attempt:a2']);
  });

  it('random answers, syncs, network cuts and lost sync state on three devices end with each holding exactly the union', async () => {
    type Step = { device: number; kind: 'answer' | 'sync' | 'cut-sync' | 'forget'; cut: number };
    const step = fc.record({ device: fc.integer({ min: 0, max: 2 }), kind: fc.constantFrom<Step['kind']>('answer', 'answer', 'sync', 'cut-sync', 'forget'), cut: fc.integer({ min: 0, max: 4 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const all = await devices(3);
        const written: string[] = [];
        for (const [at, { device, kind, cut }] of steps.entries()) {
          const one = all[device];
          if (!one) continue;
          if (kind === 'answer') {
            const id = `d${device}-${at}`;
            written.push(id);
            await answer(one.log, id);
          } else if (kind === 'forget') one.state.forget();
          else {
            one.send.cutAfter(kind === 'cut-sync' ? cut : null);
            await sync(one, 2);
            one.send.cutAfter(null);
          }
        }
        // The network back: every device syncs, then once more to pull what the last ones pushed.
        for (const round of [0, 1]) for (const one of all) expect((await sync(one, 2)).ok, `round ${round}`).toBe(true);
        const union = [...written].sort();
        for (const one of all) expect(one.log.ids()).toEqual(union);
        const [first] = all;
        if (first) expect(await onServer(first)).toEqual(union.map((id) => `attempt:${id}`));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
