import type { CalendarDay, StudyCalendar } from '@/lib/study/calendar';
import { fill, type Language } from '@/lib/i18n';
import { studyMessages, type StudyMessageKey } from '@/lib/study-messages';
import { Bilingual } from '@/components/ui/bilingual';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The year as a table: a row per weekday, a column per week, so a screen reader reads each
 * day's date and count in its cell (with the weekday as the row's heading). On a narrow
 * screen the table scrolls inside its own box, which opens at its right end: this week.
 */

const WEEKDAYS: readonly StudyMessageKey[] = ['statsSun', 'statsMon', 'statsTue', 'statsWed', 'statsThu', 'statsFri', 'statsSat'];
const MONTHS: readonly StudyMessageKey[] = ['statsJan', 'statsFeb', 'statsMar', 'statsApr', 'statsMay', 'statsJun', 'statsJul', 'statsAug', 'statsSep', 'statsOct', 'statsNov', 'statsDec'];
/** Weekday rows labelled on screen (Mon, Wed, Fri, as GitHub does); the others are named for screen readers only. */
const SHOWN_WEEKDAYS = new Set([1, 3, 5]);

const say = (k: StudyMessageKey, language: Language, values?: Record<string, string | number>) => fill(studyMessages[k][language], values);

function dateText(key: string, language: Language): string {
  const [y = '', m = '', d = ''] = key.split('-');
  return say('statsCalendarDate', language, { y, m: Number(m), d: Number(d), month: say(MONTHS[Number(m) - 1] ?? 'statsJan', language) });
}

function dayText(day: CalendarDay, language: Language, today: boolean): string {
  const key = day.count === 0 ? 'statsCalendarDayNone' : day.count === 1 ? 'statsCalendarDayOne' : 'statsCalendarDay';
  const text = say(key, language, { date: dateText(day.day, language), n: day.count.toLocaleString('en-US') });
  return today ? `${text} (${say('statsCalendarToday', language)})` : text;
}

export function StatsCalendarGrid({ calendar, labelledBy }: { calendar: StudyCalendar; labelledBy: string }) {
  return (
    <div className="stats-calendar-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0} data-testid="stats-calendar-scroll">
      <table className="stats-calendar-table">
        <caption className="sr-only">
          <StudyMessage k="statsCalendarCaption" />
        </caption>
        <thead>
          <tr>
            <td className="stats-calendar-corner" />
            {calendar.months.map((span) => (
              <th key={span.key} scope="col" colSpan={span.weeks} className="stats-calendar-month">
                {/* A month of a single week has no room for its name. */}
                <span className={span.weeks < 2 ? 'sr-only' : undefined}>
                  <StudyMessage k={MONTHS[span.month] ?? 'statsJan'} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((_, row) => {
            const weekday = (calendar.weekStart + row) % 7;
            return (
              <tr key={weekday}>
                <th scope="row" className="stats-calendar-weekday">
                  <span className={SHOWN_WEEKDAYS.has(weekday) ? undefined : 'sr-only'}>
                    <StudyMessage k={WEEKDAYS[weekday] ?? 'statsSun'} />
                  </span>
                </th>
                {calendar.weeks.map((week) => {
                  const day = week.days[row];
                  if (!day) return <td key={week.key} className="stats-day-outside" />;
                  const today = day.day === calendar.last;
                  return (
                    <td
                      key={week.key}
                      className="stats-day"
                      title={`${day.day}: ${day.count}`}
                      aria-current={today ? 'date' : undefined}
                      data-testid="stats-calendar-day"
                      data-day={day.day}
                      data-count={day.count}
                      data-level={day.level}
                    >
                      <Bilingual className="sr-only" text={(language) => dayText(day, language, today)} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
