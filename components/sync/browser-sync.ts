import { SYNC_ACCOUNT_EVENT, SYNC_ACCOUNT_KEY } from '@/lib/sync/account-key';
import { loadStore } from '@/components/study/progress-client';
import { createSyncRunner, type RunnerEnv, type SyncRunner } from '@/components/sync/sync-runner';
import { syncState } from '@/components/sync/sync-state';

/*
 * The tab's one sync runner, on the browser's own parts: the study store, IndexedDB for
 * the sync state, Web Locks between tabs, and the page's focus, network and storage events.
 */

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

function alone<T>(name: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return new Promise<T>((resolve, reject) => {
    navigator.locks
      .request(name, { signal }, async () => {
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
      })
      .catch(reject);
  });
}

function listen(onEvent: Parameters<RunnerEnv['listen']>[0]): () => void {
  const focus = () => onEvent('focus');
  const visible = () => document.visibilityState === 'visible' && onEvent('focus');
  const online = () => onEvent('online');
  const offline = () => onEvent('offline');
  // Signed in or out in another tab.
  const account = (event: StorageEvent) => event.key === SYNC_ACCOUNT_KEY && onEvent('account');
  addEventListener('focus', focus);
  document.addEventListener('visibilitychange', visible);
  addEventListener('online', online);
  addEventListener('offline', offline);
  addEventListener('storage', account);
  return () => {
    removeEventListener('focus', focus);
    document.removeEventListener('visibilitychange', visible);
    removeEventListener('online', online);
    removeEventListener('offline', offline);
    removeEventListener('storage', account);
  };
}

let runner: SyncRunner | null = null;

export function syncRunner(): SyncRunner {
  runner ??= createSyncRunner({
    log: loadStore,
    state: syncState,
    send: (input, init) => fetch(input, init),
    storage,
    online: () => navigator.onLine,
    now: () => Date.now(),
    alone,
    listen,
    announce: () => dispatchEvent(new Event(SYNC_ACCOUNT_EVENT)),
  });
  return runner;
}
