import { OFFLINE_PAGES_PATH, readOfflinePages, type OfflinePage, type OfflinePages } from '@/lib/offline/offline-pages';

/*
 * Which of the site's note and tag pages this device keeps. The list, the titles and the
 * sizes come from /offline-pages.json (precached, so the answer is the same offline);
 * whether a page is kept, from the service worker's caches, asked directly.
 */

export type KeptPage = { page: OfflinePage; saved: boolean };

async function pageList(): Promise<OfflinePages | null> {
  const response = await fetch(OFFLINE_PAGES_PATH);
  return response.ok ? readOfflinePages(await response.json()) : null;
}

/** The note or tag page at a path (`/notes/a/`, decoded), by the list; null when it is not one or the list cannot be read. */
export async function listedPage(path: string): Promise<OfflinePage | null> {
  const url = path.endsWith('/') ? path : `${path}/`;
  try {
    return (await pageList())?.pages.find((page) => page.url === url) ?? null;
  } catch {
    return null;
  }
}

/** null when this browser keeps nothing (no Cache Storage) or the list cannot be read. */
export async function keptPages(): Promise<KeptPage[] | null> {
  if (typeof caches === 'undefined') return null;
  try {
    const list = await pageList();
    if (list === null) return null;
    const savedUrls = await savedPaths();
    return list.pages.map((page) => ({ page, saved: savedUrls.has(new URL(page.url, location.href).pathname) }));
  } catch {
    return null;
  }
}

/** Every page path in the kept-pages caches (named `pages-<build>` by the service worker). */
async function savedPaths(): Promise<Set<string>> {
  const paths = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith('pages-')) continue;
    for (const request of await (await caches.open(name)).keys()) paths.add(new URL(request.url).pathname);
  }
  return paths;
}

/** Saves pages by fetching them through the service worker, which keeps what it serves. */
export async function savePages(pages: readonly OfflinePage[], onProgress: (done: number, failed: number) => void): Promise<number> {
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (next < pages.length) {
      const page = pages[next++];
      if (!page) return;
      try {
        const response = await fetch(page.url, { credentials: 'same-origin' });
        if (!response.ok) failed += 1;
        await response.arrayBuffer();
      } catch {
        failed += 1;
      }
      done += 1;
      onProgress(done, failed);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failed;
}
