import { describe, expect, it } from 'vitest';
import type { Attempt, Rating, RatingEntry } from '@/lib/study/log';
import { aheadIds, dueByDay, dueByTag, dueCounts, dueNowIds, dueOutlook, endOfDay, nextDue, type DueEntry } from '@/lib/study/due';
import { summariesOf } from './study-fixtures';

/*
 * One notion of "due" for the nav, /review and /stats. Times are built from local calendar
 * fields (new Date(y, m, d, h)), so "today" means the same in any time zone the tests run in.
 * NOW is Tuesday 10 March 2026, 15:00.
 */
const NOW = new Date(2026, 2, 10, 15, 0);
const local = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute).toISOString();
const entry = (questionId: string, due: string): DueEntry => ({ questionId, due });

/** One of each: overdue, due this minute, later today, tomorrow, in six days, in a week. */
const SPREAD: DueEntry[] = [
  entry('overdue', local(8, 9)),
  entry('this-minute', local(10, 15)),
  entry('later-today', local(10, 15, 10)),
  entry('before-midnight', local(10, 23, 59)),
  entry('tomorrow-morning', local(11, 0, 5)),
  entry('sixth-day', local(16, 20)),
  entry('next-week', local(17, 8)),
];

describe('due now and due today', () => {
  it.each<[string, DueEntry[], ReadonlySet<string> | undefined, { now: number; today: number }]>([
    ['nothing answered', [], undefined, { now: 0, today: 0 }],
    ['overdue and this very minute are due now; today adds what falls due before midnight', SPREAD, undefined, { now: 2, today: 4 }],
    ['only a learning step minutes away: nothing now, one today', [entry('failed', local(10, 15, 10))], undefined, { now: 0, today: 1 }],
    ['a suspended question is never due', SPREAD, new Set(['overdue', 'later-today']), { now: 1, today: 2 }],
    ['suspending a question not due changes nothing', SPREAD, new Set(['next-week']), { now: 2, today: 4 }],
  ])('%s', (_case, entries, suspended, expected) => {
    expect(dueCounts(entries, NOW, suspended)).toEqual(expected);
  });

  it('the counts move with the clock: ten minutes on, the learning step is due now', () => {
    expect(dueCounts(SPREAD, new Date(2026, 2, 10, 15, 10))).toEqual({ now: 3, today: 4 });
    // Just past midnight, "today" is the new day: yesterday's evening ones are overdue now.
    expect(dueCounts(SPREAD, new Date(2026, 2, 11, 0, 1))).toEqual({ now: 4, today: 5 });
  });
});

describe('the outlook: now, today, tomorrow and this week', () => {
  it.each<[string, DueEntry[], ReadonlySet<string> | undefined, { now: number; today: number; tomorrow: number; week: number }]>([
    ['nothing answered', [], undefined, { now: 0, today: 0, tomorrow: 0, week: 0 }],
    ['tomorrow counts its own day only; the week is today and the six days after it', SPREAD, undefined, { now: 2, today: 4, tomorrow: 1, week: 6 }],
    ['suspended questions are left out of every count', SPREAD, new Set(['tomorrow-morning', 'sixth-day']), { now: 2, today: 4, tomorrow: 0, week: 4 }],
  ])('%s', (_case, entries, suspended, expected) => {
    expect(dueOutlook(entries, NOW, suspended)).toEqual(expected);
  });
});

describe('due on each of the next seven days', () => {
  it.each<[string, DueEntry[], ReadonlySet<string> | undefined, number[]]>([
    ['nothing answered', [], undefined, [0, 0, 0, 0, 0, 0, 0]],
    ['today holds the overdue; next week is outside', SPREAD, undefined, [4, 1, 0, 0, 0, 0, 1]],
    ['a suspended question is in no column', SPREAD, new Set(['overdue', 'sixth-day']), [3, 1, 0, 0, 0, 0, 0]],
  ])('%s', (_case, entries, suspended, counts) => {
    const days = dueByDay(entries, NOW, 7, suspended);
    expect(days.map((day) => day.count)).toEqual(counts);
    expect(days.map((day) => day.date.getDate())).toEqual([10, 11, 12, 13, 14, 15, 16]);
  });

  it('today’s column and the week’s total are the outlook’s today and week', () => {
    const days = dueByDay(SPREAD, NOW, 7).map((day) => day.count);
    const outlook = dueOutlook(SPREAD, NOW);
    expect(days[0]).toBe(outlook.today);
    expect(days.reduce((sum, count) => sum + count, 0)).toBe(outlook.week);
  });
});

