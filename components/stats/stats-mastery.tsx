import type { NamespaceMastery, TagMastery } from '@/lib/study/stats';
import type { StudyMessageKey } from '@/lib/study-messages';
import { ChartBars, type BarRow } from '@/components/stats/chart-bars';
import { StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';

const row = (entry: TagMastery): BarRow => {
  const percent = Math.round(entry.share * 100);
  return {
    key: entry.tag,
    label: entry.tag,
    value: entry.share,
    wrong: entry.wrong / entry.total,
    valueText: `${entry.mastered}/${entry.total} · ${percent}%`,
    title: `${entry.tag}: ${entry.mastered}/${entry.total} (${percent}%), ${entry.wrong} wrong, ${entry.total - entry.answered} not studied`,
  };
};

const LEGEND: { k: StudyMessageKey; className: string }[] = [
  { k: 'statsLegendKnown', className: 'stats-swatch-known' },
  { k: 'statsLegendWrong', className: 'stats-swatch-wrong' },
  { k: 'statsLegendNotStudied', className: 'stats-swatch-todo' },
];

/** Mastery per tag: one bar chart per namespace, the biggest namespace open; wrong apart from not studied. */
export function StatsMastery({ groups }: { groups: NamespaceMastery[] }) {
  return (
    <StatsSection id="stats-mastery" heading="statsMasteryHeading" className="stats-card" testId="stats-mastery">
      <p className="stats-hint">
        <StudyMessage k="statsMasteryHint" />
      </p>
      <ul className="stats-legend" data-testid="stats-mastery-legend">
        {LEGEND.map((item) => (
          <li key={item.k}>
            <span className={`stats-swatch ${item.className}`} aria-hidden="true" />
            <StudyMessage k={item.k} />
          </li>
        ))}
      </ul>
      {groups.map((group, index) => (
        <details key={group.namespace} className="stats-namespace" open={index === 0}>
          <summary>
            <span className="stats-namespace-name">{group.namespace}</span>{' '}
            <span className="count">
              <StudyMessage k={group.tags.length === 1 ? 'statsTagsCountOne' : 'statsTagsCount'} values={{ n: group.tags.length }} />
            </span>
          </summary>
          <ChartBars
            rows={group.tags.map(row)}
            caption={<span className="sr-only">{group.namespace}</span>}
            description={
              <>
                <StudyMessage k="statsMasteryChart" />{' '}
                {group.tags.map((entry, at) => (
                  <span key={entry.tag}>
                    {at > 0 ? ', ' : null}
                    <StudyMessage k="statsMasteryRow" values={{ tag: entry.tag, known: entry.mastered, wrong: entry.wrong, todo: entry.total - entry.answered, total: entry.total }} />
                  </span>
                ))}
              </>
            }
            testId={`chart-mastery-${group.namespace}`}
          />
        </details>
      ))}
    </StatsSection>
  );
}
