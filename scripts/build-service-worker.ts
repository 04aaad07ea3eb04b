/*
 * After `next build` (see finish-export.ts): writes /offline-pages.json, then /sw.js from
 * its source (service-worker/sw.js) bundled with esbuild, Workbox's injectManifest putting
 * in the list of exported files to precache.
 *
 * Precached (cache-first, versioned by Workbox): the app shell (every JS chunk, CSS file
 * and font), the pages every study tool starts from, /questions.json, every answer key,
 * the search index and its snippets. Kept as opened: each note and tag page, in a cache of
 * this build's own (see service-worker/keep-pages.js). A page never opened answers offline
 * with /offline/.
 *
 * Workbox's generateSW did the same with Rollup, Babel and Terser on every build: about 3 s
 * of a 1,000-note build, against a few hundredths of a second for esbuild.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import type { ManifestTransform } from 'workbox-build';
// The two steps alone: workbox-build's index also loads Rollup and Babel for generateSW.
import { getManifest } from 'workbox-build/build/get-manifest';
import { injectManifest } from 'workbox-build/build/inject-manifest';
import { offlinePages, OFFLINE_PAGES_PATH, type ExportedPage } from '../lib/offline/offline-pages';
import { SITE_NAME } from '../lib/site-name';

const SHELL_PAGES = ['index.html', '{tags,practice,exam,review,stats,search,offline}/index.html'];
/**
 * Next's dynamic-route chunks live under `[slug]/`, `[...tag]/`, which the browser requests
 * percent-encoded (`%5Bslug%5D/`): precached under the raw name, they missed the cache and
 * the note and tag pages could not hydrate offline.
 */
const encodeBrackets: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: entry.url.replaceAll('[', '%5B').replaceAll(']', '%5D') })),
});
const precache = (outDir: string) => ({
  globDirectory: outDir,
  globPatterns: [
    '_next/static/**/*.{js,css,woff2}',
    ...SHELL_PAGES,
    'questions.json',
    'quiz/*.json',
    'search-index.json',
    'search-snippets/*.json',
    OFFLINE_PAGES_PATH.slice(1),
    '*.{js,svg,png,webmanifest}',
    'icons/*.png',
  ],
  globIgnores: ['sw.js', 'sw-*.js', 'workbox-*.js'],
  // Next names its static files by content, so their URL is their version.
  dontCacheBustURLsMatching: /^_next\/static\//,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  manifestTransforms: [encodeBrackets],
});

function htmlFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(under, entry.name);
    if (entry.isDirectory()) return entry.name === '_next' ? [] : htmlFiles(dir, file);
    return entry.name === 'index.html' ? [file] : [];
  });
}

/** Writes the list; returns its length and a digest of the listed pages' contents. */
function writeOfflinePages(outDir: string): { count: number; digest: string } {
  const files: ExportedPage[] = htmlFiles(outDir).map((file) => {
    const full = path.join(outDir, file);
    return { file, html: readFileSync(full, 'utf8'), bytes: statSync(full).size };
  });
  const list = offlinePages(files, SITE_NAME);
  writeFileSync(path.join(outDir, OFFLINE_PAGES_PATH), JSON.stringify(list));
  const kept = new Set(list.pages.map((page) => page.url));
  const digest = createHash('sha256');
  for (const { file, html } of files) if (kept.has(`/${path.dirname(file).split(path.sep).join('/')}/`)) digest.update(file).update(html);
  return { count: list.pages.length, digest: digest.digest('hex') };
}

export type ServiceWorkerBuild = { build: string; pagesCache: string; precached: number; bytes: number; pages: number };

/** Writes offline-pages.json, sw.js and its helper into `outDir`, an exported site. */
export async function buildServiceWorker(outDir: string): Promise<ServiceWorkerBuild> {
  const pages = writeOfflinePages(outDir);
  const { manifestEntries } = await getManifest(precache(outDir));
  // A build is its precache and its kept pages: a note edited in prose alone is a new build,
  // so the student is offered it instead of keeping the old page forever.
  const build = createHash('sha256')
    .update(JSON.stringify(manifestEntries.map((entry) => [entry.url, entry.revision])))
    .update(pages.digest)
    .digest('hex')
    .slice(0, 12);
  const pagesCache = `pages-${build}`;
  const keepPages = `sw-keep-pages-${build}.js`;
  const keepSource = readFileSync(path.join(import.meta.dirname, 'service-worker', 'keep-pages.js'), 'utf8');
  writeFileSync(path.join(outDir, keepPages), `self.PAGES_CACHE = ${JSON.stringify(pagesCache)};\n${keepSource}`);

  const { count, size, warnings } = await withBundledSource({ keepPagesScript: `/${keepPages}`, pagesCache }, (swSrc) =>
    injectManifest({ ...precache(outDir), swSrc, swDest: path.join(outDir, 'sw.js') }),
  );
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { build, pagesCache, precached: count, bytes: size, pages: pages.count };
}

/** Runs `inject` with the worker's source bundled for this build into a file of its own. */
async function withBundledSource<T>(build: { keepPagesScript: string; pagesCache: string }, inject: (swSrc: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'aws-notes-sw-'));
  try {
    const swSrc = path.join(dir, 'sw.js');
    await bundle({
      entryPoints: [path.join(import.meta.dirname, 'service-worker', 'sw.js')],
      outfile: swSrc,
      bundle: true,
      format: 'iife',
      minify: true,
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'warning',
      // Workbox's production build: no development logging or assertions.
      define: { 'process.env.NODE_ENV': '"production"', KEEP_PAGES_SCRIPT: JSON.stringify(build.keepPagesScript), PAGES_CACHE: JSON.stringify(build.pagesCache) },
    });
    return await inject(swSrc);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