describe('what a review session asks, and review ahead', () => {
  it.each<[string, DueEntry[], ReadonlySet<string> | undefined, string[]]>([
    ['nothing due', [entry('a', local(11, 9))], undefined, []],
    ['due now only, most overdue first', SPREAD, undefined, ['overdue', 'this-minute']],
    ['the same due time: by question id', [entry('b', local(9, 9)), entry('a', local(9, 9))], undefined, ['a', 'b']],
    ['never a suspended one', SPREAD, new Set(['overdue']), ['this-minute']],
  ])('due now: %s', (_case, entries, suspended, ids) => {
    expect(dueNowIds(entries, NOW, suspended)).toEqual(ids);
  });

  it.each<[string, number, ReadonlySet<string> | undefined, string[]]>([
    ['not yet due, soonest first, within the week', 10, undefined, ['later-today', 'before-midnight', 'tomorrow-morning', 'sixth-day']],
    ['at most the count asked for', 2, undefined, ['later-today', 'before-midnight']],
    ['never a suspended one', 2, new Set(['later-today']), ['before-midnight', 'tomorrow-morning']],
  ])('ahead: %s', (_case, count, suspended, ids) => {
    expect(aheadIds(SPREAD, NOW, count, suspended)).toEqual(ids);
  });

  it.each<[string, DueEntry[], ReadonlySet<string> | undefined, string | null]>([
    ['none answered', [], undefined, null],
    ['the earliest, overdue or not', SPREAD, undefined, local(8, 9)],
    ['the earliest not suspended', SPREAD, new Set(['overdue', 'this-minute']), local(10, 15, 10)],
  ])('the next due time: %s', (_case, entries, suspended, expected) => {
    expect(nextDue(entries, suspended)?.toISOString() ?? null).toBe(expected);
  });
});

describe('due per tag, by namespace', () => {
  const BANK = [
    { id: 'overdue', tags: ['service/glue', 'constraint/serverless'] },
    { id: 'this-minute', tags: ['service/glue'] },
    { id: 'later-today', tags: ['service/s3', 'constraint/serverless', 'untagged-style'] },
    { id: 'tomorrow-morning', tags: ['service/s3'] },
    { id: 'unanswered', tags: ['service/lambda'] },
  ];

  it('counts now and today per tag, most due first; nothing due today is left out', () => {
    expect(dueByTag(SPREAD, BANK, NOW)).toEqual([
      {
        namespace: 'service',
        tags: [
          { tag: 'service/glue', value: 'glue', now: 2, today: 2 },
          { tag: 'service/s3', value: 's3', now: 0, today: 1 },
        ],
      },
      { namespace: 'constraint', tags: [{ tag: 'constraint/serverless', value: 'serverless', now: 1, today: 2 }] },
      { namespace: 'other', tags: [{ tag: 'untagged-style', value: 'untagged-style', now: 0, today: 1 }] },
    ]);
  });

  it('a suspended question counts under none of its tags', () => {
    expect(dueByTag(SPREAD, BANK, NOW, new Set(['overdue', 'later-today']))).toEqual([{ namespace: 'service', tags: [{ tag: 'service/glue', value: 'glue', now: 1, today: 1 }] }]);
  });
});

describe('end of day', () => {
  it.each<[string, Date, number, number[]]>([
    ['today: local 23:59:59.999 of the same day', new Date(2026, 5, 10, 9, 30), 0, [2026, 5, 10, 23, 59, 59, 999]],
    ['six days on, across a month end', new Date(2026, 5, 28, 9, 30), 6, [2026, 6, 4, 23, 59, 59, 999]],
  ])('%s', (_case, now, days, fields) => {
    const end = endOfDay(now, days);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual(fields);
    expect(now.getHours()).toBe(9);
  });
});

describe('due days of answers replayed through the schedule', () => {
  let serial = 0;
  const attempt = (questionId: string, correct: boolean, when: string): Attempt => ({
    id: `a${String((serial += 1)).padStart(4, '0')}`,
    questionId,
    fingerprint: `fp-${questionId}`,
    chosen: ['A'],
    correct,
    at: when,
    mode: 'note',
    revealed: false,
  });
  const rate = (rated: Attempt, rating: Rating): RatingEntry => ({ id: `${rated.id}|${rating}`, attemptId: rated.id, questionId: rated.questionId, rating, at: rated.at });
  const week = (attempts: Attempt[], ratings: RatingEntry[] = []) => dueByDay(summariesOf(attempts, ratings).values(), NOW, 7).map((day) => day.count);

  it.each<[string, () => [Attempt[], RatingEntry[]], number[]]>([
    ['wrong three days ago: its 10-minute step is long past, due today', () => [[attempt('q1', false, local(7, 10))], []], [1, 0, 0, 0, 0, 0, 0]],
    ['right, unrated ("hard"), at 14:00: due again at 14:15, today', () => [[attempt('q1', true, local(10, 14))], []], [1, 0, 0, 0, 0, 0, 0]],
    [
      '"easy" eight days out: day 5 when rated three days ago, outside the week when rated today',
      () => {
        const [early, today] = [attempt('q1', true, local(7, 15)), attempt('q2', true, local(10, 9))];
        return [
          [early, today],
          [rate(early, 'easy'), rate(today, 'easy')],
        ];
      },
      [0, 0, 0, 0, 0, 1, 0],
    ],
  ])('%s', (_case, log, counts) => {
    const [attempts, ratings] = log();
    expect(week(attempts, ratings)).toEqual(counts);
  });
});
