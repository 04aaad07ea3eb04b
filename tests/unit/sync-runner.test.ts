import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn, whoIsSignedIn } from '@/components/sync/couch-client';
import { createSyncRunner, type RunnerEnv, type SyncRunner, type SyncView } from '@/components/sync/sync-runner';
import type { SyncState } from '@/components/sync/sync-state';
import { SYNC_ACCOUNT_KEY } from '@/lib/sync/account-key';
import type { Attempt } from '@/lib/study/log';
import type { LogRecords } from '@/lib/study/transfer';
import { memorySyncState } from '../support/memory-sync-state';
import { browserFetch, type BrowserFetch } from '../support/browser-fetch';
import { startCouch, studentDatabase, type TestCouch } from '../support/couch-server';
import { FakeStorage } from './fake-browser';

/*
 * The runner that decides when a tab syncs, on a real CouchDB protocol server
 * (pouchdb-server, in memory) with real timers: what the student sees (the view) and
 * what the server holds after signing in, answering, losing the network, another device
 * writing, the session ending, signing out and reloading. The browser around it is a
 * test's own: a memory log, a cookie-jar fetch that counts what it sends, and events
 * fired by hand.
 */

/** The runner's promise to a student who answers: on the server this long after the last answer of a burst. */
const DEBOUNCE_MS = 2_000;
/** Slack for a round's few local requests on top of a wait the runner sets itself. */
const MARGIN_MS = 1_500;
/** The first wait before a retry after a failed round. */
const FIRST_RETRY_MS = 5_000;
const NOW = Date.parse('2026-12-01T09:00:00.000Z');
const PASSWORD = 'correct-horse-7';
const OFF: SyncView = { account: null, phase: 'off', lastSynced: null, waiting: null, error: null, unread: 0 };

type EventKind = Parameters<Parameters<RunnerEnv['listen']>[0]>[0];
type RunnerLog = Awaited<ReturnType<RunnerEnv['log']>>;

/** The study log as the runner sees it, merged by id, telling its watchers of every change as the store does. */
type MemoryLog = RunnerLog & {
  answer: (id: string) => Promise<void>;
  ids: () => string[];
  watchers: () => number;
  /** Runs `then` once, right after the next read of the whole log has taken its copy. */
  afterNextRead: (then: () => void) => void;
};

function memoryLog(ids: readonly string[] = []): MemoryLog {
  const attempts = new Map<string, Attempt>();
  const listeners = new Set<() => void>();
  let onRead: (() => void) | null = null;
  const addRecords = async (records: LogRecords) => {
    for (const attempt of records.attempts) attempts.set(attempt.id, attempt);
    for (const listener of listeners) listener();
  };
  for (const id of ids) attempts.set(id, attemptOf(id));
  return {
    allRecords: async () => {
      const copy = { attempts: [...attempts.values()], ratings: [], sessions: [], marks: [] };
      const then = onRead;
      onRead = null;
      then?.();
      return copy;
    },
    addRecords,
    settingsRecord: async () => null,
    mergeSettings: async () => false,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: (id) => addRecords({ attempts: [attemptOf(id)], ratings: [], sessions: [], marks: [] }),
    ids: () => [...attempts.keys()].sort(),
    watchers: () => listeners.size,
    afterNextRead: (then) => {
      onRead = then;
    },
  };
}

function attemptOf(id: string): Attempt {
  return { id, questionId: 'q1', fingerprint: 'f', chosen: ['A'], correct: true, at: '2026-12-01T08:00:00.000Z', mode: 'practice', revealed: false };
}

/** A browser's network: its cookie jar, every request it sent (`POST /db/_bulk_docs`, the live feed as `… live`) and those not yet answered in full. */
type Wire = {
  send: BrowserFetch;
  sent: string[];
  open: () => string[];
  /** The checkpoint each open live request waits from. */
  liveSince: () => string[];
  onSend: ((label: string) => void) | null;
};

