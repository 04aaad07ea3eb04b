import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Couch } from '@/components/sync/couch-client';
import { syncOnce, syncSettings, type SyncLog, type SyncSettings } from '@/components/sync/sync-engine';
import type { SyncState } from '@/components/sync/sync-state';
import type { Attempt } from '@/lib/study/log';
import type { ScheduleSettings } from '@/lib/study/schedule-settings';
import type { LogRecords } from '@/lib/study/transfer';
import { memorySyncState } from '../support/memory-sync-state';
import { browserFetch, type BrowserFetch } from '../support/browser-fetch';
import { startCouch, type TestCouch } from '../support/couch-server';
import { browsersPerTest, openTab } from './study-fixtures';

/*
 * Sync rounds between devices through a CouchDB protocol server (pouchdb-server, in
 * memory): every device ends with the union of every device's records, nothing doubled on
 * the server, whatever was cut off on the way; and with the newest schedule settings.
 */

/** A device's study log, merged by id as the store merges, and its sync state, kept across reloads. */
type Device = { log: SyncLog & { ids: () => string[] }; state: SyncState & { forget: () => void }; settings: MemorySettings; send: BrowserFetch; couch: Couch };

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

/** A device's saved settings, as the store keeps them: a save stamped when made, a merge taken only when strictly newer. */
type MemorySettings = SyncSettings & { save: (settings: ScheduleSettings, at: string) => void; merged: string[] };

function memorySettings(): MemorySettings {
  let saved: { settings: ScheduleSettings; updatedAt: string } | null = null;
  const merged: string[] = [];
  return {
    settingsRecord: async () => saved,
    mergeSettings: async (settings, updatedAt) => {
      merged.push(updatedAt);
      if (saved && Date.parse(updatedAt) <= Date.parse(saved.updatedAt)) return false;
      saved = { settings, updatedAt };
      return true;
    },
    save: (settings, at) => {
      saved = { settings, updatedAt: at };
    },
    merged,
  };
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
      return { log: memoryLog(), state: memorySyncState(), settings: memorySettings(), send, couch: signed.value };
    }),
  );
}

async function sync(device: Device, batch?: number) {
  return syncOnce(device.couch, device.log, device.state, device.send, batch);
}

const ADMIN = { Authorization: `Basic ${Buffer.from('admin:test-admin').toString('base64')}`, 'Content-Type': 'application/json' };

/** Every document id on the server, as the admin sees them. */
async function onServer(device: Device): Promise<string[]> {
  const response = await fetch(`${couch.url}${device.couch.database}/_all_docs`, { headers: ADMIN });
  const body: { rows: { id: string }[] } = await response.json();
  return body.rows.map((row) => row.id).sort();
}

/** A log that, like the store, can leave its summaries for one settle at the end of a pull; it counts both. */
function settlingLog(): Device['log'] & { adds: boolean[]; settles: () => number } {
  const log = memoryLog();
  const adds: boolean[] = [];
  let settles = 0;
  return {
    ...log,
    addRecords: async (records, options) => {
      adds.push(options?.settle ?? true);
      await log.addRecords(records);
    },
    settle: async () => {
      settles += 1;
    },
    adds,
    settles: () => settles,
  };
}

describe('syncOnce, a pull of many pages', () => {
  it('writes each page unsettled and settles once, also when the pull is cut off part-way', async () => {
    const [a, b, c] = await devices(3);
    if (!a || !b || !c) throw new Error('no devices');
    // 4,100 answers: three pull pages of at most 2,000 ids.
    for (let index = 0; index < 4_100; index += 1) await answer(a.log, `a${index}`);
    expect(await sync(a)).toMatchObject({ ok: true, value: { pushed: 4_100 } });

    const full = { ...b, log: settlingLog() };
    expect(await sync(full)).toEqual({ ok: true, value: { pulled: 4_100, pushed: 0, problems: [] } });
    expect(full.log.adds).toEqual([false, false, false]);
    expect(full.log.settles()).toBe(1);

    const cut = { ...c, log: settlingLog() };
    // The first page's changes and documents, then the network goes.
    cut.send.cutAfter(2);
    expect(await sync(cut)).toEqual({ ok: false, error: 'unreachable' });
    expect(cut.log.ids()).toHaveLength(2_000);
    expect(cut.log.settles()).toBe(1);
    cut.send.cutAfter(null);
    expect(await sync(cut)).toEqual({ ok: true, value: { pulled: 2_100, pushed: 0, problems: [] } });
    expect(cut.log.ids()).toHaveLength(4_100);
    expect(cut.log.settles()).toBe(2);
  }, 60_000);
});

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

