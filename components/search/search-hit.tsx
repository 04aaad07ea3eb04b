import { noteHref } from '@/lib/links';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import type { SearchHit } from '@/lib/search/search-index';
import type { Vocabulary } from '@/lib/search/synonyms';
import { SearchMessage } from '@/components/search/search-message';
import type { SearchState } from '@/components/search/use-search';

/* One result: its title and snippet with the query's words marked, and its tags; and the index's loading state. */

function Marked({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, at) => (segment.match ? <mark key={at}>{segment.text}</mark> : <span key={at}>{segment.text}</span>));
}

export function SearchHitView({ hit, query, vocabulary, source }: { hit: SearchHit; query: string; vocabulary: Vocabulary; source: string | undefined }) {
  return (
    <>
      <span className="search-hit-title">
        <Marked segments={highlight(vocabulary, hit.doc.title, query)} />
      </span>
      {source ? (
        <span className="search-hit-snippet" lang="ko">
          <Marked segments={snippet(vocabulary, source, query)} />
        </span>
      ) : null}
      <span className="search-hit-tags">{hit.doc.tags.join(' · ')}</span>
    </>
  );
}

/** While the index loads, or after it failed to: a line saying so, with a retry. */
export function IndexStatus({ state, className }: { state: SearchState; className: string }) {
  if (state.status === 'ready') return null;
  if (state.status === 'loading') {
    return (
      <p className={className} role="status">
        <SearchMessage k="searchLoading" />
      </p>
    );
  }
  return (
    <p className={className} role="alert">
      <SearchMessage k="searchFailed" />{' '}
      <button type="button" className="text-button" onClick={state.retry}>
        <SearchMessage k="searchRetry" />
      </button>
    </p>
  );
}

export const hitHref = (hit: SearchHit) => noteHref(hit.doc.slug, hit.doc.anchor);
