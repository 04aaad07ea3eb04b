import { changesPage, docsFound, pushOutcome, replyError, sessionName, userDatabase, type ChangesPage, type PushOutcome, type SyncError } from '@/lib/sync/couch-replies';
import type { RecordDoc } from '@/lib/sync/sync-docs';

/*
 * Sync stage 3, the wire: the few requests of CouchDB's HTTP API the sync needs, sent with
 * the browser's cookie from CouchDB's own session (`POST /_session`), so no password is
 * ever kept. Each call answers with what came back or a named failure; none throws.
 */

/** Failures the network itself gives: no server there, or a server the browser may not read (CORS). */
export type WireError = SyncError | 'signed-out' | 'unreachable' | 'cors' | 'cookie-blocked' | 'bad-reply';
export type Result<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** A signed-in student's place: the server and their own database on it. */
export type Couch = { server: string; database: string; name: string };

type Fetch = typeof fetch;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

async function bodyOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** A request that did not reach an answer: the server is not there, or it answered without CORS headers. */
async function unreached(server: string, send: Fetch): Promise<WireError> {
  try {
    // An opaque answer means a server is there; the real request was refused by CORS. Not
    // the server's root: behind the site's own origin (`/couch/`) the service worker keeps
    // URLs ending in a slash as pages and would answer for a server that is down.
    await send(new URL('_session', server), { mode: 'no-cors', credentials: 'omit' });
    return 'cors';
  } catch {
    return 'unreachable';
  }
}

/** Long enough for a page of 2,000 documents from a busy server; a stalled request fails and the round is tried again. */
export const REQUEST_TIMEOUT_MS = 60_000;

/** What came back: the status, for the few a caller takes as answers rather than failures, and the body. */
type Reply = { status: number; body: unknown };

type Passes = (status: number, body: unknown) => boolean;

/**
 * One request. Any status but a success is a named failure, except those `passes` lets
 * through: answers the caller reads (a document not there, a conflict). `signIn`: the
 * request is the sign-in itself.
 */