function labelOf(url: URL, init?: RequestInit): string {
  const path = url.pathname.replace(/^\/userdb-[0-9a-f]+/, '/db');
  return `${init?.method ?? 'GET'} ${path}${url.searchParams.get('feed') === 'longpoll' ? ' live' : ''}`;
}

/** Rejects as an aborted fetch does once `signal` aborts, whatever `work` does. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const aborted = () => reject(new DOMException('This operation was aborted', 'AbortError'));
    if (signal.aborted) aborted();
    signal.addEventListener('abort', aborted, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', aborted));
  });
}

function newWire(): Wire {
  const browser = browserFetch();
  const open = new Map<number, { label: string; url: URL }>();
  let next = 0;
  const wire: Wire = {
    send: Object.assign(
      async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : input);
        const label = labelOf(url, init);
        const id = (next += 1);
        wire.sent.push(label);
        open.set(id, { label, url });
        wire.onSend?.(label);
        try {
          // Open until the body is in, as a long poll answers its headers at once and its body
          // when something changes. Node's fetch (undici, Node 20) sometimes leaves a body read
          // pending for good when the abort meets the body's end; a browser rejects it, as here.
          const response = await abortable(browser(input, init), init?.signal);
          await abortable(response.clone().arrayBuffer(), init?.signal);
          return response;
        } finally {
          open.delete(id);
        }
      },
      { cutAfter: browser.cutAfter },
    ),
    sent: [],
    open: () => [...open.values()].map((each) => each.label),
    liveSince: () => [...open.values()].flatMap(({ url }) => (url.searchParams.get('feed') === 'longpoll' ? [url.searchParams.get('since') ?? ''] : [])),
    onSend: null,
  };
  return wire;
}

/** A tab: its runner on a test browser whose network, storage and events the test holds. */
type Device = {
  runner: SyncRunner;
  view: () => SyncView;
  log: MemoryLog;
  storage: FakeStorage;
  wire: Wire;
  network: { online: boolean };
  announced: () => number;
  fire: (kind: EventKind) => void;
  listening: () => boolean;
  /** Another tab of this browser holds the live feed: this one's never starts. */
  liveElsewhere: boolean;
};

let couch: TestCouch;
let students = 0;
const made: Device[] = [];

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(() => couch?.stop());

// Every runner stopped, and its live feed and last requests over, before the next test.
afterEach(async () => {
  const devices = made.splice(0);
  for (const device of devices) {
    device.wire.send.cutAfter(null);
    if (device.view().account) await device.runner.signOut();
  }
  await vi.waitFor(() => expect(devices.flatMap((device) => device.wire.open())).toEqual([]), { timeout: 3_000 });
});

function device(log: MemoryLog = memoryLog(), { liveElsewhere = false } = {}): Device {
  const storage = new FakeStorage();
  const wire = newWire();
  const network = { online: true };
  const states = new Map<string, SyncState>();
  let handler: ((kind: EventKind) => void) | null = null;
  let announced = 0;
  const runner = createSyncRunner({
    log: async () => log,
    state: (place) => {
      const state = states.get(place) ?? memorySyncState();
      states.set(place, state);
      return state;
    },
    send: wire.send,
    storage: () => storage.asStorage(),
    online: () => network.online,
    now: () => NOW,
    alone: <T,>(name: string, task: () => Promise<T>, signal?: AbortSignal) =>
      // The lock the runner takes for the live feed (named as every tab names it), held for good by another tab.
      liveElsewhere && name === 'aws-notes-sync-live' ? abortable(new Promise<T>(() => undefined), signal) : task(),
    listen: (onEvent) => {
      handler = onEvent;
      return () => {
        handler = null;
      };
    },
    announce: () => {
      announced += 1;
    },
  });
  const tab: Device = { runner, view: () => runner.getSnapshot(), log, storage, wire, network, announced: () => announced, fire: (kind) => handler?.(kind), listening: () => handler !== null, liveElsewhere };
  made.push(tab);
  return tab;
}

