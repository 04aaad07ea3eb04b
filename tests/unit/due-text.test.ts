import { describe, expect, it } from 'vitest';
import { dueText, increasingIntervals, intervalText, nextLonger, nextShorter, readsLonger, type DueText, type IntervalText } from '@/lib/study/due-text';

/* Due times and intervals as the student reads them; local times, built with the local constructor. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('an interval on a rating button', () => {
  it.each<[string, number, IntervalText]>([
    ['less than a minute', 20_000, { unit: 'minute', count: 1 }],
    ['ten minutes', 10 * MINUTE, { unit: 'minute', count: 10 }],
    ['59 minutes', 59 * MINUTE, { unit: 'minute', count: 59 }],
    ['an hour', HOUR, { unit: 'hour', count: 1 }],
    ['five and a half hours', 5.5 * HOUR, { unit: 'hour', count: 6 }],
    ['23 hours', 23 * HOUR, { unit: 'hour', count: 23 }],
    ['23 and a half hours', 23.5 * HOUR, { unit: 'day', count: 1 }],
    ['a day', DAY, { unit: 'day', count: 1 }],
    ['three days', 3 * DAY, { unit: 'day', count: 3 }],
    ['29 days', 29 * DAY, { unit: 'day', count: 29 }],
    ['30 days', 30 * DAY, { unit: 'month', count: 1 }],
    ['45 days', 45 * DAY, { unit: 'month', count: 1.5 }],
    ['180 days', 180 * DAY, { unit: 'month', count: 6 }],
    ['a year', 365 * DAY, { unit: 'year', count: 1 }],
    ['two and a half years', 912 * DAY, { unit: 'year', count: 2.5 }],
  ])('%s', (_case, ms, expected) => {
    expect(intervalText(ms)).toEqual(expected);
  });
});

describe('when a question is due', () => {
  const now = new Date(2026, 11, 1, 14, 5);
  it.each<[string, Date, DueText]>([
    ['overdue since yesterday', new Date(2026, 10, 30, 9, 0), { kind: 'now' }],
    ['due this very minute', new Date(2026, 11, 1, 14, 5), { kind: 'now' }],
    ['later today', new Date(2026, 11, 1, 15, 40), { kind: 'today', time: '15:40' }],
    ['just before midnight', new Date(2026, 11, 1, 23, 59), { kind: 'today', time: '23:59' }],
    ['just after midnight', new Date(2026, 11, 2, 0, 3), { kind: 'tomorrow', time: '00:03' }],
    ['tomorrow evening', new Date(2026, 11, 2, 21, 7), { kind: 'tomorrow', time: '21:07' }],
    ['the day after tomorrow', new Date(2026, 11, 3, 8, 0), { kind: 'later', date: '2026-12-03' }],
    ['next year', new Date(2027, 0, 15, 8, 0), { kind: 'later', date: '2027-01-15' }],
  ])('%s', (_case, due, expected) => {
    expect(dueText(due, now)).toEqual(expected);
  });

  it('on the last day of a month, tomorrow is the 1st', () => {
    expect(dueText(new Date(2026, 11, 1, 9, 30), new Date(2026, 10, 30, 20, 0))).toEqual({ kind: 'tomorrow', time: '09:30' });
  });
});

describe('which of two intervals reads longer', () => {
  it.each<[string, number, number, boolean]>([
    ['11 minutes after 10', 11 * MINUTE, 10 * MINUTE, true],
    ['10 minutes after 10', 10 * MINUTE, 10 * MINUTE, false],
    ['10 minutes 20 seconds after 10 minutes (both "10 min")', 10 * MINUTE + 20_000, 10 * MINUTE, false],
    ['an hour after 59 minutes', HOUR, 59 * MINUTE, true],
    ['a day after 23 hours', DAY, 23 * HOUR, true],
    ['a day and 3 hours after a day (both "1 day")', DAY + 3 * HOUR, DAY, false],
    ['31 days after 30 (both "1 month")', 31 * DAY, 30 * DAY, false],
    ['32 days after 30 ("1.1 months")', 32 * DAY, 30 * DAY, true],
    ['a shorter one', 5 * MINUTE, DAY, false],
  ])('%s: %s', (_case, a, b, expected) => {
    expect(readsLonger(a, b)).toBe(expected);
  });
});

describe('the next interval up and down, in whole units', () => {
  it.each<[string, number, number, IntervalText]>([
    ['10 minutes -> 11', 10 * MINUTE, 11 * MINUTE, { unit: 'minute', count: 11 }],
    ['59 minutes -> an hour', 59 * MINUTE, 60 * MINUTE, { unit: 'hour', count: 1 }],
    ['23 hours -> a day', 23 * HOUR, DAY, { unit: 'day', count: 1 }],
    ['a day -> 2 days', DAY, 2 * DAY, { unit: 'day', count: 2 }],
    ['a day and 3 hours ("1 day") -> 2 days', DAY + 3 * HOUR, 2 * DAY, { unit: 'day', count: 2 }],
    ['29 days -> 30 ("1 month")', 29 * DAY, 30 * DAY, { unit: 'month', count: 1 }],
    ['30 days ("1 month") -> 32 ("1.1 months")', 30 * DAY, 32 * DAY, { unit: 'month', count: 1.1 }],
    ['180 days ("6 months") -> 182 ("6.1 months")', 180 * DAY, 182 * DAY, { unit: 'month', count: 6.1 }],
    ['364 days ("12.1 months") -> a year', 364 * DAY, 365 * DAY, { unit: 'year', count: 1 }],
    ['a year -> 384 days ("1.1 years")', 365 * DAY, 384 * DAY, { unit: 'year', count: 1.1 }],
  ])('up: %s', (_case, ms, expected, reads) => {
    expect(nextLonger(ms)).toBe(expected);
    expect(intervalText(expected)).toEqual(reads);
  });

  it.each<[string, number, number | null]>([
    ['a minute: nothing shorter', MINUTE, null],
    ['10 minutes -> 9', 10 * MINUTE, 9 * MINUTE],
    ['an hour -> 59 minutes', HOUR, 59 * MINUTE],
    ['3 hours -> 2', 3 * HOUR, 2 * HOUR],
    ['a day -> 23 hours', DAY, 23 * HOUR],
    ['2 days -> 1', 2 * DAY, DAY],
    ['30 days ("1 month") -> 29 days', 30 * DAY, 29 * DAY],
    ['180 days ("6 months") -> 178 ("5.9 months")', 180 * DAY, 178 * DAY],
    ['a year -> 364 days ("12.1 months")', 365 * DAY, 364 * DAY],
  ])('down: %s', (_case, ms, expected) => {
    expect(nextShorter(ms)).toBe(expected);
  });
});

describe('the four ratings’ intervals read strictly longer, again to easy', () => {
  const CAP = 180 * DAY;
  it.each<[string, number[], number, number[]]>([
    ['already increasing: unchanged', [10 * MINUTE, 15 * MINUTE, 3 * DAY, 9 * DAY], CAP, [10 * MINUTE, 15 * MINUTE, 3 * DAY, 9 * DAY]],
    ['"good 1 day, easy 1 day": easy becomes 2 days', [10 * MINUTE, 15 * MINUTE, DAY, DAY], CAP, [10 * MINUTE, 15 * MINUTE, DAY, 2 * DAY]],
    ['all four a day (no learning steps): 1, 2, 3, 4 days', [DAY, DAY, DAY, DAY], CAP, [DAY, 2 * DAY, 3 * DAY, 4 * DAY]],
    ['two equal steps: hard one minute later', [10 * MINUTE, 10 * MINUTE, 10 * MINUTE, 4 * DAY], CAP, [10 * MINUTE, 11 * MINUTE, 12 * MINUTE, 4 * DAY]],
    ['the same reading but not the same time: raised to the next reading', [10 * MINUTE, 15 * MINUTE, DAY, DAY + 3 * HOUR], CAP, [10 * MINUTE, 15 * MINUTE, DAY, 2 * DAY]],
    ['at the cap: easy stays at it, the others step down below it', [10 * MINUTE, 180 * DAY, 181 * DAY, 182 * DAY], CAP, [10 * MINUTE, 175 * DAY, 178 * DAY, 180 * DAY]],
    ['a one-day cap: good falls within the day', [10 * MINUTE, 15 * MINUTE, DAY, DAY], DAY, [10 * MINUTE, 15 * MINUTE, 23 * HOUR, DAY]],
  ])('%s', (_case, gaps, cap, expected) => {
    expect(increasingIntervals(gaps, cap)).toEqual(expected);
  });
});
