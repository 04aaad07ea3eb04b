import type { NamespaceMastery, TagMastery } from '@/lib/stats';
import { ChartBars, type BarRow } from './chart-bars';
import { T } from './study-t';

const row = (entry: TagMastery): BarRow => {
  const percent = Math.round(entry.share * 100);
  return {
    key: entry.tag,
    label: entry.tag,
    value: entry.share,
    valueText: `${entry.mastered}/${entry.total} · ${percent}%`,
    title: `${entry.tag}: ${entry.mastered}/${entry.total} (${percent}%), ${entry.answered}/${entry.total} answered`,
  };
};

/** Mastery per tag: one bar chart per namespace, the biggest namespace open. */
export function StatsMastery({ groups }: { groups: NamespaceMastery[] }) {
  return (
    <section aria-labelledby="stats-mastery-heading" className="stats-section stats-card" data-testid="stats-mastery">
      <h2 id="stats-mastery-heading" className="stats-heading">
        <T k="statsMasteryHeading" />
      </h2>
      <p className="stats-hint">
        <T k="statsMasteryHint" />
      </p>
      {groups.map((group, index) => (
        <details key={group.namespace} className="stats-namespace" open={index === 0}>
          <summary>
            <span className="stats-namespace-name">{group.namespace}</span>{' '}
            <span className="count">
              <T k={group.tags.length === 1 ? 'statsTagsCountOne' : 'statsTagsCount'} values={{ n: group.tags.length }} />
            </span>
          </summary>
          <ChartBars
            rows={group.tags.map(row)}
            caption={<span className="sr-only">{group.namespace}</span>}
            description={
              <>
                <T k="statsMasteryChart" /> {group.tags.map((entry) => `${entry.tag} ${entry.mastered}/${entry.total} (${Math.round(entry.share * 100)}%)`).join(', ')}
              </>
            }
            testId={`chart-mastery-${group.namespace}`}
          />
        </details>
      ))}
    </section>
  );
}
