import type { FacetGroup } from '@/lib/tags';
import { HomeMessage } from '@/components/notes/home-message';
import { PageLink } from '@/components/ui/page-link';

/*
 * The tag facets, one group per namespace. Each count is what choosing the tag next would
 * leave; tags that would leave nothing fold into a disclosure instead of crowding the list.
 * With `href`, each tag is a link to its own page instead (the home page without JavaScript).
 */

type Props = { groups: FacetGroup[]; toggle: (tag: string) => void; href?: (tag: string) => string };

export function FacetPanel({ groups, toggle, href }: Props) {
  return (
    <div className="facet-groups">
      {groups.map((group) => (
        <section key={group.namespace} className="facet-group" data-namespace={group.namespace}>
          <h3 className="facet-namespace">{group.namespace}</h3>
          {group.shown.length > 0 ? <FacetList facets={group.shown} toggle={toggle} href={href} /> : null}
          {group.folded.length > 0 ? (
            <details className="facet-more" data-testid="facet-more">
              <summary>
                <HomeMessage k="filterMore" values={{ n: group.folded.length }} />
                <span className="sr-only">
                  {' '}
                  <HomeMessage k="filterMoreHint" />
                </span>
              </summary>
              <FacetList facets={group.folded} toggle={toggle} href={href} />
            </details>
          ) : null}
        </section>
      ))}
    </div>
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
