import type { FacetGroup } from '@/lib/tags';
import { HomeMessage } from '@/components/notes/home-message';

/*
 * The tag facets, one group per namespace. Each count is what choosing the tag next would
 * leave; tags that would leave nothing fold into a disclosure instead of crowding the list.
 */

type Props = { groups: FacetGroup[]; toggle: (tag: string) => void };

export function FacetPanel({ groups, toggle }: Props) {
  return (
    <div className="facet-groups">
      {groups.map((group) => (
        <section key={group.namespace} className="facet-group" data-namespace={group.namespace}>
          <h3 className="facet-namespace">{group.namespace}</h3>
          {group.shown.length > 0 ? <FacetList facets={group.shown} toggle={toggle} /> : null}
          {group.folded.length > 0 ? (
            <details className="facet-more" data-testid="facet-more">
              <summary>
                <HomeMessage k="filterMore" values={{ n: group.folded.length }} />
                <span className="sr-only">
                  {' '}
                  <HomeMessage k="filterMoreHint" />
                </span>
              </summary>
              <FacetList facets={group.folded} toggle={toggle} />
            </details>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function FacetList({ facets, toggle }: { facets: FacetGroup['shown']; toggle: Props['toggle'] }) {
  return (
    <ul className="facet-list">
      {facets.map((facet) => (
        <li key={facet.tag}>
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
        </li>
      ))}
    </ul>
  );
}
