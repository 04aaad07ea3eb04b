import { loadSearchIndex, type SearchIndex } from '@/lib/search/search-index';
import { joinSearchFiles } from '@/lib/search/search-parts';
import { searchHeadSchema, searchPartSchema } from '@/lib/search/search-schema';
import { SEARCH_INDEX_HREF, searchIndexPartHref } from '@/lib/links';
import { fetchJson } from '@/components/study/study-data';

/*
 * The search index, fetched once per page and only when search is used: its head, then
 * every part at once (the snippets: snippet-files.ts). A failed fetch is forgotten, so
 * trying again fetches again.
 */

let index: Promise<SearchIndex> | null = null;

async function fetchIndex(): Promise<SearchIndex> {
  const head = searchHeadSchema.parse(await fetchJson(SEARCH_INDEX_HREF));
  const parts = await Promise.all(Array.from({ length: head.parts }, (_, part) => fetchJson(searchIndexPartHref(part)).then((json) => searchPartSchema.parse(json))));
  return loadSearchIndex(joinSearchFiles(head, parts));
}

export function fetchSearchIndex(): Promise<SearchIndex> {
  if (index) return index;
  const loading = fetchIndex();
  loading.catch(() => {
    index = null;
  });
  index = loading;
  return loading;
}
