/*
 * When the sync runs again, as numbers the runner is given: after an answer, a short
 * wait so a burst of answers goes in one request; after a failure, waits that grow so a
 * server that is down is not hammered; and how long ago the last sync reads.
 */

/** Answers within this long of each other are pushed together. */
export const AFTER_CHANGE_MS = 2_000;
/** After the live feed says another device wrote: its next batches, if it is pushing many, come in the same round. */
export const AFTER_LIVE_MS = 1_000;
/** A round in the background, in case the live feed missed something (a proxy cut it). */
export const FALLBACK_MS = 5 * 60_000;
/** How long the server may hold a live request open before answering "nothing new". */
export const LIVE_TIMEOUT_MS = 25_000;

const RETRY_STEPS_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000];

/** The wait before the next try after `failures` failed rounds in a row (1 for the first). */
export function retryDelay(failures: number): number {
  const index = Math.min(Math.max(failures, 1), RETRY_STEPS_MS.length) - 1;
  return RETRY_STEPS_MS[index] ?? RETRY_STEPS_MS[RETRY_STEPS_MS.length - 1] ?? 300_000;
}

export type Ago = { unit: 'now' } | { unit: 'minutes' | 'hours' | 'days'; count: number };

/** "just now", "2 minutes ago", … from the time of the last sync to now. */
export function agoOf(then: number, now: number): Ago {
  const minutes = Math.floor((now - then) / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}
