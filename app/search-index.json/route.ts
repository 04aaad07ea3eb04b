import { siteContent } from '@/lib/content/site';
import { buildSearchData } from '@/lib/search/build-index';

/*
 * `/search-index.json`: the search index over every note, built once with the site and
 * fetched only when the student starts to search.
 */

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(buildSearchData(siteContent().notes));
}
