'use client';

import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { SearchHit } from '@/lib/search/search-index';
import { tooShort } from '@/lib/search/tokenize';
import { PageLink } from './page-link';
import { IndexStatus, noteHref, searchHref, SearchHitView } from './search-hit';
import { T } from './search-t';
import { useSearch, useSnippets } from './use-search';

/*
 * /search/?q=…: every result, a tag filter over them, and the query kept in the URL so
 * the page can be linked, reloaded and gone back to.
 */

/** Tags of the results, most common first. */
function resultTags(hits: readonly SearchHit[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const hit of hits) for (const tag of hit.doc.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The most common tags first; the rest behind a button, so results are not pushed off a phone's screen. */
const TAGS_SHOWN = 10;

function TagFilter({ tags, chosen, onToggle, onClear }: { tags: [string, number][]; chosen: readonly string[]; onToggle: (tag: string) => void; onClear: () => void }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? tags : tags.filter(([tag], at) => at < TAGS_SHOWN || chosen.includes(tag));
  const hidden = tags.length - shown.length;
  return (
    <fieldset className="search-tags">
      <legend>
        <T k="searchTagFilter" />
      </legend>
      <div className="search-tag-list">
        {shown.map(([tag, count]) => (
          <button key={tag} type="button" className="search-tag" aria-pressed={chosen.includes(tag)} onClick={() => onToggle(tag)}>
            {tag} <span className="search-tag-count">{count}</span>
          </button>
        ))}
        {hidden > 0 || expanded ? (
          <button type="button" className="text-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? <T k="searchFewerTags" /> : <T k="searchMoreTags" values={{ count: hidden }} />}
          </button>
        ) : null}
        {chosen.length > 0 ? (
          <button type="button" className="text-button" onClick={onClear}>
            <T k="searchClearTags" />
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

function Results({ hits, query }: { hits: readonly SearchHit[]; query: string }) {
  const snippets = useSnippets(hits);
  return (
    <ol className="search-results" data-testid="search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <PageLink href={noteHref(hit)} className="search-result">
            <SearchHitView hit={hit} query={query} source={snippets.get(hit.id)} />
          </PageLink>
        </li>
      ))}
    </ol>
  );
}

export function SearchPage() {
  const linked = useSearchParams().get('q') ?? '';
  const [query, setQuery] = useState(linked);
  const [arrivedWith, setArrivedWith] = useState(linked);
  // Arriving again with another ?q= (the header's "all results") replaces what is typed.
  if (linked !== arrivedWith) {
    setArrivedWith(linked);
    setQuery(linked);
  }
  const [chosen, setChosen] = useState<string[]>([]);
  const state = useSearch(query);
  const hits = useMemo(() => (state.status === 'ready' ? state.hits : []), [state]);
  const tags = useMemo(() => resultTags(hits), [hits]);
  const shown = hits.filter((hit) => chosen.every((tag) => hit.doc.tags.includes(tag)));

  const changeQuery = (next: string) => {
    setQuery(next);
    setChosen([]);
    // Replace, not push: every keystroke is not a page to go back to.
    window.history.replaceState(null, '', next ? searchHref(next) : '/search/');
  };

  return (
    <>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-query" className="sr-only">
          <T k="searchLabel" />
        </label>
        {/* Arriving with nothing to show (the header's icon on a phone), the box is what comes next. */}
        <input id="search-query" type="search" className="search-input" value={query} autoComplete="off" autoFocus={linked === ''} onChange={(event) => changeQuery(event.target.value)} />
      </form>
      {tooShort(query) ? (
        <p className="search-status">
          <T k="searchEmptyQuery" />
        </p>
      ) : state.status !== 'ready' ? (
        <IndexStatus state={state} className="search-status" />
      ) : hits.length === 0 ? (
        <div className="empty" role="status" data-testid="search-empty">
          <p className="empty-title">
            <T k="searchNoResults" values={{ query: state.query }} />
          </p>
          <p>
            <T k="searchNoResultsHint" />
          </p>
        </div>
      ) : (
        <>
          <p className="search-status" role="status">
            <T k="searchCount" values={{ count: shown.length }} />
          </p>
          <TagFilter
            tags={tags}
            chosen={chosen}
            onToggle={(tag) => setChosen((now) => (now.includes(tag) ? now.filter((each) => each !== tag) : [...now, tag]))}
            onClear={() => setChosen([])}
          />
          {shown.length === 0 ? (
            <p className="search-status">
              <T k="searchNoneWithTags" />
            </p>
          ) : (
            <Results hits={shown} query={state.query} />
          )}
        </>
      )}
    </>
  );
}
