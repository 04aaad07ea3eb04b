import { changesPage } from '@/lib/sync/couch-replies';
import { LIVE_TIMEOUT_MS } from '@/lib/sync/sync-timing';
import type { Couch } from '@/components/sync/couch-client';

/*
 * Sync's live trigger: CouchDB's long-poll `_changes` feed, held open until a document is
 * written after the checkpoint (another device's answer) or the timeout passes. It only
 * says that something changed; the round that follows fetches it and tells any error by
 * name, so a failure here is just "failed".
 */

export type LiveOutcome = 'changed' | 'quiet' | 'failed' | 'stopped';

export async function waitForChange(couch: Couch, since: string, signal: AbortSignal, send: typeof fetch = fetch): Promise<LiveOutcome> {
  const query = new URLSearchParams({ feed: 'longpoll', since, limit: '1', timeout: String(LIVE_TIMEOUT_MS) });
  try {
    // The server answers within its timeout; a proxy that holds the request past that is cut, and the feed asks again.
    const limit = typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, AbortSignal.timeout(LIVE_TIMEOUT_MS + 30_000)]) : signal;
    const response = await send(new URL(`${couch.database}/_changes?${query}`, couch.server), { credentials: 'include', headers: { Accept: 'application/json' }, signal: limit });
    if (!response.ok) return 'failed';
    const page = changesPage(await response.json(), 1);
    if (!page) return 'failed';
    return page.ids.length > 0 ? 'changed' : 'quiet';
  } catch {
    return signal.aborted ? 'stopped' : 'failed';
  }
}