async function request(couch: Pick<Couch, 'server'>, path: string, init: RequestInit, send: Fetch, { signIn = false, passes = () => false }: { signIn?: boolean; passes?: Passes } = {}): Promise<Result<Reply>> {
  let response: Response;
  try {
    // A request the server or a proxy never finishes would hold the round, and every later one, forever.
    response = await send(new URL(path, couch.server), { ...init, credentials: 'include', headers: JSON_HEADERS, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return { ok: false, error: 'unreachable' };
    return { ok: false, error: await unreached(couch.server, send) };
  }
  const body = await bodyOf(response);
  if (!response.ok && !passes(response.status, body)) return { ok: false, error: replyError(response.status, body, signIn) };
  return { ok: true, value: { status: response.status, body } };
}

/**
 * Signs in with CouchDB's session: the cookie is the server's to keep, the password is
 * sent once. A browser that will not keep a cookie of another site (Safari) signs in and
 * is still nobody on the next request: that is told, not taken for a wrong password.
 */
export async function signIn(server: string, name: string, password: string, send: Fetch = fetch): Promise<Result<Couch>> {
  const couch = { server, database: userDatabase(name), name };
  const signed = await request(couch, '_session', { method: 'POST', body: JSON.stringify({ name, password }) }, send, { signIn: true });
  if (!signed.ok) return signed;
  const who = await whoIsSignedIn(server, send);
  if (!who.ok) return who;
  if (who.value !== name) return { ok: false, error: 'cookie-blocked' };
  return { ok: true, value: couch };
}

/** Who the server's cookie names; null when the browser sent none (signed out, or cookies blocked). */
export async function whoIsSignedIn(server: string, send: Fetch = fetch): Promise<Result<string | null>> {
  const reply = await request({ server }, '_session', { method: 'GET' }, send);
  if (!reply.ok) return reply;
  const name = sessionName(reply.value.body);
  return name === undefined ? { ok: false, error: 'bad-reply' } : { ok: true, value: name };
}

export async function signOut(server: string, send: Fetch = fetch): Promise<Result<null>> {
  const reply = await request({ server }, '_session', { method: 'DELETE' }, send);
  return reply.ok ? { ok: true, value: null } : reply;
}

/** A database's refusal, told apart: a session that ended, or another student's database. */
async function refusal(couch: Couch, error: WireError, send: Fetch): Promise<WireError> {
  if (error !== 'unauthorized') return error;
  const who = await whoIsSignedIn(couch.server, send);
  return who.ok && who.value === couch.name ? 'forbidden' : 'signed-out';
}

/** Writes one batch of record documents; each already there counts as stored. */
export async function pushDocs(couch: Couch, docs: readonly RecordDoc[], send: Fetch = fetch): Promise<Result<PushOutcome>> {
  const reply = await request(couch, `${couch.database}/_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs }) }, send);
  if (!reply.ok) return { ok: false, error: await refusal(couch, reply.error, send) };
  const outcome = pushOutcome(reply.value.body);
  if (!outcome) return { ok: false, error: 'bad-reply' };
  // PouchDB Server refuses a database document by document, where CouchDB refuses the request.
  const denied = outcome.refused.find((each) => each.error === 'unauthorized' || each.error === 'forbidden');
  if (denied) return { ok: false, error: await refusal(couch, denied.error === 'forbidden' ? 'forbidden' : 'unauthorized', send) };
  return { ok: true, value: outcome };
}

/** The ids of the documents written since `since` (a checkpoint the server gave; '0' for all), `limit` at most. */
export async function pullChanges(couch: Couch, since: string, limit: number, send: Fetch = fetch): Promise<Result<ChangesPage>> {
  const query = new URLSearchParams({ since, limit: String(limit) });
  const reply = await request(couch, `${couch.database}/_changes?${query}`, { method: 'GET' }, send);
  if (!reply.ok) return { ok: false, error: await refusal(couch, reply.error, send) };
  const page = changesPage(reply.value.body, limit);
  return page ? { ok: true, value: page } : { ok: false, error: 'bad-reply' };
}

/** The documents of these ids, in one request. */
export async function fetchDocs(couch: Couch, ids: readonly string[], send: Fetch = fetch): Promise<Result<unknown[]>> {
  if (ids.length === 0) return { ok: true, value: [] };
  const reply = await request(couch, `${couch.database}/_all_docs?include_docs=true`, { method: 'POST', body: JSON.stringify({ keys: ids }) }, send);
  if (!reply.ok) return { ok: false, error: await refusal(couch, reply.error, send) };
  const docs = docsFound(reply.value.body);
  return docs ? { ok: true, value: docs } : { ok: false, error: 'bad-reply' };
}

const NOT_FOUND = 404;
const CONFLICT = 409;
/** CouchDB's reasons for a document that is not there; a database that is not there is another 404 ('no_db_file', 'Database does not exist.'), a failure. */
const DOC_MISSING: ReadonlySet<unknown> = new Set(['missing', 'deleted']);

const docMissing: Passes = (status, body) => status === NOT_FOUND && typeof body === 'object' && body !== null && 'reason' in body && DOC_MISSING.has(body.reason);
const conflict: Passes = (status) => status === CONFLICT;

/** One document by id, as the server has it; null when it has none (never written, or deleted). */
export async function getDoc(couch: Couch, id: string, send: Fetch = fetch): Promise<Result<unknown>> {
  const reply = await request(couch, `${couch.database}/${encodeURIComponent(id)}`, { method: 'GET' }, send, { passes: docMissing });
  if (!reply.ok) return { ok: false, error: await refusal(couch, reply.error, send) };
  return { ok: true, value: reply.value.status === NOT_FOUND ? null : reply.value.body };
}

/**
 * Writes one document over the revision it names (none: a new document). A conflict is
 * an answer, not a failure: another device wrote it since it was read.
 */
export async function putDoc<Doc extends { _id: string; _rev?: string }>(couch: Couch, doc: Doc, send: Fetch = fetch): Promise<Result<'stored' | 'conflict'>> {
  const reply = await request(couch, `${couch.database}/${encodeURIComponent(doc._id)}`, { method: 'PUT', body: JSON.stringify(doc) }, send, { passes: conflict });
  if (!reply.ok) return { ok: false, error: await refusal(couch, reply.error, send) };
  return { ok: true, value: reply.value.status === CONFLICT ? 'conflict' : 'stored' };
}