/** A new student on the server. */
async function student(): Promise<string> {
  students += 1;
  const name = `runner${students}`;
  await couch.addStudent(name, PASSWORD);
  return name;
}

/** The account a sign-in saves, written out by hand. */
const accountOf = (name: string) => ({ server: couch.url, name, database: studentDatabase(name), signedInAt: '2026-12-01T09:00:00.000Z' });

const synced = (name: string): SyncView => ({ account: accountOf(name), phase: 'synced', lastSynced: NOW, waiting: 0, error: null, unread: 0 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const LIVE = 'GET /db/_changes live';
/** How long nothing may be sent for the runner to count as idle. */
const STILL_MS = 300;
const ADMIN = { Authorization: `Basic ${Buffer.from('admin:test-admin').toString('base64')}` };

/** Ids written to the student's database after `since`, as the admin reads its changes. */
async function writtenSince(name: string, since: string): Promise<string[]> {
  const response = await fetch(`${couch.url}${studentDatabase(name)}/_changes?since=${encodeURIComponent(since)}`, { headers: ADMIN });
  const body: { results: { id: string }[] } = await response.json();
  return body.results.map((change) => change.id);
}

/**
 * Synced and idle: nothing in flight but the live feed (none when another tab holds it),
 * the feed waiting from the server's latest change (a push of this tab's own still to come
 * back through it would start another round, late under load), and nothing sent for a while.
 */
async function quiet(tab: Device, name: string, timeout = 5_000): Promise<void> {
  const idle = async () => {
    expect(tab.view()).toEqual(synced(name));
    expect(tab.wire.open()).toEqual(tab.liveElsewhere ? [] : [LIVE]);
    for (const since of tab.wire.liveSince()) expect(await writtenSince(name, since)).toEqual([]);
  };
  const deadline = Date.now() + timeout;
  for (;;) {
    await vi.waitFor(idle, { timeout: Math.max(deadline - Date.now(), 100), interval: 50 });
    const sent = tab.wire.sent.length;
    await sleep(STILL_MS);
    const still = await idle().then(
      () => tab.wire.sent.length === sent,
      () => false,
    );
    if (still) return;
    if (Date.now() > deadline) throw new Error('the runner kept sending');
  }
}

async function signedIn(tab: Device, name: string): Promise<void> {
  expect(await tab.runner.signIn(couch.url, name, PASSWORD)).toEqual({ ok: true, value: accountOf(name) });
  await quiet(tab, name);
}

/** Record ids on the server, as the admin lists them. */
const onServer = (name: string) => couch.docIds(name);
const attemptIds = (...ids: string[]) => ids.map((id) => `attempt:${id}`);

describe('createSyncRunner', { timeout: 20_000 }, () => {
  describe('signIn', () => {
    it('saves the account without the password, tells the header, and pushes the log in the first round', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1', 'a2']));
      expect(tab.view()).toEqual(OFF);
      expect(await tab.runner.signIn(couch.url, name, PASSWORD)).toEqual({ ok: true, value: accountOf(name) });
      expect(tab.storage.writes).toEqual([`set ${SYNC_ACCOUNT_KEY}`]);
      expect(JSON.parse(tab.storage.getItem(SYNC_ACCOUNT_KEY) ?? 'null')).toEqual(accountOf(name));
      expect([...tab.storage.data.values()].filter((value) => value.includes(PASSWORD))).toEqual([]);
      expect(tab.announced()).toBe(1);
      await quiet(tab, name);
      expect(await onServer(name)).toEqual(attemptIds('a1', 'a2'));
    });

    it.each([
      ['a wrong password', null, 'not-the-password'],
      ['an unknown student', 'nobody-here', PASSWORD],
    ])('refuses %s: nothing saved, nothing started', async (_case, who, password) => {
      const name = who ?? (await student());
      const tab = device(memoryLog(['a1']));
      expect(await tab.runner.signIn(couch.url, name, password)).toEqual({ ok: false, error: 'wrong-password' });
      await sleep(300);
      expect(tab.view()).toEqual(OFF);
      expect(tab.storage.writes).toEqual([]);
      expect(tab.announced()).toBe(0);
      expect(tab.listening()).toBe(false);
      expect(tab.wire.sent).toEqual(['POST /_session']);
    });
  });

  describe('after answers', () => {
    it('gathers a burst of answers into one push, on the server within the wait after the last', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1']));
      await signedIn(tab, name);
      const before = tab.wire.sent.length;
      await tab.log.answer('a2');
      await sleep(DEBOUNCE_MS / 2);
      // The burst is still gathering.
      expect(await onServer(name)).toEqual(attemptIds('a1'));
      await tab.log.answer('a3');
      await vi.waitFor(async () => expect(await onServer(name)).toEqual(attemptIds('a1', 'a2', 'a3')), { timeout: DEBOUNCE_MS + MARGIN_MS, interval: 100 });
      expect(tab.wire.sent.slice(before).filter((label) => label === 'POST /db/_bulk_docs')).toHaveLength(1);
      await quiet(tab, name);
    });

    it('sends an answer given while a round was finishing, rather than leaving it for the fallback', async () => {
      const name = await student();
      // Another tab holds the live feed: this tab's own would hear its own push and start another round, hiding a miss.
      const tab = device(memoryLog(['a1']), { liveElsewhere: true });
      await signedIn(tab, name);
      // The student answers again just as the round that pushes a2 counts what is left to send.
      tab.wire.onSend = (label) => {
        if (label !== 'POST /db/_bulk_docs') return;
        tab.wire.onSend = null;
        tab.log.afterNextRead(() => void tab.log.answer('a3'));
      };
      await tab.log.answer('a2');
      await vi.waitFor(() => expect(tab.log.ids()).toEqual(['a1', 'a2', 'a3']), { timeout: DEBOUNCE_MS + MARGIN_MS, interval: 20 });
      expect(await onServer(name)).toEqual(attemptIds('a1', 'a2'));
      await vi.waitFor(async () => expect(await onServer(name)).toEqual(attemptIds('a1', 'a2', 'a3')), { timeout: DEBOUNCE_MS + MARGIN_MS, interval: 100 });
      await quiet(tab, name);
    });
  });

  describe('the network', () => {
    it('offline: counts the answers waiting without trying the network, and sends them when it returns', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1']));
      await signedIn(tab, name);
      tab.network.online = false;
      tab.wire.send.cutAfter(0);
      tab.fire('offline');
      expect(tab.view()).toMatchObject({ phase: 'offline' });
      // The live feed is let go at once.
      await vi.waitFor(() => expect(tab.wire.open()).toEqual([]));
      const before = tab.wire.sent.length;
      for (const id of ['b1', 'b2', 'b3']) await tab.log.answer(id);
      await vi.waitFor(() => expect(tab.view()).toEqual({ ...synced(name), phase: 'offline', waiting: 3 }), { timeout: DEBOUNCE_MS + MARGIN_MS, interval: 50 });
      expect(tab.wire.sent.slice(before)).toEqual([]);

      tab.wire.send.cutAfter(null);
      tab.network.online = true;
      tab.fire('online');
      await quiet(tab, name);
      expect(await onServer(name)).toEqual(attemptIds('a1', 'b1', 'b2', 'b3'));
    });

    it('a network that drops while the browser says online: an error, then a retry after a wait, by itself', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1']));
      await signedIn(tab, name);
      tab.wire.send.cutAfter(0);
      await tab.log.answer('a2');
      await vi.waitFor(() => expect(tab.view()).toEqual({ ...synced(name), phase: 'error', error: 'unreachable', waiting: 1 }), { timeout: DEBOUNCE_MS + MARGIN_MS, interval: 50 });
      tab.wire.send.cutAfter(null);
      const before = tab.wire.sent.length;
      // Not hammered: nothing until the first retry's wait is nearly over.
      await sleep(FIRST_RETRY_MS - 1_000);
      expect(tab.wire.sent.slice(before)).toEqual([]);
      await quiet(tab, name);
      expect(await onServer(name)).toEqual(attemptIds('a1', 'a2'));
    });

    it('this device’s store refusing a pulled page: a device error, then a retry after a wait that takes it', async () => {
      const name = await student();
      await signedIn(device(memoryLog(['a1', 'a2'])), name);
      const log = memoryLog();
      const addRecords = log.addRecords;
      let refusals = 1;
      log.addRecords = async (records, options) => {
        if (refusals-- > 0) throw new DOMException('The transaction was aborted', 'AbortError');
        return addRecords(records, options);
      };
      // Another tab holds the live feed, so no change heard there starts the retry for this one.
      const tab = device(log, { liveElsewhere: true });
      expect(await tab.runner.signIn(couch.url, name, PASSWORD)).toEqual({ ok: true, value: accountOf(name) });
      await vi.waitFor(() => expect(tab.view()).toMatchObject({ phase: 'error', error: 'device-error' }), { timeout: MARGIN_MS, interval: 20 });
      expect(tab.log.ids()).toEqual([]);
      await quiet(tab, name, FIRST_RETRY_MS + MARGIN_MS * 2);
      expect(tab.log.ids()).toEqual(['a1', 'a2']);
    });
  });

  it('another device’s answer arrives through the live feed, with no event on this one', async () => {
    const name = await student();
    const [a, b] = [device(memoryLog(['a1'])), device(memoryLog(['b1']))];
    await signedIn(a, name);
    await signedIn(b, name);
    // A hears B's first push through its own feed.
    await vi.waitFor(() => expect(a.log.ids()).toEqual(['a1', 'b1']), { timeout: 3_000 });
    await quiet(a, name);
    await a.log.answer('a2');
    await vi.waitFor(() => expect(b.log.ids()).toEqual(['a1', 'a2', 'b1']), { timeout: DEBOUNCE_MS + 4_000, interval: 50 });
    await quiet(b, name);
    expect(await onServer(name)).toEqual(attemptIds('a1', 'a2', 'b1'));
  });

  it('a session that ended on the server: told once as signed-out, with no retry by itself or on focus, until signed in again', async () => {
    const name = await student();
    const tab = device(memoryLog(['a1']));
    await signedIn(tab, name);
    // The session cookie gone, as after a sign-out in another browser tab or its expiry.
    await tab.wire.send(new URL('_session', couch.url), { method: 'DELETE', credentials: 'include' });
    await tab.runner.syncNow();
    expect(tab.view()).toEqual({ ...synced(name), phase: 'error', error: 'signed-out' });
    await vi.waitFor(() => expect(tab.wire.open()).toEqual([]));
    const before = tab.wire.sent.length;
    // Longer than the first retry's wait.
    await sleep(FIRST_RETRY_MS + 1_000);
    tab.fire('focus');
    await sleep(300);
    expect(tab.wire.sent.slice(before)).toEqual([]);
    expect(tab.view()).toEqual({ ...synced(name), phase: 'error', error: 'signed-out' });
    // The account stays saved, for the sync section to ask for the password again.
    expect(JSON.parse(tab.storage.getItem(SYNC_ACCOUNT_KEY) ?? 'null')).toEqual(accountOf(name));
    await signedIn(tab, name);
  });

  it('signOut: the account forgotten here, the session ended, the log left as it is, and nothing runs after', async () => {
    const name = await student();
    const tab = device(memoryLog(['a1']));
    await signedIn(tab, name);
    await tab.runner.signOut();
    expect(tab.view()).toEqual(OFF);
    expect(tab.storage.getItem(SYNC_ACCOUNT_KEY)).toBeNull();
    expect(tab.announced()).toBe(2);
    expect(tab.listening()).toBe(false);
    expect(tab.log.watchers()).toBe(0);
    expect(tab.log.ids()).toEqual(['a1']);
    expect(tab.wire.sent.at(-1)).toBe('DELETE /_session');
    // The live feed aborted, not left to run out its long timeout.
    await vi.waitFor(() => expect(tab.wire.open()).toEqual([]), { timeout: 1_000 });
    expect(await whoIsSignedIn(couch.url, tab.wire.send)).toEqual({ ok: true, value: null });
    const before = tab.wire.sent.length;
    await tab.log.answer('a2');
    await sleep(DEBOUNCE_MS + 500);
    expect(tab.wire.sent.slice(before)).toEqual([]);
    expect(await onServer(name)).toEqual(attemptIds('a1'));
  });

  describe('resume', () => {
    it('starts with the account saved by an earlier page, on the session cookie the browser kept', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1']));
      expect((await signIn(couch.url, name, PASSWORD, tab.wire.send)).ok).toBe(true);
      tab.storage.setItem(SYNC_ACCOUNT_KEY, JSON.stringify(accountOf(name)));
      tab.runner.resume();
      await quiet(tab, name);
      expect(await onServer(name)).toEqual(attemptIds('a1'));
    });

    it.each([
      ['nothing saved', null],
      ['a saved account that is not JSON', '{"server":'],
      ['a saved account with no database', JSON.stringify({ server: 'http://127.0.0.1:5984/', name: 'runner' })],
    ])('stays off with %s', async (_case, saved) => {
      const tab = device(memoryLog(['a1']));
      if (saved !== null) tab.storage.setItem(SYNC_ACCOUNT_KEY, saved);
      tab.runner.resume();
      await sleep(300);
      expect(tab.view()).toEqual(OFF);
      expect(tab.listening()).toBe(false);
      expect(tab.wire.sent).toEqual([]);
    });
  });

  describe('another tab of the browser', () => {
    it('signed out there: this tab stops too', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1']));
      await signedIn(tab, name);
      tab.storage.removeItem(SYNC_ACCOUNT_KEY);
      tab.fire('account');
      expect(tab.view()).toEqual(OFF);
      expect(tab.listening()).toBe(false);
      expect(tab.log.watchers()).toBe(0);
      await vi.waitFor(() => expect(tab.wire.open()).toEqual([]), { timeout: 1_000 });
      expect(tab.log.ids()).toEqual(['a1']);
    });

    it('signed in again there after the session ended: this tab goes on from its error', async () => {
      const name = await student();
      const tab = device(memoryLog(['a1']));
      await signedIn(tab, name);
      await tab.wire.send(new URL('_session', couch.url), { method: 'DELETE', credentials: 'include' });
      await tab.runner.syncNow();
      expect(tab.view().error).toBe('signed-out');
      await tab.log.answer('a2');
      // The other tab's sign-in: a new session cookie, and the account saved again at a later time.
      expect((await signIn(couch.url, name, PASSWORD, tab.wire.send)).ok).toBe(true);
      tab.storage.setItem(SYNC_ACCOUNT_KEY, JSON.stringify({ ...accountOf(name), signedInAt: '2026-12-01T10:00:00.000Z' }));
      tab.fire('account');
      await vi.waitFor(async () => expect(await onServer(name)).toEqual(attemptIds('a1', 'a2')), { timeout: DEBOUNCE_MS + 4_000, interval: 100 });
      expect(tab.view()).toMatchObject({ phase: 'synced', error: null, waiting: 0 });
    });

    it('signed in there as another student: this tab follows, and syncs its log there', async () => {
      const [first, second] = [await student(), await student()];
      const tab = device(memoryLog(['a1']));
      await signedIn(tab, first);
      // The other tab shares the browser's cookies and its storage.
      expect((await signIn(couch.url, second, PASSWORD, tab.wire.send)).ok).toBe(true);
      tab.storage.setItem(SYNC_ACCOUNT_KEY, JSON.stringify(accountOf(second)));
      tab.fire('account');
      await quiet(tab, second);
      expect(await onServer(second)).toEqual(attemptIds('a1'));
    });
  });
});
