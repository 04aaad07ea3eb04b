import { SYNC_ACCOUNT_KEY } from '@/lib/sync/account-key';
import { accountText, placeOf, readAccount, type SyncAccount } from '@/lib/sync/sync-account';
import { recordDocs } from '@/lib/sync/sync-docs';
import { waitingCount } from '@/lib/sync/push-plan';
import { AFTER_CHANGE_MS, AFTER_LIVE_MS, FALLBACK_MS, retryDelay } from '@/lib/sync/sync-timing';
import { signIn, signOut, type Couch, type Result, type WireError } from '@/components/sync/couch-client';
import { waitForChange } from '@/components/sync/live-feed';
import { syncOnce, syncSettings, type SyncLog } from '@/components/sync/sync-engine';
import type { SyncState } from '@/components/sync/sync-state';
import type { StudyStore } from '@/components/study/progress-store';

/*
 * Sync stage 6, when: one runner per tab, started when the student signs in (or the page
 * finds an account saved) and stopped when they sign out. A round runs after answers (a
 * short wait gathers a burst into one request), when the page comes back into view or the
 * network returns, when the live feed says another device wrote, and every few minutes
 * as a fallback. Rounds never overlap, in this tab or across tabs (a Web Lock), and one tab
 * per browser holds the live feed. Its state is what the header and the sync section show.
 */

export type SyncPhase = 'off' | 'syncing' | 'synced' | 'offline' | 'error';

/** Why the last round failed: the wire's reason, or this device's own store refusing a write or read. */
export type RoundError = WireError | 'device-error';

export type SyncView = {
  account: SyncAccount | null;
  phase: SyncPhase;
  /** When the last round ended well (ms since the epoch). */
  lastSynced: number | null;
  /** Records not yet on the server; null until counted. */
  waiting: number | null;
  error: RoundError | null;
  /** Documents on the server that did not read as records, left there. */
  unread: number;
};

/** Errors a retry cannot mend: the student must sign in again (or fix the account). */
const NEEDS_STUDENT: ReadonlySet<WireError> = new Set(['signed-out', 'forbidden', 'wrong-password', 'cookie-blocked', 'unauthorized']);

export const needsStudent = (error: RoundError | null): boolean => error !== null && error !== 'device-error' && NEEDS_STUDENT.has(error);

