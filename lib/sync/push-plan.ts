import type { RecordDoc } from './sync-docs';

/*
 * Sync stage 4, what to send: the log's documents the server is not known to hold, in
 * batches. "Known to hold" is what a push stored or a pull brought: each record crosses
 * the network once, and a push cut off midway sends again only what it had not confirmed.
 */

export const PUSH_BATCH = 500;

export function pushBatches(docs: readonly RecordDoc[], held: ReadonlySet<string>, size = PUSH_BATCH): RecordDoc[][] {
  const todo = docs.filter((doc) => !held.has(doc._id));
  const batches: RecordDoc[][] = [];
  for (let at = 0; at < todo.length; at += size) batches.push(todo.slice(at, at + size));
  return batches;
}

/** How many of the log's records wait to be sent: what the header shows as "3 waiting". */
export function waitingCount(docs: readonly RecordDoc[], held: ReadonlySet<string>): number {
  return docs.reduce((count, doc) => (held.has(doc._id) ? count : count + 1), 0);
}
