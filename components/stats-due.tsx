import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { DueDay } from '@/lib/study/stats';
import { ChartColumns, type Column } from './chart-columns';
import { SvgT, T } from './study-t';
import { StatsSection } from './stats-section';

const WEEKDAYS: MessageKey[] = ['statsSun', 'statsMon', 'statsTue', 'statsWed', 'statsThu', 'statsFri', 'statsSat'];

const dayName = (day: DueDay, index: number): MessageKey => (index === 0 ? 'statsToday' : (WEEKDAYS[day.date.getDay()] ?? 'statsSun'));

/** Reviews due on each of the next seven days, as columns. */
export function StatsDue({ days }: { days: DueDay[] }) {
  const columns: Column[] = days.map((day, index) => ({
    key: day.day,
    count: day.count,
    label: <SvgT k={dayName(day, index)} />,
    sublabel: `${day.date.getMonth() + 1}/${day.date.getDate()}`,
    title: `${day.day}: ${day.count}`,
    highlight: index === 0,
  }));
  return (
    <StatsSection id="stats-due" heading="statsDueHeading" className="stats-card" testId="stats-due">
      <p className="stats-hint">
        <T k="statsDueHint" />
      </p>
      <ChartColumns
        columns={columns}
        caption={<span className="sr-only"><T k="statsDueHeading" /></span>}
        description={
          <>
            <T k="statsDueChart" />{' '}
            {days.map((day, index) => (
              <span key={day.day}>
                {index > 0 ? ', ' : null}
                <T k={dayName(day, index)} /> {day.day} {day.count}
              </span>
            ))}
          </>
        }
        testId="chart-due"
      />
    </StatsSection>
  );
}
