'use client';

import { useMemo, useState, type ReactNode } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { filterLabel, vaultFacetGroups, type FacetGroup, type ShortNamespace } from '@/lib/tags';
import { browseHref, practiceHref, tagHref } from '@/lib/links';
import type { NoteCardData } from '@/lib/note-card';
import { browse, type BrowsableList } from '@/lib/note-list/browsable-list';
import { NoteCard } from '@/components/notes/note-card';
import { FacetPanel } from '@/components/notes/facet-panel';
import { FilterSheet, RemovableTag } from '@/components/notes/filter-sheet';
import { HomeMessage, countKey } from '@/components/notes/home-message';
import { MoreNotes } from '@/components/notes/more-notes';
import { SortSelect, type Sort } from '@/components/notes/sort-select';
import { useHomeScroll } from '@/components/notes/use-home-scroll';
import { useNoteList } from '@/components/notes/use-note-list';
import { useShownCount } from '@/components/notes/use-shown-count';
import { pushAddress, useAddress } from '@/components/notes/use-address';
import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/message';

/*
 * The home page's filters: tags narrow the notes (AND), and the choice lives in the URL
 * (`?tag=service/glue&tag=constraint/serverless&sort=title`) so it can be shared and Back
 * steps through it. The page comes with its first screen of cards; the whole list loads
 * (use-note-list.ts) once the student filters, sorts or scrolls past them.
 */

/** What the home page's HTML holds: its first cards, and how many notes and list parts there are. */
export type HomeList = { first: NoteCardData[]; total: number; parts: number };
type BrowserProps = { list: HomeList; namespaces: ShortNamespace[] };

/** What the list shows now. `total` is null while it is not known yet (the list is loading). */
type ListView = { cards: NoteCardData[]; total: number | null; groups: FacetGroup[]; ready: boolean };

/** What the list needs: the first screen alone, or the whole list (and every tag). */
type Wants = { selected: string[]; sort: Sort; count: number; allTags: boolean };

const wantsWhole = (home: HomeList, { selected, sort, count, allTags }: Wants) => selected.length > 0 || sort === 'title' || count > home.first.length || allTags;

function listView(home: HomeList, loaded: BrowsableList | null, namespaces: ShortNamespace[], wants: Wants): ListView {
  const { selected, sort, count } = wants;
  if (!wantsWhole(home, wants)) return { cards: home.first, total: home.total, groups: vaultFacetGroups(namespaces), ready: true };
  if (loaded) {
    const { matching, groups } = browse(loaded, selected, sort);
    return { cards: matching.slice(0, count), total: matching.length, groups, ready: true };
  }
  const unfiltered = selected.length === 0;
  return { cards: unfiltered && sort === 'newest' ? home.first : [], total: unfiltered ? home.total : null, groups: vaultFacetGroups(namespaces, selected), ready: false };
}

export function NoteBrowser({ list, namespaces }: BrowserProps) {
  // Read only so the static export renders the fallback (links that work without JavaScript)
  // in this one's place; the address itself comes from useAddress, which answers at once.
  useSearchParams();
  const pathname = usePathname();
  const address = useAddress();
  // Each choice is a step in the history: Back undoes it, Forward redoes it.
  const navigate = (tags: string[], nextSort: Sort) => pushAddress(browseHref(tags, nextSort, pathname));
  const sort: Sort = new URLSearchParams(address).get('sort') === 'title' ? 'title' : 'newest';
  const selected = useMemo(() => [...new Set(new URLSearchParams(address).getAll('tag'))], [address]);
  const [count, showMore] = useShownCount(address, list.first.length);
  const [allTags, setAllTags] = useState(false);
  const wants = useMemo(() => ({ selected, sort, count, allTags }), [selected, sort, count, allTags]);
  const loading = useNoteList(list.parts, wantsWhole(list, wants));
  const view = useMemo(() => listView(list, loading.list, namespaces, wants), [list, loading.list, namespaces, wants]);
  useHomeScroll(address, view.ready);
  const left = view.total === null ? 0 : view.total - view.cards.length;
  const end = loading.failed ? (
    <div className="list-failed" role="alert" data-testid="list-failed">
      <p>
        <HomeMessage k="listFailed" />
      </p>
      <button type="button" className="button" onClick={loading.retry}>
        <HomeMessage k="listRetry" />
      </button>
    </div>
  ) : left > 0 || !view.ready ? (
    <MoreNotes left={left} shown={view.cards.length} busy={!view.ready} onMore={showMore} />
  ) : null;
  return <BrowserView view={view} selected={selected} sort={sort} navigate={navigate} end={end} showAllTags={() => setAllTags(true)} />;
}

