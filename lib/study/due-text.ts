import { dayKey } from './stats';
import { endOfDay } from './due';

/*
 * How a due time or an interval reads, as the parts a message fills in; the words are in
 * the message tables, so both languages come from the same parts.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS = ['minute', 'hour', 'day', 'month', 'year'] as const;
export type IntervalUnit = (typeof UNITS)[number];
/** `count` is what is shown: whole minutes, hours and days; months and years to one decimal. */
export type IntervalText = { unit: IntervalUnit; count: number };

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** An interval the way Anki's buttons give it: the largest unit it reaches, rounded. */
export function intervalText(ms: number): IntervalText {
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return { unit: 'minute', count: minutes };
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return { unit: 'hour', count: hours };
  const days = Math.max(1, Math.round(ms / DAY));
  if (days < 30) return { unit: 'day', count: days };
  if (days < 365) return { unit: 'month', count: oneDecimal(days / 30) };
  return { unit: 'year', count: oneDecimal(days / 365) };
}

/** Whether interval `a` reads longer than `b` on a button: a larger unit, or more of the same one. */
export function readsLonger(a: number, b: number): boolean {
  const [left, right] = [intervalText(a), intervalText(b)];
  const units = UNITS.indexOf(left.unit) - UNITS.indexOf(right.unit);
  return units > 0 || (units === 0 && left.count > right.count);
}

/** Whole days for a count of months or years, each shown to one decimal (30 and 365 days). */
const LONG_UNIT_DAYS = { month: 30, year: 365 } as const;

/**
 * The shortest interval that reads longer than `ms`: one more minute, hour or day (whole
 * units, so what is scheduled is what is shown), or the fewest whole days that read a
 * tenth of a month or year more.
 */
export function nextLonger(ms: number): number {
  const { unit, count } = intervalText(ms);
  if (unit === 'minute') return (count + 1) * MINUTE;
  if (unit === 'hour') return (count + 1) * HOUR;
  if (unit === 'day') return (count + 1) * DAY;
  return Math.ceil((count + 0.05) * LONG_UNIT_DAYS[unit] - 1e-9) * DAY;
}

/** The longest interval in whole units that reads shorter than `ms`; null below a minute. */
export function nextShorter(ms: number): number | null {
  const { unit, count } = intervalText(ms);
  if (unit === 'minute') return count > 1 ? (count - 1) * MINUTE : null;
  if (unit === 'hour') return count > 1 ? (count - 1) * HOUR : 59 * MINUTE;
  if (unit === 'day') return count > 1 ? (count - 1) * DAY : 23 * HOUR;
  const days = Math.ceil((count - 0.05) * LONG_UNIT_DAYS[unit] - 1e-9) - 1;
  return (days < LONG_UNIT_DAYS[unit] ? LONG_UNIT_DAYS[unit] - 1 : days) * DAY;
}

/**
 * Intervals for again, hard, good and easy, in that order, made to read strictly longer
 * one after the other, as Anki's buttons do: each that does not read longer than the one
 * before is raised to the next step up ("1 day, 1 day" becomes "1 day, 2 days"). Then the
 * longest is kept within `cap` (the maximum interval), and any that no longer reads
 * shorter than the one after it is lowered below it, so the cap always holds.
 */
export function increasingIntervals(gaps: readonly number[], cap: number): number[] {
  const result = [...gaps];
  for (let index = 1; index < result.length; index += 1) {
    const before = result[index - 1] ?? 0;
    if (!readsLonger(result[index] ?? 0, before)) result[index] = nextLonger(before);
  }
  const last = result.length - 1;
  if ((result[last] ?? 0) > cap) result[last] = cap;
  for (let index = last - 1; index >= 0; index -= 1) {
    const after = result[index + 1] ?? 0;
    if (!readsLonger(after, result[index] ?? 0)) result[index] = nextShorter(after) ?? result[index] ?? 0;
  }
  return result;
}

export type DueText = { kind: 'now' } | { kind: 'today' | 'tomorrow'; time: string } | { kind: 'later'; date: string };

const twoDigits = (value: number) => String(value).padStart(2, '0');
const clock = (date: Date) => `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;

/** "Now" for what is due (overdue included), the local time for today and tomorrow, else the local date. */
export function dueText(due: Date, now: Date): DueText {
  if (due.getTime() <= now.getTime()) return { kind: 'now' };
  const today = endOfDay(now);
  if (due.getTime() <= today.getTime()) return { kind: 'today', time: clock(due) };
  const tomorrow = new Date(today);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (due.getTime() <= tomorrow.getTime()) return { kind: 'tomorrow', time: clock(due) };
  return { kind: 'later', date: dayKey(due) };
}
