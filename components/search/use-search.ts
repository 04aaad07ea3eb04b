'use client';

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { searchNotes, type SearchHit, type SearchIndex } from '@/lib/search/search-index';
import type { Vocabulary } from '@/lib/search/synonyms';
import { fetchSearchIndex } from '@/components/search/search-data';
import { fetchSnippets } from '@/components/search/snippet-files';

export type SearchState =
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void }
  | { status: 'ready'; hits: SearchHit[]; query: string; vocabulary: Vocabulary };

/** Loads the index on first use and searches it as the query changes. */
export function useSearch(query: string): SearchState {
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    fetchSearchIndex().then(setIndex, () => setFailed(true));
  }, [attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((count) => count + 1);
  };
  // Typing stays responsive on a slow phone: the search may lag a keystroke behind.
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (index ? searchNotes(index, deferred) : []), [index, deferred]);
  if (failed) return { status: 'failed', retry };
  if (!index) return { status: 'loading' };
  return { status: 'ready', hits, query: deferred, vocabulary: index.vocabulary };
}

/** Snippet sources for the hits shown, filled in as their files arrive. */
export function useSnippets(hits: readonly SearchHit[]): ReadonlyMap<number, string> {
  const [snippets, setSnippets] = useState<ReadonlyMap<number, string>>(new Map());
  const key = hits.map((hit) => hit.id).join(',');
  useEffect(() => {
    let current = true;
    const ids = key === '' ? [] : key.split(',').map(Number);
    fetchSnippets(ids).then((found) => {
      if (current) setSnippets(found);
    });
    return () => {
      current = false;
    };
  }, [key]);
  return snippets;
}
