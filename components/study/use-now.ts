import { useSyncExternalStore } from 'react';

/*
 * One clock for every due count on the page (the nav's, /review's, /stats'): read once a
 * minute and whenever a count appears, and shared, so two counts on one screen are always
 * judged from the same moment and a question falling due shows without a reload.
 */

const MINUTE = 60_000;

let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(tick, MINUTE);
  // A count that appears (a page opened, a review finished) reads the time afresh, for all.
  tick();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time now, to the minute; null on the server and before the first reading. */
export function useNow(): Date | null {
  const time = useSyncExternalStore(
    subscribe,
    () => now,
    () => 0,
  );
  // One Date per reading, so a render's `now` is stable until the next tick.
  return time === 0 ? null : dateOf(time);
}

let last: Date | null = null;
function dateOf(time: number): Date {
  if (last?.getTime() !== time) last = new Date(time);
  return last;
}
