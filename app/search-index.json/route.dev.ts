import { siteContent } from '@/lib/content/site';
import { buildSearchData } from '@/lib/search/build-index';
import { searchFiles } from '@/lib/search/search-parts';

/*
 * `/search-index.json`, the index's head, on the dev server only (`.dev.ts`: next.config.mjs reads it in
 * development). A build writes the file straight from the parsed notes after the export
 * (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(searchFiles(buildSearchData(siteContent().notes)).head);
}
