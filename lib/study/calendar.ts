import { addDays, dayKey, studyStreak } from './stats';

/*
 * The study calendar on /stats: a year of local days ending today, laid out as GitHub's
 * contribution graph (a column per week, a row per weekday), each day shaded by how many
 * answers it holds, and the study streaks. Pure: `now` is passed in, and days are the
 * student's local calendar days ('YYYY-MM-DD', as the store counts them), so a DST change
 * moves nothing.
 */

/** 0 is Sunday, as Date#getDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** 0: no answer; 1 to 4: up to a quarter, half, three quarters, all of the busiest day's answers. */
export type Level = 0 | 1 | 2 | 3 | 4;

export type CalendarDay = { day: string; count: number; level: Level };

/** Seven slots from the week's first day; null outside the year (before its first day, after today). */
export type CalendarWeek = { key: string; days: (CalendarDay | null)[] };

/** A run of consecutive weeks whose first shown day falls in the same month (0 is January). */
export type MonthSpan = { key: string; month: number; weeks: number };

export type StudyCalendar = {
  /** The weekday of each week's first slot. */
  weekStart: Weekday;
  weeks: CalendarWeek[];
  months: MonthSpan[];
  /** The year shown: the day after the same date a year ago, and today. */
  first: string;
  last: string;
  /** Answers in the year shown, and the days with at least one. */
  total: number;
  activeDays: number;
  /** The busiest day's answers in the year shown: what the levels are measured against. */
  max: number;
  /** Days in a row up to today (or up to yesterday, while today has no answer yet). */
  current: number;
  /** The longest run of days in a row in the whole record. */
  longest: number;
};

/** Midday of `date`'s local day: a safe distance from any DST jump around midnight. */
const midday = (date: Date): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12);

/** 'YYYY-MM-DD' back to midday of that local day; null for anything else. */
export function fromDayKey(key: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return dayKey(date) === key ? date : null;
}

/** The first day of the year ending on `today`: the day after the same date a year before (28 February standing in for the 29th). */
function yearStart(today: Date): Date {
  const year = today.getFullYear() - 1;
  const month = today.getMonth();
  const lastOfMonth = new Date(year, month + 1, 0).getDate();
  return addDays(new Date(year, month, Math.min(today.getDate(), lastOfMonth), 12), 1);
}

/** Every level, palest first. */
export const LEVELS = [0, 1, 2, 3, 4] as const;

export function calendarLevel(count: number, max: number): Level {
  if (count <= 0 || max <= 0) return 0;
  return LEVELS[Math.ceil((4 * Math.min(count, max)) / max)] ?? 4;
}

/** The counts each level stands for against `max` (a level no count can reach is left out): for the legend. */
export function levelRanges(max: number): { level: Level; from: number; to: number }[] {
  const ranges: { level: Level; from: number; to: number }[] = [{ level: 0, from: 0, to: 0 }];
  for (const level of [1, 2, 3, 4] as const) {
    const from = Math.floor(((level - 1) * max) / 4) + 1;
    const to = Math.floor((level * max) / 4);
    if (from <= to) ranges.push({ level, from, to });
  }
  return ranges;
}

/** The longest run of consecutive local days in `days`. */
export function longestStreak(days: ReadonlySet<string>): number {
  let longest = 0;
  for (const key of days) {
    const date = fromDayKey(key);
    // Count each run once, from its first day.
    if (!date || days.has(dayKey(addDays(date, -1)))) continue;
    let length = 1;
    while (days.has(dayKey(addDays(date, length)))) length += 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

function monthSpans(weeks: readonly CalendarWeek[]): MonthSpan[] {
  const spans: MonthSpan[] = [];
  for (const week of weeks) {
    const shown = week.days.find((day) => day !== null);
    const month = shown ? Number(shown.day.slice(5, 7)) - 1 : -1;
    const last = spans.at(-1);
    if (last && last.month === month) last.weeks += 1;
    else spans.push({ key: week.key, month, weeks: 1 });
  }
  return spans;
}

/** The calendar of the year ending on `now`'s local day, weeks starting on `weekStart`, from per-day answer counts. */
export function studyCalendar(days: ReadonlyMap<string, number>, now: Date, weekStart: Weekday = 0): StudyCalendar {
  const today = midday(now);
  const first = yearStart(today);
  const [firstKey, lastKey] = [dayKey(first), dayKey(today)];
  const inYear = (key: string) => key >= firstKey && key <= lastKey;
  const studied = new Set([...days].filter(([, count]) => count > 0).map(([key]) => key));
  const counts = [...days].filter(([key, count]) => count > 0 && inYear(key)).map(([, count]) => count);
  const max = Math.max(0, ...counts);

  const weeks: CalendarWeek[] = [];
  let start = addDays(first, -((first.getDay() - weekStart + 7) % 7));
  while (dayKey(start) <= lastKey) {
    const slots = Array.from({ length: 7 }, (_, index) => dayKey(addDays(start, index)));
    weeks.push({
      key: slots[0] ?? '',
      days: slots.map((key) => {
        if (!inYear(key)) return null;
        const count = Math.max(0, days.get(key) ?? 0);
        return { day: key, count, level: calendarLevel(count, max) };
      }),
    });
    start = addDays(start, 7);
  }

  return {
    weekStart,
    weeks,
    months: monthSpans(weeks),
    first: firstKey,
    last: lastKey,
    total: counts.reduce((sum, count) => sum + count, 0),
    activeDays: counts.length,
    max,
    current: studyStreak(studied, now),
    longest: longestStreak(studied),
  };
}
