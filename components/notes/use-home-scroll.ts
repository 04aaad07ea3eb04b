import { useLayoutEffect } from 'react';

/*
 * Back from a note lands where the student left the note list. Browsers restore the position
 * the moment the history entry returns, which may come before React has drawn the list (on a
 * page as short as the note, the position is cut short). So the position is kept here when
 * the list is left (per tab, for its address), and set again once the list has rendered,
 * when Back or Forward returns to that address; it is used once, as another visit to the
 * same address is another history entry.
 */

const KEY = 'aws-notes/home-scroll';

/** The address a Back or Forward button went to, until the list has answered it. */
let traversedTo: string | null = null;
let firstMount = true;

const here = () => `${location.pathname}${location.search}`;

if (typeof window !== 'undefined') addEventListener('popstate', () => (traversedTo = here()));

/** Whether this list was reached by Back or Forward, in the app or as a whole page load. */
function cameBack(url: string): boolean {
  const load = performance.getEntriesByType('navigation')[0];
  const loadedBack = firstMount && load instanceof PerformanceNavigationTiming && load.type === 'back_forward' && new URL(load.name).href === location.href;
  const back = traversedTo === url || loadedBack;
  firstMount = false;
  traversedTo = null;
  return back;
}

/** The position kept for `url`, taken out of storage. */
function takeSaved(url: string): number | null {
  try {
    const value = sessionStorage.getItem(KEY) ?? '';
    sessionStorage.removeItem(KEY);
    const at = value.indexOf(' ');
    const y = Number(value.slice(0, at));
    return at > 0 && value.slice(at + 1) === url && Number.isFinite(y) ? y : null;
  } catch {
    return null;
  }
}

function save(url: string, y: number): void {
  try {
    sessionStorage.setItem(KEY, `${Math.round(y)} ${url}`);
  } catch {
    // Without storage, Back lands where the browser puts it.
  }
}

/**
 * Remembers the list's scroll position, and puts it back when Back or Forward returns to it,
 * once the list has drawn (`drawn`: the cards past the first screen may wait for the list).
 */
export function useHomeScroll(filterKey: string, drawn: boolean): void {
  useLayoutEffect(() => {
    if (!drawn) return;
    const url = here();
    // Next frame, once every listener of a Back press has run: the router may draw the list
    // from inside its own popstate listener, before the one above has seen the event.
    const frame = requestAnimationFrame(() => {
      const y = cameBack(url) ? takeSaved(url) : null;
      if (y === null) return;
      scrollTo(0, y);
      // A whole page load restores its own (cut short) position at the load event.
      if (document.readyState !== 'complete') addEventListener('load', () => scrollTo(0, y), { once: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [filterKey, drawn]);
  useLayoutEffect(() => {
    const url = here();
    // Followed while here, so that leaving keeps where the list was, not where the next page
    // starts. First read in the next frame: read here, just after a filter has changed the
    // list, it would lay the page out once more before the frame does.
    let last: number | null = null;
    const frame = requestAnimationFrame(() => {
      last ??= scrollY;
    });
    const onScroll = () => {
      if (here() === url) last = scrollY;
    };
    const onHide = () => save(url, last ?? scrollY);
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('pagehide', onHide);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('pagehide', onHide);
      save(url, last ?? scrollY);
    };
  }, [filterKey]);
}
