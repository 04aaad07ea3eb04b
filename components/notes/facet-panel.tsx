import { useState } from 'react';
import { FACETS_SHOWN, type FacetGroup } from '@/lib/tags';
import { HomeMessage, countKey } from '@/components/notes/home-message';
import { PageLink } from '@/components/ui/page-link';

/*
 * The tag facets, one group per namespace. Each count is what choosing the tag next would
 * leave; tags that would leave nothing fold into a disclosure instead of crowding the list.
 * With `href`, each tag is a link to its own page instead (the home page without JavaScript).
 * A namespace shows its most used tags first and the rest when asked, drawn only then: a
 * vault's hundreds of tags would otherwise make every visit to the home page carry them.
 */

/** `showAll`: asks for the tags a short namespace left out (they come with the note list). */
type Props = { groups: FacetGroup[]; toggle: (tag: string) => void; href?: (tag: string) => string; showAll?: () => void };

export function FacetPanel({ groups, toggle, href, showAll }: Props) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const flip = (namespace: string) => setOpened((now) => new Set(now.has(namespace) ? [...now].filter((each) => each !== namespace) : [...now, namespace]));
  return (
    <div className="facet-groups">
      {groups.map((group) => {
        const open = opened.has(group.namespace);
        // The chosen tags always show, wherever they rank.
        const first = group.shown.filter((facet, at) => at < FACETS_SHOWN || facet.active);
        const rest = group.shown.length - first.length + group.hidden;
        return (
        <section key={group.namespace} className="facet-group" data-namespace={group.namespace}>
          <h3 className="facet-namespace">{group.namespace}</h3>
          {group.shown.length > 0 ? <FacetList facets={open ? group.shown : first} toggle={toggle} href={href} /> : null}
          {rest > 0 && href ? (
            <PageLink href="/tags/" className="facet-expand" data-testid="facet-all-tags">
              <HomeMessage k="filterAllTags" values={{ n: rest }} />
            </PageLink>
          ) : rest > 0 ? (
            <button type="button" className="facet-expand" aria-expanded={open} onClick={() => {
              flip(group.namespace);
              if (group.hidden > 0) showAll?.();
            }} data-testid="facet-expand">
              <HomeMessage k={open ? 'filterFewerTags' : countKey(rest, 'filterMoreTagsOne', 'filterMoreTags')} values={{ n: rest }} />
            </button>
          ) : null}
          {group.folded.length > 0 ? <FoldedFacets facets={group.folded} toggle={toggle} href={href} /> : null}
        </section>
        );
      })}
    </div>
  );
}

/**
 * Tags that would leave no note, in a closed disclosure, drawn only once it is opened:
 * with a tag chosen in a big vault they are most of its hundreds of tags, and drawing them
 * unseen on every choice was most of the time a choice took.
 */
function FoldedFacets({ facets, toggle, href }: { facets: FacetGroup['folded'] } & Pick<Props, 'toggle' | 'href'>) {
  const [open, setOpen] = useState(false);
  return (
    <details className="facet-more" data-testid="facet-more" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <HomeMessage k="filterMore" values={{ n: facets.length }} />
        <span className="sr-only">
          {' '}
          <HomeMessage k="filterMoreHint" />
        </span>
      </summary>
      {open ? <FacetList facets={facets} toggle={toggle} href={href} /> : null}
    </details>
  );
}

function FacetList({ facets, toggle, href }: { facets: FacetGroup['shown'] } & Pick<Props, 'toggle' | 'href'>) {
  return (
    <ul className="facet-list">
      {facets.map((facet) => (
        <li key={facet.tag}>
          {href ? (
            <PageLink href={href(facet.tag)} className="facet" data-tag={facet.tag} data-count={facet.reachable}>
              <span>{facet.value}</span>
              <span className="facet-count">{facet.reachable}</span>
            </PageLink>
          ) : (
          <button
            type="button"
            className="facet"
            aria-pressed={facet.active}
            onClick={() => toggle(facet.tag)}
            data-tag={facet.tag}
            data-count={facet.reachable}
            disabled={!facet.active && facet.reachable === 0}
          >
            <span>{facet.value}</span>
            <span className="facet-count">{facet.reachable}</span>
          </button>
          )}
        </li>
      ))}
    </ul>
  );
}
