'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { facetGroups, filterLabel, withAllTags, type TagNamespace } from '@/lib/tags';
import { browseHref, practiceHref } from '@/lib/links';
import { byNewest, byTitle, type NoteCardData } from '@/lib/note-card';
import { NoteCard } from '@/components/notes/note-card';
import { FacetPanel } from '@/components/notes/facet-panel';
import { FilterSheet, RemovableTag } from '@/components/notes/filter-sheet';
import { HomeMessage, countKey } from '@/components/notes/home-message';
import { SortSelect, type Sort } from '@/components/notes/sort-select';
import { useHomeScroll } from '@/components/notes/use-home-scroll';
import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/message';

/*
 * The home page's filters: tags narrow the notes (AND), and the choice lives in the URL
 * (`?tag=service/glue&tag=constraint/serverless&sort=title`) so it can be shared and Back
 * steps through it.
 */

function sorted(notes: NoteCardData[], sort: Sort): NoteCardData[] {
  return [...notes].sort(sort === 'title' ? byTitle : byNewest);
}

type BrowserProps = { notes: NoteCardData[]; namespaces: TagNamespace[] };
type ViewProps = BrowserProps & { selected: string[]; sort: Sort; navigate: (tags: string[], sort: Sort) => void };

export function NoteBrowser({ notes, namespaces }: BrowserProps) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  // Each choice is a step in the history: Back undoes it, Forward redoes it.
  const navigate = (tags: string[], nextSort: Sort) => router.push(browseHref(tags, nextSort, pathname), { scroll: false });
  const sort: Sort = params.get('sort') === 'title' ? 'title' : 'newest';
  useHomeScroll(params.toString());
  return <BrowserView notes={notes} namespaces={namespaces} selected={[...new Set(params.getAll('tag'))]} sort={sort} navigate={navigate} />;
}

/** What the static page shows before the browser has read the URL: every note. */
export function NoteBrowserFallback({ notes, namespaces }: BrowserProps) {
  return <BrowserView notes={notes} namespaces={namespaces} selected={[]} sort="newest" navigate={() => undefined} />;
}

function BrowserView({ notes, namespaces, selected, sort, navigate }: ViewProps) {
  const shown = sorted(withAllTags(notes, selected), sort);
  const groups = facetGroups(notes, namespaces, selected);
  const toggle = (tag: string) => navigate(selected.includes(tag) ? selected.filter((each) => each !== tag) : [...selected, tag], sort);
  const remove = (tag: string) => navigate(selected.filter((each) => each !== tag), sort);

  return (
    <div className="browser">
      {/* A sidebar on a wide screen; on a phone the same facets live in the filter sheet. */}
      <aside className="facets home-facets" aria-labelledby="facets-heading">
        <h2 id="facets-heading" className="facets-heading">
          <Message k="filterHeading" />
        </h2>
        <FacetPanel groups={groups} toggle={toggle} />
      </aside>

      <section className="results" aria-labelledby="results-heading">
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
            <span className={selected.length > 0 ? undefined : 'results-count'} data-testid="result-count" data-count={shown.length}>
              <HomeMessage k={countKey(shown.length, 'noteCountOne', 'noteCountMany')} values={{ n: shown.length }} />
            </span>
          </h2>
          <div className="results-tools">
            <FilterSheet selected={selected} remove={remove}>
              <FacetPanel groups={groups} toggle={toggle} />
            </FilterSheet>
            <SortSelect sort={sort} onChange={(next) => navigate(selected, next)} />
          </div>
        </div>
        {selected.length > 0 ? (
          <div className="active-filters">
            {selected.map((tag) => (
              <RemovableTag key={tag} tag={tag} remove={remove} testId="active-filter" />
            ))}
            <button type="button" className="text-button" onClick={() => navigate([], sort)}>
              <Message k="clearFilters" />
            </button>
            {shown.length > 0 ? (
              <PageLink href={practiceHref({ tags: selected })} className="button button-primary practice-these" data-testid="practise-these">
                <Message k="practiseNotes" />
              </PageLink>
            ) : null}
          </div>
        ) : null}
        {shown.length === 0 ? (
          <div className="empty" data-testid="empty-state">
            <p className="empty-title">
              <Message k="emptyTitle" />
            </p>
            <p>
              <Message k="emptyHint" />
            </p>
            <button type="button" className="button" onClick={() => navigate([], sort)}>
              <Message k="clearFilters" />
            </button>
          </div>
        ) : (
          <ul className="card-grid">
            {shown.map((note) => (
              <li key={note.slug}>
                <NoteCard note={note} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
