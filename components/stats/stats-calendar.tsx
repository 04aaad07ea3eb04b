import type { ReactNode } from 'react';
import { LEVELS, levelRanges, type StudyCalendar } from '@/lib/study/calendar';
import type { StudyMessageKey } from '@/lib/study-messages';
import { StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';
import { StatsCalendarGrid } from '@/components/stats/stats-calendar-grid';

const plural = (n: number, one: StudyMessageKey, many: StudyMessageKey) => <StudyMessage k={n === 1 ? one : many} values={{ n: n.toLocaleString('en-US') }} />;

/** The answers a shade stands for, shown on hover; none for a shade no day reaches yet. */
const rangeText = (range: { from: number; to: number } | undefined): string | undefined =>
  range === undefined ? undefined : range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;

/** A year of study, day by day, with the current and the longest streak. */
export function StatsCalendar({ calendar }: { calendar: StudyCalendar }) {
  const ranges = levelRanges(calendar.max);
  return (
    <StatsSection id="stats-calendar" heading="statsCalendarHeading" className="stats-card" testId="stats-calendar">
      <p className="stats-hint">
        <StudyMessage k="statsCalendarHint" />
      </p>
      <dl className="stats-calendar-figures">
        <Figure label="statsCalendarCurrent" testId="stats-calendar-current" data={{ 'data-days': calendar.current }}>
          {plural(calendar.current, 'statsCalendarDaysOne', 'statsCalendarDays')}
        </Figure>
        <Figure label="statsCalendarLongest" testId="stats-calendar-longest" data={{ 'data-days': calendar.longest }}>
          {plural(calendar.longest, 'statsCalendarDaysOne', 'statsCalendarDays')}
        </Figure>
        <Figure label="statsCalendarYear" testId="stats-calendar-year" data={{ 'data-answers': calendar.total, 'data-days': calendar.activeDays }}>
          {plural(calendar.total, 'statsCalendarAnswersOne', 'statsCalendarAnswers')}{' '}
          <span className="stats-figure-sub">{plural(calendar.activeDays, 'statsCalendarStudyDaysOne', 'statsCalendarStudyDays')}</span>
        </Figure>
      </dl>
      <div className="stats-calendar-body">
        <StatsCalendarGrid calendar={calendar} labelledBy="stats-calendar-heading" />
        {/* The hint says what the colours mean and every cell says its count: the legend is for the eye only. */}
        <div className="stats-calendar-legend" aria-hidden="true">
          <StudyMessage k="statsCalendarLess" />
          {LEVELS.map((level) => (
            <span key={level} className="stats-day stats-calendar-swatch" data-level={level} title={rangeText(ranges.find((range) => range.level === level))} />
          ))}
          <StudyMessage k="statsCalendarMore" />
        </div>
      </div>
    </StatsSection>
  );
}

type FigureProps = { label: StudyMessageKey; testId: string; data: Record<`data-${string}`, number>; children: ReactNode };

function Figure({ label, testId, data, children }: FigureProps) {
  return (
    <div className="stats-calendar-figure" data-testid={testId} {...data}>
      <dt>
        <StudyMessage k={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
