import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { syncState } from '@/components/sync/sync-state';

/* What a device knows of each place it syncs with, in IndexedDB: kept apart per server and student, and kept across reloads. */

describe('syncState', () => {
  it('starts from nothing: no document held, the checkpoint at the start', async () => {
    const state = syncState('https://a.example/|userdb-01');
    expect(await state.held()).toEqual(new Set());
    expect(await state.since()).toBe('0');
  });

  it('keeps what it is told, once each, and the latest checkpoint', async () => {
    const state = syncState('https://a.example/|userdb-02');
    await state.markHeld(['attempt:a1', 'attempt:a2']);
    await state.markHeld(['attempt:a2', 'mark:m1']);
    await state.setSince('3-g1');
    await state.setSince('7-g1');
    // A reload: a new reader of the same place.
    const again = syncState('https://a.example/|userdb-02');
    expect(await again.held()).toEqual(new Set(['attempt:a1', 'attempt:a2', 'mark:m1']));
    expect(await again.since()).toBe('7-g1');
  });

  it('keeps each place apart: another student, or the same one on another server, starts afresh', async () => {
    await syncState('https://a.example/|userdb-03').markHeld(['attempt:x']);
    await syncState('https://a.example/|userdb-03').setSince('5');
    for (const other of ['https://a.example/|userdb-04', 'https://b.example/|userdb-03', 'https://a.example/|userdb-0']) {
      expect(await syncState(other).held()).toEqual(new Set());
      expect(await syncState(other).since()).toBe('0');
    }
  });
});
