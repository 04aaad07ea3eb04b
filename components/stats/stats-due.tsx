import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import { WEEK_DAYS, dueByDay, dueOutlook, nextDue, type DueDay, type DueEntry } from '@/lib/study/due';
import { dayKey } from '@/lib/study/stats';
import { ChartColumns, type Column } from '@/components/stats/chart-columns';
import { SvgStudyMessage, StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';
import { DueTime } from '@/components/review/due-time';
import { DueSummary } from '@/components/study/due-summary';
import { useNow } from '@/components/study/use-now';

const WEEKDAYS: MessageKey[] = ['statsSun', 'statsMon', 'statsTue', 'statsWed', 'statsThu', 'statsFri', 'statsSat'];

const dayName = (day: DueDay, index: number): MessageKey => (index === 0 ? 'statsToday' : (WEEKDAYS[day.date.getDay()] ?? 'statsSun'));

type Props = {
  /** The summaries of the questions still in the bank. */
  entries: readonly DueEntry[];
  suspended?: ReadonlySet<string>;
  /** When the page's data arrived: the time until the shared clock has read it. */
  loadedAt: Date;
};

/**
 * The due counts as /review and the nav give them (lib/study/due.ts), the reviews due on
 * each of the next seven days as columns, and when the next one is due; on the same clock
 * as the nav's count, so the two always agree.
 */
export function StatsDue({ entries, suspended, loadedAt }: Props) {
  const now = useNow() ?? loadedAt;
  const days = dueByDay(entries, now, WEEK_DAYS, suspended);
  const next = nextDue(entries, suspended);
  const columns: Column[] = days.map((day, index) => ({
    key: dayKey(day.date),
    count: day.count,
    label: <SvgStudyMessage k={dayName(day, index)} />,
    sublabel: `${day.date.getMonth() + 1}/${day.date.getDate()}`,
    title: `${dayKey(day.date)}: ${day.count}`,
    highlight: index === 0,
  }));
  return (
    <StatsSection id="stats-due" heading="statsDueHeading" className="stats-card" testId="stats-due">
      <p className="stats-hint">
        <StudyMessage k="statsDueHint" />
      </p>
      <DueSummary outlook={dueOutlook(entries, now, suspended)} testId="stats-due-count" />
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
              <span key={dayKey(day.date)}>
                {index > 0 ? ', ' : null}
                <StudyMessage k={dayName(day, index)} /> {dayKey(day.date)} {day.count}
              </span>
            ))}
          </>
        }
        testId="chart-due"
      />
    </StatsSection>
  );
}
