'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { withAllTags, type TagNamespace } from '@/lib/tags';
import { byNewest, byTitle, type NoteCardData } from '@/lib/note-card';
import { NoteCard } from '@/components/notes/note-card';
import { Message } from '@/components/ui/bilingual';

/*
 * The home page's filters: tags narrow the notes (AND), and the choice lives in the URL
 * (`?tag=service/glue&tag=constraint/serverless&sort=title`) so it can be shared.
 */

type Sort = 'newest' | 'title';

function sorted(notes: NoteCardData[], sort: Sort): NoteCardData[] {
  return [...notes].sort(sort === 'title' ? byTitle : byNewest);
}

type BrowserProps = { notes: NoteCardData[]; namespaces: TagNamespace[] };
type ViewProps = BrowserProps & { selected: string[]; sort: Sort; navigate: (tags: string[], sort: Sort) => void };

export function NoteBrowser({ notes, namespaces }: BrowserProps) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const navigate = (tags: string[], nextSort: Sort) => {
    const query = new URLSearchParams();
    for (const tag of tags) query.append('tag', tag);
    if (nextSort !== 'newest') query.set('sort', nextSort);
    const search = query.toString();
    router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  const sort: Sort = params.get('sort') === 'title' ? 'title' : 'newest';
  return <BrowserView notes={notes} namespaces={namespaces} selected={params.getAll('tag')} sort={sort} navigate={navigate} />;
}

/** What the static page shows before the browser has read the URL: every note. */
export function NoteBrowserFallback({ notes, namespaces }: BrowserProps) {
  return <BrowserView notes={notes} namespaces={namespaces} selected={[]} sort="newest" navigate={() => undefined} />;
}

function BrowserView({ notes, namespaces, selected, sort, navigate }: ViewProps) {
  // On a phone the facets fold away so the notes come first; on a wide screen they are a sidebar.
  const [facetsOpen, setFacetsOpen] = useState(false);
  const shown = sorted(withAllTags(notes, selected), sort);
  const toggle = (tag: string) => navigate(selected.includes(tag) ? selected.filter((each) => each !== tag) : [...selected, tag], sort);

  return (
    <div className="browser">
      <aside className="facets" aria-labelledby="facets-heading">
        <h2 id="facets-heading" className="facets-heading">
          <button type="button" className="facets-toggle" aria-expanded={facetsOpen} aria-controls="facet-groups" onClick={() => setFacetsOpen((open) => !open)}>
            <Message k="filterHeading" />
            {selected.length > 0 ? <span className="facet-count"> ({selected.length})</span> : null}
            <span aria-hidden="true" className="facets-toggle-mark">
              {facetsOpen ? '−' : '+'}
            </span>
          </button>
          <span className="facets-title">
            <Message k="filterHeading" />
          </span>
        </h2>
        <div id="facet-groups" className={facetsOpen ? 'facet-groups' : 'facet-groups facet-groups-folded'}>
          {namespaces.map((namespace) => (
            <section key={namespace.namespace} className="facet-group">
              <h3 className="facet-namespace">{namespace.namespace}</h3>
              <ul className="facet-list">
                {namespace.tags.map((tag) => {
                  const active = selected.includes(tag.tag);
                  const reachable = withAllTags(notes, [...selected.filter((each) => each !== tag.tag), tag.tag]).length;
                  return (
                    <li key={tag.tag}>
                      <button
                        type="button"
                        className="facet"
                        aria-pressed={active}
                        onClick={() => toggle(tag.tag)}
                        data-tag={tag.tag}
                        disabled={!active && reachable === 0}
                      >
                        <span>{tag.value}</span>
                        <span className="facet-count">{active ? tag.count : reachable}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      </aside>

      <section className="results" aria-labelledby="results-heading">
        <div className="results-bar">
          <h2 id="results-heading" className="results-heading">
            <Message k="notesHeading" />{' '}
            <span className="results-count" data-testid="result-count">
              {shown.length}
              <Message k="shownNotes" />
            </span>
          </h2>
          <label className="sort">
            <span>
              <Message k="sortLabel" />
            </span>
            <select value={sort} onChange={(event) => navigate(selected, event.target.value === 'title' ? 'title' : 'newest')} data-testid="sort">
              <option value="newest">최신순 · Newest</option>
              <option value="title">제목순 · Title</option>
            </select>
          </label>
        </div>
        {selected.length > 0 ? (
          <div className="active-filters">
            {selected.map((tag) => (
              <button key={tag} type="button" className="chip" onClick={() => toggle(tag)} data-testid="active-filter">
                {tag} <span aria-hidden="true">×</span>
              </button>
            ))}
            <button type="button" className="text-button" onClick={() => navigate([], sort)}>
              <Message k="clearFilters" />
            </button>
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

