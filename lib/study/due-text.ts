import { dayKey } from './stats';
import { endOfDay } from './schedule';

/*
 * How a due time or an interval reads, as the parts a message fills in; the words are in
 * the message tables, so both languages come from the same parts.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';
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

/** The soonest due time among these summaries; null when there are none. */
export function soonestDue(summaries: Iterable<{ due: string }>): Date | null {
  let soonest = Number.POSITIVE_INFINITY;
  for (const summary of summaries) soonest = Math.min(soonest, Date.parse(summary.due));
  return Number.isFinite(soonest) ? new Date(soonest) : null;
}
