import type { NamespaceMastery, TagMastery } from '@/lib/study/stats';
import { ChartBars, type BarRow } from '@/components/stats/chart-bars';
import { StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';

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
    <StatsSection id="stats-mastery" heading="statsMasteryHeading" className="stats-card" testId="stats-mastery">
      <p className="stats-hint">
        <StudyMessage k="statsMasteryHint" />
      </p>
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
                <StudyMessage k="statsMasteryChart" /> {group.tags.map((entry) => `${entry.tag} ${entry.mastered}/${entry.total} (${Math.round(entry.share * 100)}%)`).join(', ')}
              </>
            }
            testId={`chart-mastery-${group.namespace}`}
          />
        </details>
      ))}
    </StatsSection>
  );
}
