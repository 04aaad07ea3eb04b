import { z } from 'zod';

/*
 * `/offline-pages.json`: every page the service worker does not precache (each note and
 * tag page), with its size, so "모든 노트 오프라인 저장" can say what it will store and the
 * offline page can name what is kept. Written after `next build` from the exported files
 * (`scripts/build-service-worker.ts`), since only the export knows the sizes.
 */

export const OFFLINE_PAGES_PATH = '/offline-pages.json';

const pageSchema = z.object({
  url: z.string().startsWith('/'),
  title: z.string(),
  kind: z.enum(['note', 'tag']),
  bytes: z.number().int().nonnegative(),
});
export const offlinePagesSchema = z.object({ pages: z.array(pageSchema) });

export type OfflinePage = z.infer<typeof pageSchema>;
export type OfflinePages = z.infer<typeof offlinePagesSchema>;

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
