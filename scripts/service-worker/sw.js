/*
 * The source of /sw.js, bundled with its Workbox modules by scripts/build-service-worker.ts,
 * which defines KEEP_PAGES_SCRIPT, PAGES_CACHE and the precache list, `self.__WB_MANIFEST`,
 * for the build.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';

// The kept pages carried over on install, older builds' caches deleted on activate.
importScripts(KEEP_PAGES_SCRIPT);

// The page asks before a new build takes over (the update prompt), then reloads.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
clientsClaim();

// `/practice/?tag=…`, `/exam/?result=…` and `/search/?q=…` are the precached pages.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });
cleanupOutdatedCaches();

// The vault's pictures and attachments (`/assets/<name>.<hash>.<ext>`): named by their
// content, so one kept copy stays right across builds. Kept once a page showed them, so an
// opened note keeps its pictures offline; not precached, since a vault's may weigh a lot.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
  new CacheFirst({ cacheName: 'assets', plugins: [new CacheableResponsePlugin({ statuses: [200] })] }),
);

// Every other page of the site (its URLs end in a slash; a mistyped one is still a
// navigation): kept once opened or saved, the offline page when neither.
registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && !url.pathname.startsWith('/_next/') && (url.pathname.endsWith('/') || request.mode === 'navigate'),
  new CacheFirst({
    cacheName: PAGES_CACHE,
    matchOptions: { ignoreSearch: true },
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new PrecacheFallbackPlugin({ fallbackURL: '/offline/index.html' })],
  }),
);
