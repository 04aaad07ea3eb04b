import { useSyncExternalStore } from 'react';

/*
 * The home page's query (its tags and sort) as state that changes in the task of the click:
 * a choice pushes a history entry and tells every reader at once, so React draws the result
 * as an urgent update. Next's router follows the same pushState, but in a transition, which
 * drew the result tens of milliseconds later. Back and Forward come as popstate.
 */

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    removeEventListener('popstate', listener);
  };
}

const query = () => new URLSearchParams(location.search).toString();

/** The address's query, as URLSearchParams writes it; empty on the server. */
export function useAddress(): string {
  return useSyncExternalStore(subscribe, query, () => '');
}

/** A new history entry at `href` (same page), drawn at once. */
export function pushAddress(href: string): void {
  history.pushState(null, '', href);
  for (const listener of listeners) listener();
}
