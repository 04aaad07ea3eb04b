'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { hasAllTags, tagCounts } from '@/lib/tags';
import { SEARCH_INPUT_ID } from '@/components/search/header-search';
import { searchable } from '@/lib/search/search-index';
import { PageLink } from '@/components/ui/page-link';
import { searchHref } from '@/lib/links';
import { hitHref, IndexStatus, SearchHitView } from '@/components/search/search-hit';
import { SearchMessage } from '@/components/search/search-message';
import { TagFilter, toggled } from '@/components/search/search-tag-filter';
import { useSearch, useSnippets } from '@/components/search/use-search';

/*
 * The header's results as you type: the first few notes, arrow keys to move, Enter to
 * open, Escape to close, the results' tags to narrow them, and a link to every result on
 * /search/. Loaded when the box is
 * first focused, it drives the box from here, so the page's own JS holds none of this.
 */

const SHOWN = 7;
const TAGS_SHOWN = 4;
const optionId = (at: number) => `site-search-option-${at}`;

function searchInput(): HTMLInputElement | null {
  const input = document.getElementById(SEARCH_INPUT_ID);
  return input instanceof HTMLInputElement ? input : null;
}

function subscribeToBox(onChange: () => void): () => void {
  const input = searchInput();
  input?.addEventListener('input', onChange);
  return () => input?.removeEventListener('input', onChange);
}

/** What is typed in the box (the page's element, read as it changes), and whether the panel is open. */
function useBox(): { query: string; open: boolean; close: () => void } {
  const query = useSyncExternalStore(subscribeToBox, () => searchInput()?.value ?? '', () => '');
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const input = searchInput();
    if (!input) return;
    const onOpen = () => setOpen(true);
    const onBlur = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && input.parentElement?.contains(event.relatedTarget))) setOpen(false);
    };
    input.addEventListener('input', onOpen);
    input.addEventListener('focus', onOpen);
    input.addEventListener('blur', onBlur);
    return () => {
      input.removeEventListener('input', onOpen);
      input.removeEventListener('focus', onOpen);
      input.removeEventListener('blur', onBlur);
    };
  }, []);
  return { query, open, close: () => setOpen(false) };
}

/** A result opened: the box empties and lets go, so the next keys are the new page's, not a search. */
function releaseBox(): void {
  const input = searchInput();
  if (!input) return;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.blur();
}

export function SearchPanel() {
  const router = useRouter();
  const { query, open, close } = useBox();
  const state = useSearch(query);
  const hits = useMemo(() => (state.status === 'ready' ? state.hits : []), [state]);
  const tags = useMemo(() => tagCounts(hits.map((hit) => hit.doc)), [hits]);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const filtered = hits.filter((hit) => hasAllTags(hit.doc, chosen));
  const shown = filtered.slice(0, SHOWN);
  const snippets = useSnippets(shown);
  const [active, setActive] = useState(-1);
  const [activeFor, setActiveFor] = useState(query);
  // A new query starts from the box again, with no tag chosen.
  if (activeFor !== query) {
    setActiveFor(query);
    setActive(-1);
    setChosen([]);
  }
  const choose = (next: readonly string[]) => {
    setChosen(next);
    setActive(-1);
  };
  const visible = open && searchable(query);

  // The box is the page's element; its combobox state is kept in step from here.
  useEffect(() => {
    const input = searchInput();
    input?.setAttribute('aria-expanded', String(visible && shown.length > 0));
    if (visible && active >= 0) input?.setAttribute('aria-activedescendant', optionId(active));
    else input?.removeAttribute('aria-activedescendant');
  }, [visible, active, shown.length]);

  useEffect(() => {
    const input = searchInput();
    if (!input) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // The first Escape closes the results; the browser's own (clearing the box) waits for the second.
        if (visible) event.preventDefault();
        close();
        return;
      }
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && shown.length > 0) {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // -1 is the box itself: moving past either end comes back to what was typed.
        setActive((at) => ((at + step + 2 + shown.length) % (shown.length + 1)) - 1);
        return;
      }
      const hit = shown[active];
      if (event.key === 'Enter' && hit && visible) {
        event.preventDefault();
        close();
        releaseBox();
        router.push(hitHref(hit));
      }
    };
    input.addEventListener('keydown', onKeyDown);
    return () => input.removeEventListener('keydown', onKeyDown);
  });

  if (!visible) return null;
  return (
    // A click inside leaves the focus in the box, so the panel stays open and the keys still work.
    <div className="search-panel" onMouseDown={(event) => event.preventDefault()}>
      <IndexStatus state={state} className="search-panel-status" />
      <ul id="site-search-results" role="listbox" aria-labelledby="site-search-label" className="search-panel-list">
        {state.status !== 'ready' ? null : shown.map((hit, at) => (
          <li key={hit.id} role="presentation">
            <PageLink id={optionId(at)} role="option" aria-selected={at === active} href={hitHref(hit)} className="search-option" tabIndex={-1} onClick={() => { close(); releaseBox(); }}>
              <SearchHitView hit={hit} query={state.query} vocabulary={state.vocabulary} source={snippets.get(hit.id)} />
            </PageLink>
          </li>
        ))}
      </ul>
      {hits.length > 1 ? <TagFilter tags={tags} chosen={chosen} shownAtFirst={TAGS_SHOWN} onToggle={(tag) => choose(toggled(chosen, tag))} onClear={() => choose([])} /> : null}
      {state.status === 'ready' ? (
        <p className="search-panel-footer" role="status">
          {hits.length === 0 ? (
            <SearchMessage k="searchNoResults" values={{ query: state.query }} />
          ) : filtered.length === 0 ? (
            <SearchMessage k="searchNoneWithTags" />
          ) : (
            <>
              <PageLink href={searchHref(query, chosen)} className="search-all" onClick={close}>
                <SearchMessage k="searchShowAll" /> (<SearchMessage k={filtered.length === 1 ? 'searchCountOne' : 'searchCount'} values={{ count: filtered.length }} />)
              </PageLink>
              <span className="search-keys" aria-hidden="true">
                <SearchMessage k="searchKeysHint" />
              </span>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
