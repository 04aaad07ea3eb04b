/*
 * After `next build` (see finish-export.ts): writes /offline-pages.json, then /sw.js: its
 * source (service-worker/sw.js) bundled with esbuild, with the list of exported files to
 * precache that Workbox's getManifest makes put where `self.__WB_MANIFEST` stands (what
 * Workbox's injectManifest does, without listing and hashing every file a second time).
 *
 * Precached (cache-first, versioned by Workbox): the app shell (every JS chunk, CSS file
 * and font), the pages every study tool starts from, the question bank (/questions.json
 * and every note's /questions/<slug>.json), every answer key,
 * the search index and its snippets, the home page's note list. Kept as opened: each note and tag page, in a cache of
 * this build's own (see service-worker/keep-pages.js). A page never opened answers offline
 * with /offline/.
 *
 * Workbox's generateSW did the same with Rollup, Babel and Terser on every build: about 3 s
 * of a 1,000-note build, against a few hundredths of a second for esbuild.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import type { ManifestTransform } from 'workbox-build';
// getManifest alone: workbox-build's index also loads Rollup and Babel for generateSW.
import { getManifest } from 'workbox-build/build/get-manifest';
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
    'question-bank/*.json',
    'questions/*.json',
    'quiz/*.json',
    'search-index.json',
    'search-index/*.json',
    'search-snippets/*.json',
    'note-list/*.json',
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
  const { manifestEntries, count, size, warnings } = await getManifest(precache(outDir));
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

  await bundle({
    entryPoints: [path.join(import.meta.dirname, 'service-worker', 'sw.js')],
    outfile: path.join(outDir, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      // Workbox's production build: no development logging or assertions.
      'process.env.NODE_ENV': '"production"',
      'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
      KEEP_PAGES_SCRIPT: JSON.stringify(`/${keepPages}`),
      PAGES_CACHE: JSON.stringify(pagesCache),
    },
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { build, pagesCache, precached: count, bytes: size, pages: pages.count };
}
