import type { SyncState } from '@/components/sync/sync-state';

/** A device's sync state in memory, as `syncState()` keeps it in IndexedDB; `forget()` is a browser that lost it. */
export function memorySyncState(): SyncState & { forget: () => void } {
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
