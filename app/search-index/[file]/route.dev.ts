import { siteContent } from '@/lib/content/site';
import { buildSearchData } from '@/lib/search/build-index';
import { searchFiles } from '@/lib/search/search-parts';
import { jsonPartRoute } from '@/app/json-part-route';

/*
 * `/search-index/<n>.json`, the search index's parts, on the dev server only (`.dev.ts`: next.config.mjs reads it in development). A
 * build writes the files straight from the parsed notes (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = jsonPartRoute(() => searchFiles(buildSearchData(siteContent().notes)).parts);
