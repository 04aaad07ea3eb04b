import { loadSearchIndex, type SearchIndex } from '@/lib/search/search-index';
import { searchDataSchema } from '@/lib/search/search-schema';
import { SEARCH_INDEX_HREF } from '@/lib/links';
import { fetchJson } from '@/components/study/study-data';

/*
 * The search index, fetched once per page and only when search is used (the snippets:
 * snippet-files.ts). A failed fetch is forgotten, so trying again fetches again.
 */

let index: Promise<SearchIndex> | null = null;

export function fetchSearchIndex(): Promise<SearchIndex> {
  if (index) return index;
  const loading = fetchJson(SEARCH_INDEX_HREF).then((json) => loadSearchIndex(searchDataSchema.parse(json)));
  loading.catch(() => {
    index = null;
  });
  index = loading;
  return loading;
}
