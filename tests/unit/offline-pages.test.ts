import { describe, expect, it } from 'vitest';
import { offlinePages, readOfflinePages, type ExportedPage } from '@/lib/offline/offline-pages';
import { formatBytes } from '@/lib/bytes';

/* /offline-pages.json: which exported files are pages to keep, their titles and sizes; and its reader. */

const SITE = 'AWS 자격증 노트';
const html = (title: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>${title}</title></head><body></body></html>`;
const file = (path: string, title = `Page · ${SITE}`, bytes = 100): ExportedPage => ({ file: path, html: html(title), bytes });

describe('which exported files are kept pages', () => {
  it.each<[string, string, { url: string; kind: 'note' | 'tag' } | null]>([
    ['a note page', 'notes/glue-etl/index.html', { url: '/notes/glue-etl/', kind: 'note' }],
    ['a tag page', 'tags/service/glue/index.html', { url: '/tags/service/glue/', kind: 'tag' }],
    ['a namespace page', 'tags/service/index.html', { url: '/tags/service/', kind: 'tag' }],
    ['a Windows path', 'notes\\glue-etl\\index.html', { url: '/notes/glue-etl/', kind: 'note' }],
    ['the tags index (precached)', 'tags/index.html', null],
    ['the home page (precached)', 'index.html', null],
    ['a study page (precached)', 'practice/index.html', null],
    ['the offline page (precached)', 'offline/index.html', null],
    ['the 404 page', '404/index.html', null],
    ['an RSC payload', 'notes/glue-etl/index.txt', null],
    ['a stray HTML file', 'notes/glue-etl/other.html', null],
  ])('%s', (_case, path, expected) => {
    const { pages } = offlinePages([file(path)], SITE);
    expect(pages.map(({ url, kind }) => ({ url, kind }))).toEqual(expected ? [expected] : []);
  });
});

describe('a kept page title', () => {
  it.each<[string, string, string]>([
    ['drops the site name the layout adds', `Glue ETL · ${SITE}`, 'Glue ETL'],
    ['reads HTML entities', `S3 &amp; Glue &lt;ETL&gt; &quot;q&quot; &#x27;a&#x27; &#39;b&#39; · ${SITE}`, `S3 & Glue <ETL> "q" 'a' 'b'`],
    ['keeps a title without the site name', 'Only a title', 'Only a title'],
    ['keeps the site name inside a title', `${SITE} 안내 · ${SITE}`, `${SITE} 안내`],
    ['is empty with no title', '', ''],
  ])('%s', (_case, title, expected) => {
    expect(offlinePages([file('notes/a/index.html', title)], SITE).pages[0]?.title).toBe(expected);
  });

  it('is empty when the page has no <title>', () => {
    expect(offlinePages([{ file: 'notes/a/index.html', html: '<html></html>', bytes: 1 }], SITE).pages[0]?.title).toBe('');
  });
});

it('lists notes before tags, each in URL order, with their sizes', () => {
  const { pages } = offlinePages(
    [file('tags/b/index.html', 'b', 5), file('notes/z/index.html', 'z', 3), file('tags/a/index.html', 'a', 4), file('notes/m/index.html', 'm', 7)],
    SITE,
  );
  expect(pages.map(({ url, bytes }) => [url, bytes])).toEqual([
    ['/notes/m/', 7],
    ['/notes/z/', 3],
    ['/tags/a/', 4],
    ['/tags/b/', 5],
  ]);
});

describe('reading /offline-pages.json', () => {
  const page = { url: '/notes/a/', title: 'A', kind: 'note', bytes: 10 };
  it('reads a valid list', () => {
    expect(readOfflinePages({ pages: [page] })).toEqual({ pages: [page] });
  });
  it.each<[string, unknown]>([
    ['not an object', 'pages'],
    ['null', null],
    ['no pages', {}],
    ['a relative URL', { pages: [{ ...page, url: 'notes/a/' }] }],
    ['an unknown kind', { pages: [{ ...page, kind: 'exam' }] }],
    ['a negative size', { pages: [{ ...page, bytes: -1 }] }],
    ['a fractional size', { pages: [{ ...page, bytes: 1.5 }] }],
    ['a missing title', { pages: [{ url: '/notes/a/', kind: 'note', bytes: 1 }] }],
  ])('refuses %s', (_case, json) => {
    expect(readOfflinePages(json)).toBeNull();
  });
});

describe('sizes as the student reads them', () => {
  it.each<[number, string]>([
    [0, '0.0 KB'],
    [512, '0.5 KB'],
    [10 * 1024, '10 KB'],
    [1536 * 1024, '1.5 MB'],
    [250 * 1024 * 1024, '250 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [2048 * 1024 ** 4, '2,048 TB'],
  ])('%d bytes', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
