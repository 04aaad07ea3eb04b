import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/*
 * What this device knows of one student's database on one server: which documents the
 * server holds (pushed, or pulled from it) and the checkpoint of the last pull. Its own
 * IndexedDB database, apart from the study log's, so sync costs the log nothing and
 * signing in elsewhere starts afresh. Each fact is saved only once it holds: a pull's
 * checkpoint after its records are written, a push's ids after the server stored them.
 */

export type SyncState = {
  held: () => Promise<ReadonlySet<string>>;
  markHeld: (ids: readonly string[]) => Promise<void>;
  since: () => Promise<string>;
  setSince: (seq: string) => Promise<void>;
};

type Schema = DBSchema & {
  held: { key: [string, string]; value: { place: string; id: string } };
  checkpoints: { key: string; value: { place: string; since: string } };
};

const NAME = 'aws-notes-sync';

let opening: Promise<IDBPDatabase<Schema>> | undefined;

function database(): Promise<IDBPDatabase<Schema>> {
  opening ??= openDB<Schema>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('held', { keyPath: ['place', 'id'] });
      db.createObjectStore('checkpoints', { keyPath: 'place' });
    },
  });
  return opening;
}

/** The sync state of one place: a student's database on a server (`https://host/|userdb-…`). */
export function syncState(place: string): SyncState {
  return {
    async held() {
      const keys = await (await database()).getAllKeys('held', IDBKeyRange.bound([place, ''], [place, '\uffff']));
      return new Set(keys.map(([, id]) => id));
    },
    async markHeld(ids) {
      const tx = (await database()).transaction('held', 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.put({ place, id })), tx.done]);
    },
    async since() {
      return (await (await database()).get('checkpoints', place))?.since ?? '0';
    },
    async setSince(since) {
      await (await database()).put('checkpoints', { place, since });
    },
  };
}