/** What the runner needs from the browser; tests give their own. */
export type RunnerEnv = {
  log: () => Promise<SyncLog & Pick<StudyStore, 'settingsRecord' | 'mergeSettings' | 'subscribe'>>;
  state: (place: string) => SyncState;
  send: typeof fetch;
  storage: () => Storage | null;
  online: () => boolean;
  now: () => number;
  /** Runs `task` alone among every tab of this site (Web Locks), or at once where there are none. */
  alone: <T>(name: string, task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;
  listen: (onEvent: (kind: 'focus' | 'online' | 'offline' | 'account') => void) => () => void;
  /** Tells this tab's header that the account changed. */
  announce: () => void;
};

const OFF: SyncView = { account: null, phase: 'off', lastSynced: null, waiting: null, error: null, unread: 0 };

export function createSyncRunner(env: RunnerEnv) {
  let view: SyncView = OFF;
  const listeners = new Set<() => void>();
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  /** The log changed since the last count of what waits: an answer that count may have missed. */
  let changed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallback: ReturnType<typeof setInterval> | undefined;
  let live: AbortController | null = null;
  let unlisten: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;

  const set = (change: Partial<SyncView>) => {
    view = { ...view, ...change };
    for (const listener of listeners) listener();
  };

  const couchOf = (account: SyncAccount): Couch => ({ server: account.server, database: account.database, name: account.name });

  function later(delay: number): void {
    clearTimeout(timer);
    timer = setTimeout(() => void round(), delay);
  }

  /** Counts what waits to be sent, without the network: for the offline badge. */
  async function countWaiting(account: SyncAccount): Promise<void> {
    const log = await env.log();
    const held = await env.state(placeOf(account)).held();
    if (view.account === account) set({ waiting: waitingCount(recordDocs(await log.allRecords()), held) });
  }

  async function once(account: SyncAccount): Promise<void> {
    if (!env.online()) {
      set({ phase: 'offline' });
      await countWaiting(account);
      return;
    }
    set({ phase: 'syncing' });
    const log = await env.log();
    const state = env.state(placeOf(account));
    const couch = couchOf(account);
    const outcome = await env.alone('aws-notes-sync-round', async (): Promise<Result<number>> => {
      const records = await syncOnce(couch, log, state, env.send);
      if (!records.ok) return records;
      const settings = await syncSettings(couch, log, env.send);
      if (!settings.ok) return settings;
      return { ok: true, value: records.value.problems.length };
    });
    if (view.account !== account) return;
    if (outcome.ok) {
      failures = 0;
      set({ phase: 'synced', lastSynced: env.now(), error: null, unread: outcome.value });
      changed = false;
      await countWaiting(account);
      // Answers given while the round ran: they go in the next one. One given as the count
      // read the log is missing from it, and the store told of it while the round ran, when
      // no wait is set: `changed` keeps it from waiting for the fallback.
      if ((view.waiting ?? 0) > 0 || changed) later(AFTER_CHANGE_MS);
      return;
    }
    failures += 1;
    const offline = !env.online() && (outcome.error === 'unreachable' || outcome.error === 'cors');
    set({ phase: offline ? 'offline' : 'error', error: offline ? null : outcome.error });
    await countWaiting(account);
    if (needsStudent(outcome.error)) stopLive();
    else if (!offline) later(retryDelay(failures));
  }

  /** One round now, or right after the one running. */
  async function round(): Promise<void> {
    clearTimeout(timer);
    const account = view.account;
    if (!account) return;
    if (running) {
      again = true;
      return running;
    }
    running = once(account)
      .catch(() => {
        // The store threw (a write refused, a transaction aborted): a failure like any
        // other, tried again after a wait, or a pull stopped part-way would wait for the fallback.
        if (view.account !== account) return;
        failures += 1;
        set({ phase: 'error', error: 'device-error' });
        later(retryDelay(failures));
      })
      .finally(() => {
        running = null;
      });
    await running;
    if (again) {
      again = false;
      await round();
    }
  }

  /** The live feed, held by one tab of this browser at a time; the others wait their turn. */
  function startLive(account: SyncAccount): void {
    stopLive();
    if (!env.online()) return;
    const controller = new AbortController();
    live = controller;
    const { signal } = controller;
    env
      .alone(
        'aws-notes-sync-live',
        async () => {
          while (!signal.aborted && view.account === account) {
            const since = await env.state(placeOf(account)).since();
            const heard = await waitForChange(couchOf(account), since, signal, env.send);
            if (heard === 'stopped') return;
            if (heard === 'changed') {
              await pause(AFTER_LIVE_MS, signal);
              await round();
            }
            if (heard === 'failed' || (heard === 'changed' && view.phase === 'error')) await pause(retryDelay(Math.max(failures, 1)), signal);
          }
        },
        signal,
      )
      .catch(() => undefined);
  }

  function stopLive(): void {
    live?.abort();
    live = null;
  }

  function onEvent(kind: 'focus' | 'online' | 'offline' | 'account'): void {
    const account = view.account;
    if (kind === 'account') {
      const saved = readAccount(env.storage()?.getItem(SYNC_ACCOUNT_KEY) ?? null);
      if (saved && (!account || accountText(saved) !== accountText(account))) start(saved);
      else if (!saved && account) stop();
      return;
    }
    if (!account) return;
    if (kind === 'offline') {
      stopLive();
      set({ phase: 'offline' });
      void countWaiting(account);
      return;
    }
    if (kind === 'online') startLive(account);
    // Focus and visibility come together on return to the page: one round for both.
    if (kind === 'focus' && running) return;
    // A student who signed in again on the sync section is not kept waiting by an old error.
    if (view.phase === 'error' && needsStudent(view.error) && kind === 'focus') return;
    void round();
  }

  function start(account: SyncAccount): void {
    stop();
    failures = 0;
    set({ ...OFF, account, phase: env.online() ? 'syncing' : 'offline' });
    unlisten = env.listen(onEvent);
    void env.log().then((log) => {
      if (view.account !== account) return;
      // Every change the store announces (an answer, a mark, an import) may be something to send.
      unsubscribe = log.subscribe(() => {
        changed = true;
        if (!running) later(AFTER_CHANGE_MS);
      });
    });
    // Not while the student must sign in again: each try would only be refused.
    fallback = setInterval(() => !(view.phase === 'error' && needsStudent(view.error)) && void round(), FALLBACK_MS);
    startLive(account);
    void round();
  }

  function stop(): void {
    clearTimeout(timer);
    clearInterval(fallback);
    stopLive();
    unlisten?.();
    unsubscribe?.();
    unlisten = null;
    unsubscribe = null;
    if (view.account) set(OFF);
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): SyncView => view,

    /** Starts with the account this browser saved, if any. */
    resume(): void {
      const saved = readAccount(env.storage()?.getItem(SYNC_ACCOUNT_KEY) ?? null);
      if (saved && !view.account) start(saved);
    },

    /** Signs in (the password goes to the server once, and no further) and starts syncing. */
    async signIn(server: string, name: string, password: string, database?: string): Promise<Result<SyncAccount>> {
      const signed = await signIn(server, name, password, env.send);
      if (!signed.ok) return signed;
      const account: SyncAccount = { server, name, database: database || signed.value.database, signedInAt: new Date(env.now()).toISOString() };
      env.storage()?.setItem(SYNC_ACCOUNT_KEY, accountText(account));
      start(account);
      env.announce();
      return { ok: true, value: account };
    },

    /** Ends the session on the server; the record on this device stays as it is. */
    async signOut(): Promise<void> {
      const account = view.account;
      const inFlight = running;
      env.storage()?.removeItem(SYNC_ACCOUNT_KEY);
      stop();
      env.announce();
      // A round still under way would bring back a renewed session cookie after the sign-out.
      await inFlight?.catch(() => undefined);
      if (account) await signOut(account.server, env.send);
    },

    syncNow: (): Promise<void> => round(),
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(wait);
      resolve();
    };
    const wait = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
