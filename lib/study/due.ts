import { namespaceRank, splitTag } from '../tags';

/*
 * When questions are due: one notion for every page that counts them (the nav, /review,
 * /stats), so they always agree. "Now" is due at or before this moment: what a review
 * session asks. "Today" is due by the end of the local day, the now ones included: what
 * else comes back before midnight, such as a question in a learning step minutes away.
 * Pure: `now` is passed in; a suspended question is never due. It never loads the
 * scheduler, so the nav's count can use it on every page.
 */

/** What a due count reads of a question's summary. */
export type DueEntry = { questionId: string; due: string };

const NONE: ReadonlySet<string> = new Set();

/** How many days "this week" spans, today included: the /stats chart's and "review ahead"'s window. */
export const WEEK_DAYS = 7;

/** The end of the local day `days` after `now`'s: calendar days, so a DST change moves nothing. */
export function endOfDay(now: Date, days = 0): Date {
  const end = new Date(now);
  end.setDate(end.getDate() + days);
  end.setHours(23, 59, 59, 999);
  return end;
}

type DueTime = { id: string; due: number };

/** The entries that can be due, with their due times. */
function dueTimes(entries: Iterable<DueEntry>, suspended: ReadonlySet<string>): DueTime[] {
  const times: DueTime[] = [];
  for (const entry of entries) if (!suspended.has(entry.questionId)) times.push({ id: entry.questionId, due: Date.parse(entry.due) });
  return times;
}

/** Soonest first; the question id breaks ties, so every device orders them alike. */
const soonestFirst = (times: DueTime[]): DueTime[] => times.sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export type DueCounts = { now: number; today: number };

/** How many questions are due now, and by the end of today (the now ones included). */
export function dueCounts(entries: Iterable<DueEntry>, now: Date, suspended: ReadonlySet<string> = NONE): DueCounts {
  const { now: dueNow, today } = dueOutlook(entries, now, suspended);
  return { now: dueNow, today };
}

/** The counts and, beyond today: falling due tomorrow, and by the end of the week (today included). */
export type DueOutlook = DueCounts & { tomorrow: number; week: number };

export function dueOutlook(entries: Iterable<DueEntry>, now: Date, suspended: ReadonlySet<string> = NONE): DueOutlook {
  const limits = { now: now.getTime(), today: endOfDay(now).getTime(), tomorrow: endOfDay(now, 1).getTime(), week: endOfDay(now, WEEK_DAYS - 1).getTime() };
  const outlook: DueOutlook = { now: 0, today: 0, tomorrow: 0, week: 0 };
  for (const { due } of dueTimes(entries, suspended)) {
    if (due <= limits.now) outlook.now += 1;
    if (due <= limits.today) outlook.today += 1;
    else if (due <= limits.tomorrow) outlook.tomorrow += 1;
    if (due <= limits.week) outlook.week += 1;
  }
  return outlook;
}

export type DueDay = { date: Date; count: number };

/** Questions falling due on each of the next `days` local days, today first; today also holds the overdue. */
export function dueByDay(entries: Iterable<DueEntry>, now: Date, days: number, suspended: ReadonlySet<string> = NONE): DueDay[] {
  const dues = dueTimes(entries, suspended).map((entry) => entry.due);
  return Array.from({ length: days }, (_, index) => {
    const from = index === 0 ? Number.NEGATIVE_INFINITY : endOfDay(now, index - 1).getTime();
    const until = endOfDay(now, index).getTime();
    const date = new Date(now);
    date.setDate(date.getDate() + index);
    return { date, count: dues.filter((due) => due > from && due <= until).length };
  });
}

/** The questions due now, most overdue first: what a review session asks, in that order. */
export function dueNowIds(entries: Iterable<DueEntry>, now: Date, suspended: ReadonlySet<string> = NONE): string[] {
  return soonestFirst(dueTimes(entries, suspended).filter((entry) => entry.due <= now.getTime())).map((entry) => entry.id);
}

/** How many questions "review ahead" asks at most. */
export const AHEAD_COUNT = 10;

/**
 * Review ahead: up to `count` questions not due yet, the soonest first, among those falling
 * due this week. Only ever asked for on purpose: after a session nothing else is offered.
 */
export function aheadIds(entries: Iterable<DueEntry>, now: Date, count: number, suspended: ReadonlySet<string> = NONE): string[] {
  const until = endOfDay(now, WEEK_DAYS - 1).getTime();
  return soonestFirst(dueTimes(entries, suspended).filter((entry) => entry.due > now.getTime() && entry.due <= until))
    .slice(0, count)
    .map((entry) => entry.id);
}

/** The soonest due time; null when nothing can be due. */
export function nextDue(entries: Iterable<DueEntry>, suspended: ReadonlySet<string> = NONE): Date | null {
  const soonest = dueTimes(entries, suspended).reduce((min, entry) => Math.min(min, entry.due), Number.POSITIVE_INFINITY);
  return Number.isFinite(soonest) ? new Date(soonest) : null;
}

export type TagDue = { tag: string; value: string; now: number; today: number };
export type NamespaceDue = { namespace: string; tags: TagDue[] };

/**
 * Per tag, how many of its questions are due now and today, grouped by namespace (in the
 * tag pages' order); only tags with something due today. By count and name, never by due
 * time: the start page must not hint at which question a session asks first.
 */
export function dueByTag(
  entries: Iterable<DueEntry>,
  bank: readonly { id: string; tags: readonly string[] }[],
  now: Date,
  suspended: ReadonlySet<string> = NONE,
): NamespaceDue[] {
  const today = endOfDay(now).getTime();
  const due = new Map(dueTimes(entries, suspended).filter((entry) => entry.due <= today).map((entry) => [entry.id, entry.due]));
  const groups = new Map<string, Map<string, TagDue>>();
  for (const question of bank) {
    const at = due.get(question.id);
    if (at === undefined) continue;
    for (const tag of new Set(question.tags)) {
      const { namespace, value } = splitTag(tag);
      const group = groups.get(namespace) ?? new Map<string, TagDue>();
      const entry = group.get(tag) ?? { tag, value, now: 0, today: 0 };
      entry.today += 1;
      if (at <= now.getTime()) entry.now += 1;
      groups.set(namespace, group.set(tag, entry));
    }
  }
  return [...groups]
    .map(([namespace, tags]) => ({ namespace, tags: [...tags.values()].sort((a, b) => b.today - a.today || b.now - a.now || a.value.localeCompare(b.value)) }))
    .sort((a, b) => namespaceRank(a.namespace) - namespaceRank(b.namespace) || a.namespace.localeCompare(b.namespace));
}
