import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServiceWorker } from '../../scripts/build-service-worker';

/*
 * The generated service worker over a small exported site: what it precaches (everything
 * a study tool needs offline), what it leaves to be kept as opened (note and tag pages),
 * and that a changed export is a new build with a new pages cache.
 */

const SITE = 'AWS 자격증 노트';
const page = (title: string) => `<html><head><title>${title} · ${SITE}</title></head><body>${title}</body></html>`;

const FILES: Record<string, string> = {
  '_next/static/chunks/main-abc123.js': 'console.log(1)',
  '_next/static/css/app-def456.css': 'body{}',
  '_next/static/media/PretendardVariable.subset.0.a7160a78.woff2': 'font',
  'index.html': page('홈'),
  'tags/index.html': page('태그'),
  'practice/index.html': page('연습'),
  'exam/index.html': page('모의고사'),
  'review/index.html': page('복습'),
  'stats/index.html': page('통계'),
  'search/index.html': page('검색'),
  'offline/index.html': page('오프라인'),
  'questions.json': '{"notes":[]}',
  'question-bank/1.json': '{}',
  'questions/glue-etl.json': '{}',
  'questions/athena.json': '{}',
  'quiz/glue-etl.json': '{}',
  'quiz/athena.json': '{}',
  'search-index.json': '{}',
  'search-index/0.json': '{}',
  'search-index/1.json': '{}',
  'search-snippets/0.json': '[]',
  'note-list/0.json': '{}',
  'manifest.webmanifest': '{}',
  'icons/icon-192.png': 'png',
  'notes/glue-etl/index.html': page('Glue ETL'),
  'notes/glue-etl/index.txt': 'rsc',
  'tags/service/glue/index.html': page('glue'),
  '404.html': page('404'),
};

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function exportedSite(files: Record<string, string> = FILES): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sw-build-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** The URLs in the precache manifest bundled into sw.js (its entries are `{url:"…",revision:…}`). */
function precachedUrls(dir: string): string[] {
  const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{"?url"?:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('the generated service worker', () => {
  it('precaches the app shell, the study pages and every data file, and not the pages kept as opened', { timeout: 60_000 }, async () => {
    const dir = exportedSite();
    await buildServiceWorker(dir);
    const urls = precachedUrls(dir);
    for (const url of [
      '_next/static/chunks/main-abc123.js',
      '_next/static/css/app-def456.css',
      '_next/static/media/PretendardVariable.subset.0.a7160a78.woff2',
      'index.html',
      'tags/index.html',
      'practice/index.html',
      'exam/index.html',
      'review/index.html',
      'stats/index.html',
      'search/index.html',
      'offline/index.html',
      'questions.json',
      'question-bank/1.json',
      'questions/glue-etl.json',
      'questions/athena.json',
      'quiz/glue-etl.json',
      'quiz/athena.json',
      'search-index.json',
      'search-index/0.json',
      'search-index/1.json',
      'search-snippets/0.json',
      'note-list/0.json',
      'offline-pages.json',
      'manifest.webmanifest',
      'icons/icon-192.png',
    ])
      expect(urls).toContain(url);
    for (const url of ['notes/glue-etl/index.html', 'notes/glue-etl/index.txt', 'tags/service/glue/index.html', 'sw.js']) expect(urls).not.toContain(url);
  });

  it('lists the pages to keep with their titles and sizes', { timeout: 60_000 }, async () => {
    const dir = exportedSite();
    await buildServiceWorker(dir);
    expect(JSON.parse(readFileSync(path.join(dir, 'offline-pages.json'), 'utf8'))).toEqual({
      pages: [
        { url: '/notes/glue-etl/', kind: 'note', title: 'Glue ETL', bytes: Buffer.byteLength(FILES['notes/glue-etl/index.html'] ?? '') },
        { url: '/tags/service/glue/', kind: 'tag', title: 'glue', bytes: Buffer.byteLength(FILES['tags/service/glue/index.html'] ?? '') },
      ],
    });
  });

  it('names the kept-pages cache after the build; any changed page or file makes a new build', { timeout: 60_000 }, async () => {
    const first = await buildServiceWorker(exportedSite());
    const same = await buildServiceWorker(exportedSite());
    const editedKey = await buildServiceWorker(exportedSite({ ...FILES, 'quiz/glue-etl.json': '{"changed":true}' }));
    const addedNote = await buildServiceWorker(exportedSite({ ...FILES, 'notes/new/index.html': page('New'), 'index.html': page('홈 2') }));
    // Only the note's prose changed: nothing precached differs, but its kept page does.
    const editedProse = await buildServiceWorker(exportedSite({ ...FILES, 'notes/glue-etl/index.html': `${FILES['notes/glue-etl/index.html']}<p>more</p>` }));
    const editedTag = await buildServiceWorker(exportedSite({ ...FILES, 'tags/service/glue/index.html': page('glue 2') }));
    expect(same.build).toBe(first.build);
    for (const changed of [editedKey, addedNote, editedProse, editedTag]) expect(changed.build).not.toBe(first.build);
    expect(first.pagesCache).toBe(`pages-${first.build}`);
  });

  it('waits for the student to accept a new build and carries the kept pages over', { timeout: 60_000 }, async () => {
    const dir = exportedSite();
    const { build, pagesCache } = await buildServiceWorker(dir);
    const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
    // skipWaiting only when the page sends SKIP_WAITING (the student pressed reload).
    expect(sw.match(/self\.skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/(\w+)\.data&&\1\.data\.type==="SKIP_WAITING"&&self\.skipWaiting\(\)/);
    expect(sw).toContain(`importScripts("/sw-keep-pages-${build}.js")`);
    expect(sw).toContain(`cacheName:"${pagesCache}"`);
    expect(readFileSync(path.join(dir, `sw-keep-pages-${build}.js`), 'utf8')).toContain(`self.PAGES_CACHE = "${pagesCache}"`);
  });

  it('precaches a dynamic route\'s chunk under the URL the browser asks for (brackets percent-encoded)', { timeout: 60_000 }, async () => {
    const dir = exportedSite({ ...FILES, '_next/static/chunks/app/notes/[slug]/page-0a1b2c.js': 'page', '_next/static/chunks/app/tags/[...tag]/page-3d4e5f.js': 'tag' });
    await buildServiceWorker(dir);
    const urls = precachedUrls(dir);
    expect(urls).toContain('_next/static/chunks/app/notes/%5Bslug%5D/page-0a1b2c.js');
    expect(urls).toContain('_next/static/chunks/app/tags/%5B...tag%5D/page-3d4e5f.js');
    expect(urls.filter((url) => url.includes('[') || url.includes(']'))).toEqual([]);
  });
});