/**
 * What the static page shows before the browser has read the URL, and all it shows without
 * JavaScript: the newest notes, and tags that link to their own pages.
 */
export function NoteBrowserFallback({ list, namespaces }: BrowserProps) {
  const view = { cards: list.first, total: list.total, groups: vaultFacetGroups(namespaces), ready: true };
  const left = list.total - list.first.length;
  const end =
    left > 0 ? (
      <p className="more-notes">
        <PageLink href="/tags/" data-testid="more-by-tag">
          <HomeMessage k="moreNotesByTag" values={{ n: left }} /> →
        </PageLink>
      </p>
    ) : null;
  return <BrowserView view={view} selected={[]} sort="newest" end={end} />;
}

type ViewProps = { view: ListView; selected: string[]; sort: Sort; navigate?: (tags: string[], sort: Sort) => void; end: ReactNode; showAllTags?: () => void };

function BrowserView({ view, selected, sort, navigate, end, showAllTags }: ViewProps) {
  const go = navigate ?? (() => undefined);
  const toggle = (tag: string) => go(selected.includes(tag) ? selected.filter((each) => each !== tag) : [...selected, tag], sort);
  const remove = (tag: string) => go(selected.filter((each) => each !== tag), sort);
  // Without the browser's filter, a tag leads to its own page.
  const facets = <FacetPanel groups={view.groups} toggle={toggle} href={navigate ? undefined : tagHref} showAll={showAllTags} />;

  return (
    <div className="browser">
      {/* A sidebar on a wide screen; on a phone the same facets live in the filter sheet. */}
      <aside className="facets home-facets" aria-labelledby="facets-heading">
        <h2 id="facets-heading" className="facets-heading">
          <Message k="filterHeading" />
        </h2>
        {facets}
      </aside>

      <section className="results" aria-labelledby="results-heading" aria-busy={!view.ready}>
        <div className="results-bar">
          <h2 id="results-heading" className="results-heading" data-testid="results-heading">
            {selected.length > 0 ? (
              <>
                <span data-testid="filter-label">{filterLabel(selected)}</span>:{' '}
              </>
            ) : (
              <>
                <Message k="notesHeading" />{' '}
              </>
            )}
            {view.total === null ? (
              <span data-testid="result-count-pending">…</span>
            ) : (
              <span className={selected.length > 0 ? undefined : 'results-count'} data-testid="result-count" data-count={view.total}>
                <HomeMessage k={countKey(view.total, 'noteCountOne', 'noteCountMany')} values={{ n: view.total }} />
              </span>
            )}
          </h2>
          <div className="results-tools">
            <FilterSheet selected={selected} remove={remove}>
              {facets}
            </FilterSheet>
            <SortSelect sort={sort} onChange={(next) => go(selected, next)} />
          </div>
        </div>
        {selected.length > 0 ? (
          <div className="active-filters">
            {selected.map((tag) => (
              <RemovableTag key={tag} tag={tag} remove={remove} testId="active-filter" />
            ))}
            <button type="button" className="text-button" onClick={() => go([], sort)}>
              <Message k="clearFilters" />
            </button>
            {view.total !== null && view.total > 0 ? (
              <PageLink href={practiceHref({ tags: selected })} className="button button-primary practice-these" data-testid="practise-these">
                <Message k="practiseNotes" />
              </PageLink>
            ) : null}
          </div>
        ) : null}
        {view.total === 0 ? (
          <div className="empty" data-testid="empty-state">
            <p className="empty-title">
              <Message k="emptyTitle" />
            </p>
            <p>
              <Message k="emptyHint" />
            </p>
            <button type="button" className="button" onClick={() => go([], sort)}>
              <Message k="clearFilters" />
            </button>
          </div>
        ) : (
          <ul className="card-grid">
            {view.cards.map((note) => (
              <li key={note.slug}>
                <NoteCard note={note} />
              </li>
            ))}
          </ul>
        )}
        {end}
      </section>
    </div>
  );
}
