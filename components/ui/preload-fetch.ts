import { preload } from 'react-dom';

/**
 * A data file the page's code fetches as soon as it runs, asked for from the HTML's head
 * instead, so it arrives while the scripts load. `fetch(href)` takes the preloaded
 * response: it is fetch's own mode (cors) and credentials (same-origin, `anonymous`).
 */
export function preloadFetch(href: string): void {
  preload(href, { as: 'fetch', crossOrigin: 'anonymous' });
}
