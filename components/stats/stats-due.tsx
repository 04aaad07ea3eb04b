import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { DueDay } from '@/lib/study/stats';
import { ChartColumns, type Column } from '@/components/stats/chart-columns';
import { SvgStudyMessage, StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';
import { DueTime } from '@/components/review/due-time';

const WEEKDAYS: MessageKey[] = ['statsSun', 'statsMon', 'statsTue', 'statsWed', 'statsThu', 'statsFri', 'statsSat'];

const dayName = (day: DueDay, index: number): MessageKey => (index === 0 ? 'statsToday' : (WEEKDAYS[day.date.getDay()] ?? 'statsSun'));

/** Reviews due on each of the next seven days, as columns, and when the next one is due. */
export function StatsDue({ days, next, now }: { days: DueDay[]; next: Date | null; now: Date }) {
  const columns: Column[] = days.map((day, index) => ({
    key: day.day,
    count: day.count,
    label: <SvgStudyMessage k={dayName(day, index)} />,
    sublabel: `${day.date.getMonth() + 1}/${day.date.getDate()}`,
    title: `${day.day}: ${day.count}`,
    highlight: index === 0,
  }));
  return (
    <StatsSection id="stats-due" heading="statsDueHeading" className="stats-card" testId="stats-due">
      <p className="stats-hint">
        <StudyMessage k="statsDueHint" />
      </p>
      {next ? (
        <p className="stats-due-next" data-testid="stats-due-next">
          <StudyMessage k="dueNextLabel" />: <DueTime due={next} now={now} testId="stats-due-time" />
        </p>
      ) : null}
      <ChartColumns
        columns={columns}
        caption={<span className="sr-only"><StudyMessage k="statsDueHeading" /></span>}
        description={
          <>
            <StudyMessage k="statsDueChart" />{' '}
            {days.map((day, index) => (
              <span key={day.day}>
                {index > 0 ? ', ' : null}
                <StudyMessage k={dayName(day, index)} /> {day.day} {day.count}
              </span>
            ))}
          </>
        }
        testId="chart-due"
      />
    </StatsSection>
  );
}
