import { describe, expect, it } from 'vitest';
import { dueText, intervalText, soonestDue, type DueText, type IntervalText } from '@/lib/study/due-text';

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

describe('the soonest due time', () => {
  it.each<[string, { due: string }[], string | null]>([
    ['none answered', [], null],
    ['one', [{ due: '2026-12-01T10:00:00.000Z' }], '2026-12-01T10:00:00.000Z'],
    ['the earliest of several, in any order', [{ due: '2026-12-03T10:00:00.000Z' }, { due: '2026-11-30T08:00:00.000Z' }, { due: '2026-12-01T10:00:00.000Z' }], '2026-11-30T08:00:00.000Z'],
  ])('%s', (_case, summaries, expected) => {
    expect(soonestDue(summaries)?.toISOString() ?? null).toBe(expected);
  });
});