describe('syncSettings', () => {
  const mine = { retention: 0.85, learningSteps: ['30m'], maximumInterval: 90 };
  const theirs = { retention: 0.95, learningSteps: ['1h', '4h'], maximumInterval: 365 };
  const NINE = '2026-12-01T09:00:00.000Z';
  const TEN = '2026-12-01T10:00:00.000Z';

  const syncSettingsOf = (device: Device, send: typeof fetch = device.send) => syncSettings(device.couch, device.settings, send);

  /** The settings document as the admin reads it, or its absence. */
  async function settingsOnServer(device: Device): Promise<Record<string, unknown> | null> {
    const response = await fetch(`${couch.url}${device.couch.database}/settings`, { headers: ADMIN });
    return response.status === 404 ? null : await response.json();
  }

  const browser = browsersPerTest();

  it('carries the later save between two browsers’ own study stores', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    const [early, late] = [browser(), browser()];
    early.clock.now = Date.parse(NINE);
    late.clock.now = Date.parse(TEN);
    const onB = await openTab(early);
    const onA = await openTab(late);
    await onB.saveSettings(theirs);
    await onA.saveSettings(mine);
    for (const [device, store] of [[b, onB], [a, onA], [b, onB]] as const) expect((await syncSettings(device.couch, store, device.send)).ok).toBe(true);
    expect(onA.getSnapshot().settings).toEqual(mine);
    expect(onB.getSnapshot().settings).toEqual(mine);
    expect(await onB.settingsRecord()).toEqual({ settings: mine, updatedAt: TEN });
  });

  it('does nothing while no device has changed its settings', async () => {
    const [a] = await devices(1);
    if (!a) throw new Error('no device');
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'none' });
    expect(await settingsOnServer(a)).toBeNull();
  });

  it('brings both devices to the later save, whichever syncs first', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    b.settings.save(theirs, NINE);
    a.settings.save(mine, TEN);
    expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'pushed' });
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'pushed' });
    expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'pulled' });
    expect(await a.settings.settingsRecord()).toEqual({ settings: mine, updatedAt: TEN });
    expect(await b.settings.settingsRecord()).toEqual({ settings: mine, updatedAt: TEN });
    expect(await settingsOnServer(a)).toMatchObject({ settings: mine, updatedAt: TEN, _rev: expect.stringMatching(/^2-/) });
    // Settled: neither side moves again.
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'none' });
    expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'none' });
  });

  it('an older save never overwrites a newer one: the device takes the newer instead', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    a.settings.save(mine, TEN);
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'pushed' });
    b.settings.save(theirs, NINE);
    expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'pulled' });
    expect(await b.settings.settingsRecord()).toEqual({ settings: mine, updatedAt: TEN });
    expect(await settingsOnServer(a)).toMatchObject({ settings: mine, updatedAt: TEN, _rev: expect.stringMatching(/^1-/) });
  });

  it('a device that never changed its settings takes the other’s', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    a.settings.save(mine, NINE);
    await syncSettingsOf(a);
    expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'pulled' });
    expect(await b.settings.settingsRecord()).toEqual({ settings: mine, updatedAt: NINE });
  });

  it('a push that loses a race to another device is no failure: the next round settles it, newest winning', async () => {
    const [a, b] = await devices(2);
    if (!a || !b) throw new Error('no devices');
    a.settings.save(mine, TEN);
    b.settings.save(theirs, NINE);
    // B writes between A's read and A's write.
    let raced = false;
    const racing: typeof fetch = async (input, init) => {
      if (init?.method === 'PUT' && !raced) {
        raced = true;
        expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'pushed' });
      }
      return a.send(input, init);
    };
    expect(await syncSettingsOf(a, racing)).toEqual({ ok: true, value: 'none' });
    expect(await settingsOnServer(a)).toMatchObject({ settings: theirs, updatedAt: NINE });
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'pushed' });
    expect(await syncSettingsOf(b)).toEqual({ ok: true, value: 'pulled' });
    expect(await b.settings.settingsRecord()).toEqual({ settings: mine, updatedAt: TEN });
  });

  it.each([
    ['settings that do not read', { settings: { retention: 'lots' }, updatedAt: TEN }],
    ['no updatedAt', { settings: { retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 } }],
    ['an updatedAt that is no date', { settings: { retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 }, updatedAt: 'soon' }],
  ])('says so of a document with %s, and leaves it and the device’s own settings as they are', async (_name, body) => {
    const [a] = await devices(1);
    if (!a) throw new Error('no device');
    const put = await fetch(`${couch.url}${a.couch.database}/settings`, { method: 'PUT', headers: ADMIN, body: JSON.stringify(body) });
    expect(put.status).toBe(201);
    const before = await settingsOnServer(a);
    a.settings.save(mine, NINE);
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'unreadable' });
    expect(await settingsOnServer(a)).toEqual(before);
    expect(await a.settings.settingsRecord()).toEqual({ settings: mine, updatedAt: NINE });
    expect(a.settings.merged).toEqual([]);
  });

  it('tells a network cut between the read and the write, and goes on from scratch the next round', async () => {
    const [a] = await devices(1);
    if (!a) throw new Error('no device');
    a.settings.save(mine, NINE);
    a.send.cutAfter(1);
    expect(await syncSettingsOf(a)).toEqual({ ok: false, error: 'unreachable' });
    a.send.cutAfter(null);
    expect(await settingsOnServer(a)).toBeNull();
    expect(await syncSettingsOf(a)).toEqual({ ok: true, value: 'pushed' });
  });
});
