import { describe, expect, it } from 'vitest';
import { calendarLevel, fromDayKey, levelRanges, longestStreak, studyCalendar, type StudyCalendar } from '@/lib/study/calendar';

/*
 * Times are built from local calendar fields (new Date(y, m, d, h)), so days mean the same in
 * any time zone the tests run in. The expected grids were worked out with a calendar by hand
 * (and checked against Python's datetime), never with the code under test.
 */

const local = (key: string, hour = 15, minute = 0): Date => {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute);
};

/** Every shown day, oldest first. */
const shownDays = (calendar: StudyCalendar) => calendar.weeks.flatMap((week) => week.days.flatMap((day) => (day ? [day] : [])));
const cell = (calendar: StudyCalendar, key: string) => shownDays(calendar).find((day) => day.day === key);

describe('the year shown: from the day after the same date last year to today', () => {
  it.each([
    { today: '2026-03-10', first: '2025-03-11', days: 365, weeks: 53, firstWeek: '2025-03-09', lastWeek: '2026-03-08' },
    // A year holding 29 February 2024 has 366 days.
    { today: '2024-03-01', first: '2023-03-02', days: 366, weeks: 53, firstWeek: '2023-02-26', lastWeek: '2024-02-25' },
    // On 29 February, "a year ago" is 28 February.
    { today: '2024-02-29', first: '2023-03-01', days: 366, weeks: 53, firstWeek: '2023-02-26', lastWeek: '2024-02-25' },
    { today: '2025-02-28', first: '2024-02-29', days: 366, weeks: 53, firstWeek: '2024-02-25', lastWeek: '2025-02-23' },
    { today: '2025-03-01', first: '2024-03-02', days: 365, weeks: 53, firstWeek: '2024-02-25', lastWeek: '2025-02-23' },
    // Across New Year.
    { today: '2026-01-01', first: '2025-01-02', days: 365, weeks: 53, firstWeek: '2024-12-29', lastWeek: '2025-12-28' },
    { today: '2025-12-31', first: '2025-01-01', days: 365, weeks: 53, firstWeek: '2024-12-29', lastWeek: '2025-12-28' },
    // 366 days from a Saturday to a Sunday touch 54 weeks.
    { today: '2024-03-03', first: '2023-03-04', days: 366, weeks: 54, firstWeek: '2023-02-26', lastWeek: '2024-03-03' },
  ])('$today: $first to $today, $days days in $weeks weeks', ({ today, first, days, weeks, firstWeek, lastWeek }) => {
    const calendar = studyCalendar(new Map(), local(today));
    expect(calendar.first).toBe(first);
    expect(calendar.last).toBe(today);
    expect(shownDays(calendar)).toHaveLength(days);
    expect(shownDays(calendar)[0]?.day).toBe(first);
    expect(shownDays(calendar).at(-1)?.day).toBe(today);
    expect(calendar.weeks).toHaveLength(weeks);
    expect(calendar.weeks[0]?.key).toBe(firstWeek);
    expect(calendar.weeks.at(-1)?.key).toBe(lastWeek);
  });

  it('has no gap and no repeat: each shown day is the day after the one before', () => {
    const days = shownDays(studyCalendar(new Map(), local('2024-03-01'))).map((day) => day.day);
    expect(new Set(days).size).toBe(366);
    expect(days).toContain('2024-02-29');
    expect(days.slice(0, 3)).toEqual(['2023-03-02', '2023-03-03', '2023-03-04']);
    expect(days.slice(-3)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it.each([
    // 2026-03-10 is a Tuesday: the last week, from Sunday 8 March, shows Sun, Mon, Tue and leaves the rest empty.
    { weekStart: 0 as const, lastWeek: ['2026-03-08', '2026-03-09', '2026-03-10', null, null, null, null], firstWeek: [null, null, '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15'] },
    // Weeks from Monday: the last week is Mon 9 and Tue 10.
    { weekStart: 1 as const, lastWeek: ['2026-03-09', '2026-03-10', null, null, null, null, null], firstWeek: [null, '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14', '2025-03-15', '2025-03-16'] },
  ])('weeks starting on day $weekStart: every column holds 7 slots, empty outside the year', ({ weekStart, firstWeek, lastWeek }) => {
    const calendar = studyCalendar(new Map(), local('2026-03-10'), weekStart);
    expect(calendar.weeks.every((week) => week.days.length === 7)).toBe(true);
    expect(calendar.weeks[0]?.days.map((day) => day?.day ?? null)).toEqual(firstWeek);
    expect(calendar.weeks.at(-1)?.days.map((day) => day?.day ?? null)).toEqual(lastWeek);
  });

  it('does not move with the hour: just after midnight and just before it show the same day', () => {
    for (const [hour, minute] of [[0, 0], [0, 30], [23, 59]] as const) {
      expect(studyCalendar(new Map(), local('2026-03-10', hour, minute)).last).toBe('2026-03-10');
    }
  });

  it.each([
    {
      today: '2026-03-10',
      months: [[2, 4], [3, 4], [4, 4], [5, 5], [6, 4], [7, 5], [8, 4], [9, 4], [10, 5], [11, 4], [0, 4], [1, 4], [2, 2]],
    },
    // The first week holds only 29 February 2024 of February: a month of one week.
    {
      today: '2025-02-28',
      months: [[1, 1], [2, 5], [3, 4], [4, 4], [5, 5], [6, 4], [7, 4], [8, 5], [9, 4], [10, 4], [11, 5], [0, 4], [1, 4]],
    },
  ])('$today: month labels span the weeks whose first shown day is in that month', ({ today, months }) => {
    const calendar = studyCalendar(new Map(), local(today));
    expect(calendar.months.map((span) => [span.month, span.weeks])).toEqual(months);
    expect(calendar.months.reduce((sum, span) => sum + span.weeks, 0)).toBe(calendar.weeks.length);
  });
});

describe('counts and shades', () => {
  it('an empty record: every day 0, no shade, no streak', () => {
    const calendar = studyCalendar(new Map(), local('2026-03-10'));
    expect(shownDays(calendar).every((day) => day.count === 0 && day.level === 0)).toBe(true);
    expect(calendar).toMatchObject({ total: 0, activeDays: 0, max: 0, current: 0, longest: 0 });
  });

  it('puts each day’s count on its date; days outside the year count for nothing but the longest streak', () => {
    const days = new Map([
      ['2024-12-31', 50],
      ['2025-03-10', 7],
      ['2025-03-11', 2],
      ['2025-12-31', 8],
      ['2026-01-01', 4],
      ['2026-03-10', 1],
    ]);
    const calendar = studyCalendar(days, local('2026-03-10'));
    expect(cell(calendar, '2025-03-11')).toEqual({ day: '2025-03-11', count: 2, level: 1 });
    expect(cell(calendar, '2025-12-31')).toEqual({ day: '2025-12-31', count: 8, level: 4 });
    expect(cell(calendar, '2026-01-01')).toEqual({ day: '2026-01-01', count: 4, level: 2 });
    expect(cell(calendar, '2026-03-10')).toEqual({ day: '2026-03-10', count: 1, level: 1 });
    expect(cell(calendar, '2026-03-09')).toEqual({ day: '2026-03-09', count: 0, level: 0 });
    expect(cell(calendar, '2025-03-10')).toBeUndefined();
    expect(calendar).toMatchObject({ total: 15, activeDays: 4, max: 8 });
  });

  it.each([
    { count: 0, max: 10, level: 0 },
    { count: 1, max: 10, level: 1 },
    { count: 2, max: 10, level: 1 },
    { count: 3, max: 10, level: 2 },
    { count: 5, max: 10, level: 2 },
    { count: 6, max: 10, level: 3 },
    { count: 7, max: 10, level: 3 },
    { count: 8, max: 10, level: 4 },
    { count: 10, max: 10, level: 4 },
    { count: 1, max: 1, level: 4 },
    { count: 1, max: 400, level: 1 },
    { count: 0, max: 0, level: 0 },
  ])('$count of a busiest day of $max: level $level', ({ count, max, level }) => {
    expect(calendarLevel(count, max)).toBe(level);
  });

  it.each([
    { max: 0, ranges: [[0, 0, 0]] },
    { max: 1, ranges: [[0, 0, 0], [4, 1, 1]] },
    { max: 2, ranges: [[0, 0, 0], [2, 1, 1], [4, 2, 2]] },
    { max: 10, ranges: [[0, 0, 0], [1, 1, 2], [2, 3, 5], [3, 6, 7], [4, 8, 10]] },
  ])('the legend for a busiest day of $max', ({ max, ranges }) => {
    expect(levelRanges(max).map((range) => [range.level, range.from, range.to])).toEqual(ranges);
  });
});

describe('streaks', () => {
  const record = (...keys: string[]) => new Map(keys.map((key) => [key, 3]));

  it.each([
    { name: 'studied today and the two days before', days: ['2026-03-08', '2026-03-09', '2026-03-10'], now: local('2026-03-10'), current: 3, longest: 3 },
    // Today is not over: a streak that reached yesterday still stands.
    { name: 'nothing yet today, studied yesterday', days: ['2026-03-08', '2026-03-09'], now: local('2026-03-10', 23, 59), current: 2, longest: 2 },
    { name: 'just after midnight, studied yesterday', days: ['2026-03-09'], now: local('2026-03-10', 0, 0), current: 1, longest: 1 },
    { name: 'a whole day missed', days: ['2026-03-07', '2026-03-08'], now: local('2026-03-10'), current: 0, longest: 2 },
    { name: 'gaps: the longest run is the older one', days: ['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04', '2026-02-05', '2026-03-09', '2026-03-10'], now: local('2026-03-10'), current: 2, longest: 5 },
    { name: 'across New Year', days: ['2025-12-30', '2025-12-31', '2026-01-01'], now: local('2026-01-01'), current: 3, longest: 3 },
    { name: 'across 29 February', days: ['2024-02-28', '2024-02-29', '2024-03-01'], now: local('2024-03-01'), current: 3, longest: 3 },
    // 2023 has no 29 February: 28 February and 1 March are next to each other.
    { name: 'across the end of a short February', days: ['2023-02-28', '2023-03-01'], now: local('2023-03-01'), current: 2, longest: 2 },
    { name: 'a run older than the year shown', days: ['2020-05-01', '2020-05-02', '2020-05-03', '2020-05-04', '2026-03-10'], now: local('2026-03-10'), current: 1, longest: 4 },
  ])('$name: current $current, longest $longest', ({ days, now, current, longest }) => {
    expect(studyCalendar(record(...days), now)).toMatchObject({ current, longest });
  });

  it('a day counted 0 is no day studied', () => {
    const days = new Map([
      ['2026-03-08', 2],
      ['2026-03-09', 0],
      ['2026-03-10', 1],
    ]);
    expect(studyCalendar(days, local('2026-03-10'))).toMatchObject({ current: 1, longest: 1, activeDays: 2 });
  });

  it('a key that is not a day is left out of the longest streak', () => {
    expect(longestStreak(new Set(['garbage', '2026-02-30', '2026-03-01']))).toBe(1);
  });
});

describe('day keys', () => {
  it.each([
    { key: '2024-02-29', day: [2024, 1, 29] },
    { key: '2026-01-01', day: [2026, 0, 1] },
    { key: '2023-02-29', day: null },
    { key: '2026-2-9', day: null },
    { key: '', day: null },
  ])('$key', ({ key, day }) => {
    const date = fromDayKey(key);
    expect(date === null ? null : [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual(day);
  });
});
