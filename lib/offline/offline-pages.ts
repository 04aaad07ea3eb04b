import { array, enum as oneOf, int, nonnegative, object, startsWith, string, type infer as Infer } from 'zod/mini';

/*
 * `/offline-pages.json`: every page the service worker does not precache (each note and
 * tag page), with its size, so "모든 노트 오프라인 저장" can say what it will store and the
 * offline page can name what is kept. Written after `next build` from the exported files
 * (`scripts/build-service-worker.ts`), since only the export knows the sizes. Read in the
 * browser (the stats page, the offline page): zod/mini, as every browser-side schema, so
 * these pages do not load zod's classic API beside it.
 */

export const OFFLINE_PAGES_PATH = '/offline-pages.json';

const pageSchema = object({
  url: string().check(startsWith('/')),
  title: string(),
  kind: oneOf(['note', 'tag']),
  bytes: int().check(nonnegative()),
});
export const offlinePagesSchema = object({ pages: array(pageSchema) });

export type OfflinePage = Infer<typeof pageSchema>;
export type OfflinePages = Infer<typeof offlinePagesSchema>;

/** An exported HTML file, as the writer finds it: its path under out/, its text and size. */
export type ExportedPage = { file: string; html: string; bytes: number };

const TITLE = /<title>([^<]*)<\/title>/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };

function pageTitle(html: string, siteName: string): string {
  const raw = TITLE.exec(html)?.[1] ?? '';
  const text = raw.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (entity) => ENTITIES[entity] ?? entity);
  const suffix = ` · ${siteName}`;
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

/** `notes/a/index.html` → `/notes/a/`; other files are not pages to keep. */
function pageUrl(file: string): { url: string; kind: OfflinePage['kind'] } | null {
  const match = /^(notes|tags)\/(.+\/)?index\.html$/.exec(file.split('\\').join('/'));
  if (!match || !match[2]) return null;
  return { url: `/${match[1]}/${match[2]}`, kind: match[1] === 'notes' ? 'note' : 'tag' };
}

/** The writer's pure half: notes first, then tags, each in URL order. */
export function offlinePages(files: readonly ExportedPage[], siteName: string): OfflinePages {
  const pages: OfflinePage[] = [];
  for (const { file, html, bytes } of files) {
    const place = pageUrl(file);
    if (place) pages.push({ ...place, title: pageTitle(html, siteName), bytes });
  }
  const rank = (page: OfflinePage) => (page.kind === 'note' ? 0 : 1);
  pages.sort((a, b) => rank(a) - rank(b) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages };
}

/** The reader: a file that does not match is an error the caller shows, never a crash. */
export function readOfflinePages(json: unknown): OfflinePages | null {
  const parsed = offlinePagesSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
