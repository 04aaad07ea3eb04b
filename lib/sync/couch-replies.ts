import { array, boolean, nullable, number, object, optional, string, union, unknown } from 'zod/mini';

/*
 * Sync stage 2, CouchDB's side: where a student's log lives on the server and how its
 * replies read. The client (components/sync) sends; these read what came back, each reply
 * by its schema, so a server that answers otherwise is an error with a name, never a
 * half-read batch.
 */

/** CouchDB's `couch_peruser` database of a user: `userdb-` and the name's UTF-8 bytes in hex. */
export function userDatabase(name: string): string {
  const hex = [...new TextEncoder().encode(name)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `userdb-${hex}`;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The server's address as given, or why it cannot be used: a password goes only over https, except to this machine. */
export function serverAddress(text: string): { ok: true; url: string } | { ok: false; problem: 'not-a-url' | 'not-https' } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-a-url' };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) return { ok: false, problem: 'not-https' };
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return { ok: false, problem: 'not-a-url' };
  return { ok: true, url: url.href.endsWith('/') ? url.href : `${url.href}/` };
}

/** `GET /_session`: who the cookie says the student is; no name when the browser sent no cookie. */
const sessionReplySchema = object({ userCtx: object({ name: nullable(string()) }) });

export function sessionName(reply: unknown): string | null | undefined {
  const parsed = sessionReplySchema.safeParse(reply);
  return parsed.success ? parsed.data.userCtx.name : undefined;
}

const storedSchema = object({ id: string(), rev: string() });
const refusedSchema = object({ id: string(), error: string(), reason: optional(string()) });
const bulkReplySchema = array(union([storedSchema, refusedSchema]));

export type PushOutcome = { stored: string[]; refused: { id: string; error: string }[] };

/**
 * `POST _bulk_docs`, document by document. A conflict is a document already there (a
 * record is never changed, so a second write of it can only be the same record): stored.
 */
export function pushOutcome(reply: unknown): PushOutcome | null {
  const parsed = bulkReplySchema.safeParse(reply);
  if (!parsed.success) return null;
  const outcome: PushOutcome = { stored: [], refused: [] };
  for (const item of parsed.data) {
    if ('rev' in item || item.error === 'conflict') outcome.stored.push(item.id);
    else outcome.refused.push({ id: item.id, error: item.error });
  }
  return outcome;
}

/** CouchDB 3's sequences are opaque strings, PouchDB's numbers: kept as text, sent back as given. */
const seqSchema = union([string(), number()]);
const changesReplySchema = object({
  results: array(object({ id: string(), seq: seqSchema, deleted: optional(boolean()) })),
  last_seq: seqSchema,
  pending: optional(number()),
});

export type ChangesPage = { ids: string[]; lastSeq: string; more: boolean };

/**
 * `GET _changes`: the ids of the documents written since the checkpoint, and where to go
 * on from; `more` when the server said some are left. Ids only: the documents this device
 * already holds (its own pushes among them) are never fetched back.
 */
export function changesPage(reply: unknown, limit: number): ChangesPage | null {
  const parsed = changesReplySchema.safeParse(reply);
  if (!parsed.success) return null;
  const { results, last_seq: lastSeq, pending } = parsed.data;
  const ids = results.flatMap((change) => (change.deleted ? [] : [change.id]));
  return { ids, lastSeq: String(lastSeq), more: pending === undefined ? results.length >= limit : pending > 0 };
}

const allDocsReplySchema = object({
  rows: array(union([object({ id: string(), doc: unknown() }), object({ key: string(), error: string() })])),
});

/** `POST _all_docs?include_docs=true` with the ids wanted: the documents found (one deleted since reads as none). */
export function docsFound(reply: unknown): unknown[] | null {
  const parsed = allDocsReplySchema.safeParse(reply);
  if (!parsed.success) return null;
  return parsed.data.rows.flatMap((row) => ('doc' in row && row.doc !== null && row.doc !== undefined ? [row.doc] : []));
}

export type SyncError = 'wrong-password' | 'forbidden' | 'unauthorized' | 'no-database' | 'server-full' | 'too-large' | 'server-error';

const errorBodySchema = object({ error: optional(string()), reason: optional(string()) });

/**
 * What an error status means to the student. `signIn`: the reply is to the sign-in itself,
 * where 401 is a wrong name or password. Elsewhere CouchDB says 403 for another student's
 * database and 401 for a session that ended, while PouchDB Server says 401 for both.
 */
export function replyError(status: number, body: unknown, signIn: boolean): SyncError {
  const { error } = errorBodySchema.safeParse(body).data ?? {};
  if (status === 401) return signIn ? 'wrong-password' : 'unauthorized';
  if (status === 403) return 'forbidden';
  // Only database requests reach here: the student's database is not on the server (couch_peruser off, or a name mistyped).
  if (status === 404) return 'no-database';
  if (status === 413) return 'too-large';
  if (status === 507 || error === 'insufficient_storage') return 'server-full';
  return 'server-error';
}
