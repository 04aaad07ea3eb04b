'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { searchable, type SearchHit } from '@/lib/search/search-index';
import type { Vocabulary } from '@/lib/search/synonyms';
import { hasAllTags, tagCounts } from '@/lib/tags';
import { PageLink } from '@/components/ui/page-link';
import { searchHref } from '@/lib/links';
import { hitHref, IndexStatus, SearchHitView } from '@/components/search/search-hit';
import { SearchMessage } from '@/components/search/search-message';
import { TagFilter, toggled } from '@/components/search/search-tag-filter';
import { useSearch, useSnippets } from '@/components/search/use-search';
import { fetchSearchIndex } from '@/components/search/search-data';

/*
 * /search/?q=…&tag=…: every result, a tag filter over them, and both kept in the URL so
 * the page can be linked, reloaded and gone back to.
 */

const TAGS_SHOWN = 10;

// The page is for searching: its index starts loading when this code runs, beside hydration, not after the first render.
if (typeof window !== 'undefined') fetchSearchIndex().catch(() => undefined);

function Results({ hits, query, vocabulary }: { hits: readonly SearchHit[]; query: string; vocabulary: Vocabulary }) {
  const snippets = useSnippets(hits);
  return (
    <ol className="search-results" data-testid="search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <PageLink href={hitHref(hit)} className="search-result">
            <SearchHitView hit={hit} query={query} vocabulary={vocabulary} source={snippets.get(hit.id)} />
          </PageLink>
        </li>
      ))}
    </ol>
  );
}

export function SearchPage() {
  const params = useSearchParams();
  const linked = { query: params.get('q') ?? '', tags: params.getAll('tag'), url: params.toString() };
  const [query, setQuery] = useState(linked.query);
  const [chosen, setChosen] = useState<readonly string[]>(linked.tags);
  const [arrivedWith, setArrivedWith] = useState(linked.url);
  // Arriving again with another URL (the header's "all results") replaces what is shown.
  if (linked.url !== arrivedWith) {
    setArrivedWith(linked.url);
    setQuery(linked.query);
    setChosen(linked.tags);
  }
  const state = useSearch(query);
  const hits = useMemo(() => (state.status === 'ready' ? state.hits : []), [state]);
  const tags = useMemo(() => tagCounts(hits.map((hit) => hit.doc)), [hits]);
  const shown = hits.filter((hit) => hasAllTags(hit.doc, chosen));

  const show = (nextQuery: string, nextTags: readonly string[]) => {
    setQuery(nextQuery);
    setChosen(nextTags);
    // Replace, not push: every keystroke is not a page to go back to.
    window.history.replaceState(null, '', searchHref(nextQuery, nextTags));
  };

  return (
    <>
      <form role="search" aria-labelledby="search-title" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-query" className="sr-only">
          <SearchMessage k="searchLabel" />
        </label>
        {/* Arriving with nothing to show (the header's icon on a phone), the box is what comes next. */}
        <input id="search-query" type="search" className="search-input" value={query} autoComplete="off" autoFocus={linked.query === ''} onChange={(event) => show(event.target.value, [])} />
      </form>
      {!searchable(query) ? (
        <p className="search-status">
          <SearchMessage k="searchEmptyQuery" />
        </p>
      ) : state.status !== 'ready' ? (
        <IndexStatus state={state} className="search-status" />
      ) : hits.length === 0 ? (
        <div className="empty" role="status" data-testid="search-empty">
          <p className="empty-title">
            <SearchMessage k="searchNoResults" values={{ query: state.query }} />
          </p>
          <p>
            <SearchMessage k="searchNoResultsHint" />
          </p>
        </div>
      ) : (
        <>
          <p className="search-status" role="status">
            <SearchMessage k={shown.length === 1 ? 'searchCountOne' : 'searchCount'} values={{ count: shown.length }} />
          </p>
          <TagFilter tags={tags} chosen={chosen} shownAtFirst={TAGS_SHOWN} onToggle={(tag) => show(query, toggled(chosen, tag))} onClear={() => show(query, [])} />
          {shown.length === 0 ? (
            <p className="search-status">
              <SearchMessage k="searchNoneWithTags" />
            </p>
          ) : (
            <Results hits={shown} query={state.query} vocabulary={state.vocabulary} />
          )}
        </>
      )}
    </>
  );
}
