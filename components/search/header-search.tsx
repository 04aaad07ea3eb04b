'use client';

import { lazy, Suspense, useEffect, useState } from 'react';

/*
 * Wakes the header's search box (server-rendered in the layout: a plain GET form to
 * /search/; public/prefs.js focuses it on `/` or Ctrl/Cmd-K). Its first focus loads the
 * results panel and with it the index. None of that comes with the page, so this part
 * holds only the wake-up.
 */

const SearchPanel = lazy(() => import('@/components/search/search-panel').then((module) => ({ default: module.SearchPanel })));

export const SEARCH_INPUT_ID = 'site-search';

export function HeaderSearch() {
  const [used, setUsed] = useState(false);

  useEffect(() => {
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (!(input instanceof HTMLInputElement)) return;
    const wake = () => setUsed(true);
    // Focused before React ran (a fast `/`, Tab or click): wake now.
    if (document.activeElement === input) wake();
    input.addEventListener('focus', wake, { once: true });
    return () => input.removeEventListener('focus', wake);
  }, []);

  return used ? (
    <Suspense>
      <SearchPanel />
    </Suspense>
  ) : null;
}
