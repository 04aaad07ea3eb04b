import { describe, expect, it } from 'vitest';
import type { Attempt, Progress, Rating, Session } from '@/lib/browser-schema';
import { emptyProgress } from '@/lib/progress';
import {
  accuracy,
  addDays,
  answeredOfBank,
  dayKey,
  dueByDay,
  editedQuestions,
  masteryByNamespace,
  masteryByTag,
  nextDueByNote,
  recentSessions,
  studyStreak,
  type BankRef,
} from '@/lib/stats';

/*
 * Times are built from local calendar fields (new Date(y, m, d, h)), so "today" and
 * "yesterday" mean the same in any time zone the tests run in.
 */
const NOW = new Date(2026, 2, 10, 15, 0);
const at = (dayOffset: number, hour = 10, minute = 0): string => {
  const date = addDays(NOW, dayOffset);
  date.setHours(hour, minute, 0, 0);
  return date.toISOString();
};

let serial = 0;
const attempt = (questionId: string, correct: boolean, when: string, fingerprint = `fp-${questionId}`): Attempt => ({
  id: `a${(serial += 1)}`,
  questionId,
  fingerprint,
  chosen: ['A'],
  correct,
  at: when,
  mode: 'note',
});
const progressOf = (attempts: Attempt[], ratings: [Attempt, Rating][] = [], sessions: Session[] = []): Progress => ({
  ...emptyProgress(),
  attempts,
  ratings: ratings.map(([rated, rating]) => ({ attemptId: rated.id, rating, at: rated.at })),
  sessions,
});

const question = (id: string, slug: string, tags: string[], fingerprint = `fp-${id}`): BankRef => ({ id, fingerprint, slug, title: `Title ${slug}`, tags });
const BANK: BankRef[] = [
  question('n1--q1', 'n1', ['service/glue', 'constraint/serverless']),
  question('n2--q1', 'n2', ['service/glue']),
  question('n3--q1', 'n3', ['service/s3', 'constraint/serverless']),
  question('n4--q1', 'n4', ['service/s3']),
];

describe('accuracy: every attempt, and the newest attempt per question', () => {
  it.each([
    { name: 'nothing answered', attempts: [], expected: { attempts: 0, correct: 0, rate: null, questions: 0, latestCorrect: 0, latestRate: null } },
    {
      name: 'wrong then right on one question',
      attempts: [attempt('n1--q1', false, at(-1)), attempt('n1--q1', true, at(0))],
      expected: { attempts: 2, correct: 1, rate: 0.5, questions: 1, latestCorrect: 1, latestRate: 1 },
    },
    {
      name: 'right then wrong: the newest counts, whatever the list order',
      attempts: [attempt('n1--q1', false, at(0)), attempt('n1--q1', true, at(-2)), attempt('n2--q1', true, at(-1))],
      expected: { attempts: 3, correct: 2, rate: 2 / 3, questions: 2, latestCorrect: 1, latestRate: 0.5 },
    },
  ])('$name', ({ attempts, expected }) => {
    expect(accuracy(progressOf(attempts))).toEqual(expected);
  });
});

describe('answered versus the questions in the bank', () => {
  it.each([
    { name: 'none', attempts: [], expected: { answered: 0, total: 4 } },
    { name: 'two tries at one question count once', attempts: [attempt('n1--q1', false, at(-1)), attempt('n1--q1', true, at(0))], expected: { answered: 1, total: 4 } },
    { name: 'a question no longer in the bank is not counted', attempts: [attempt('gone--q1', true, at(0)), attempt('n3--q1', true, at(0))], expected: { answered: 1, total: 4 } },
  ])('$name', ({ attempts, expected }) => {
    expect(answeredOfBank(progressOf(attempts), BANK)).toEqual(expected);
  });
});

describe('study streak: consecutive local days ending today, or yesterday', () => {
  it.each([
    { name: 'no attempts', days: [], streak: 0 },
    { name: 'today only', days: [0], streak: 1 },
    { name: 'three days up to today', days: [0, -1, -2], streak: 3 },
    { name: 'several attempts on one day count once', days: [0, 0, 0, -1], streak: 2 },
    { name: 'not yet today: the streak up to yesterday holds', days: [-1, -2], streak: 2 },
    { name: 'a gap ends it', days: [0, -1, -3, -4], streak: 2 },
    { name: 'last studied two days ago: no streak', days: [-2, -3], streak: 0 },
  ])('$name -> $streak', ({ days, streak }) => {
    const attempts = days.map((day, index) => attempt(`n${(index % 4) + 1}--q1`, true, at(day, 9 + index)));
    expect(studyStreak(progressOf(attempts), NOW)).toBe(streak);
  });

  it('uses local days: 00:30 and 23:30 of consecutive days make two', () => {
    const attempts = [attempt('n1--q1', true, at(-1, 0, 30)), attempt('n1--q1', true, at(-1, 23, 30)), attempt('n1--q1', true, at(0, 0, 5))];
    expect(studyStreak(progressOf(attempts), NOW)).toBe(2);
  });
});

describe('mastery per tag: share of the tag’s questions whose newest attempt is right', () => {
  const progress = progressOf([
    attempt('n1--q1', true, at(-1)),
    attempt('n2--q1', true, at(-2)),
    attempt('n2--q1', false, at(-1)),
    attempt('n3--q1', true, at(0)),
  ]);
  const byTag = new Map(masteryByTag(progress, BANK).map((entry) => [entry.tag, entry]));

  it.each([
    { tag: 'service/glue', total: 2, answered: 2, mastered: 1, share: 0.5 },
    { tag: 'service/s3', total: 2, answered: 1, mastered: 1, share: 0.5 },
    { tag: 'constraint/serverless', total: 2, answered: 2, mastered: 2, share: 1 },
  ])('$tag: $mastered of $total', (expected) => {
    expect(byTag.get(expected.tag)).toMatchObject(expected);
  });

  it('groups by namespace, the namespace with most tags first, best-known tags first', () => {
    const groups = masteryByNamespace(masteryByTag(progress, BANK));
    expect(groups.map((group) => [group.namespace, group.tags.map((entry) => entry.tag)])).toEqual([
      // Equal shares: more answered first.
      ['service', ['service/glue', 'service/s3']],
      ['constraint', ['constraint/serverless']],
    ]);
  });

  it('a bank with no answers shows every tag at zero', () => {
    expect(masteryByTag(emptyProgress(), BANK).map((entry) => entry.share)).toEqual([0, 0, 0]);
  });
});

describe('due reviews on each of the next 7 days', () => {
  it.each([
    { name: 'nothing answered', attempts: () => [], counts: [0, 0, 0, 0, 0, 0, 0] },
    // Wrong is "again": due a minute later, so long overdue by now; it counts today.
    { name: 'overdue counts today', attempts: () => [attempt('n1--q1', false, at(-3))], counts: [1, 0, 0, 0, 0, 0, 0] },
    { name: 'right, not rated ("good"): due again within minutes', attempts: () => [attempt('n1--q1', true, at(0, 14))], counts: [1, 0, 0, 0, 0, 0, 0] },
  ])('$name', ({ attempts, counts }) => {
    const days = dueByDay(progressOf(attempts()), NOW, 7);
    expect(days.map((day) => day.count)).toEqual(counts);
    expect(days.map((day) => day.day)).toEqual([0, 1, 2, 3, 4, 5, 6].map((offset) => dayKey(addDays(NOW, offset))));
  });

  it('"easy" moves a new question 8 days out: on day 5 when rated 3 days ago, outside the window when rated today', () => {
    const threeDaysAgo = attempt('n1--q1', true, at(-3, 15));
    const fiveDaysAgo = attempt('n2--q1', true, at(-5, 15));
    const today = attempt('n3--q1', true, at(0, 9));
    const progress = progressOf([threeDaysAgo, fiveDaysAgo, today], [
      [threeDaysAgo, 'easy'],
      [fiveDaysAgo, 'easy'],
      [today, 'easy'],
    ]);
    expect(dueByDay(progress, NOW, 7).map((day) => day.count)).toEqual([0, 0, 0, 1, 0, 1, 0]);
  });
});

describe('recent sessions', () => {
  const session = (id: string, endedAt: string): Session => ({ id, mode: 'practice', startedAt: endedAt, endedAt, questionIds: [], correct: 1, total: 2 });
  const progress = progressOf([], [], [session('old', at(-3)), session('new', at(0)), session('mid', at(-1))]);

  it.each([
    { count: 2, ids: ['new', 'mid'] },
    { count: 5, ids: ['new', 'mid', 'old'] },
    { count: 0, ids: [] },
  ])('newest $count', ({ count, ids }) => {
    expect(recentSessions(progress, count).map((each) => each.id)).toEqual(ids);
  });
});

describe('edited questions keep their history and are marked', () => {
  it.each([
    { name: 'unchanged', attempts: () => [attempt('n1--q1', true, at(0))], edited: [] },
    { name: 'answered before an edit', attempts: () => [attempt('n1--q1', true, at(0), 'old-fp')], edited: ['n1--q1'] },
    { name: 'answered again after the edit', attempts: () => [attempt('n1--q1', true, at(-1), 'old-fp'), attempt('n1--q1', false, at(0))], edited: [] },
    { name: 'never answered is never edited', attempts: () => [], edited: [] },
  ])('$name', ({ attempts, edited }) => {
    expect([...editedQuestions(progressOf(attempts()), BANK)]).toEqual(edited);
  });

  it('an edited question still counts in accuracy and mastery', () => {
    const progress = progressOf([attempt('n1--q1', true, at(0), 'old-fp')]);
    expect(accuracy(progress).latestCorrect).toBe(1);
    expect(masteryByTag(progress, BANK).find((entry) => entry.tag === 'service/glue')?.mastered).toBe(1);
  });
});

describe('next due per note', () => {
  it('lists answered notes soonest first, with today’s count and the edited mark', () => {
    const easy = attempt('n3--q1', true, at(-1));
    const progress = progressOf(
      [attempt('n1--q1', false, at(-2), 'old-fp'), easy, attempt('n4--q1', true, at(0, 14)), attempt('gone--q1', false, at(-1))],
      [[easy, 'easy']],
    );
    const notes = nextDueByNote(progress, BANK, NOW);
    expect(notes.map(({ slug, dueToday, answered, edited }) => ({ slug, dueToday, answered, edited }))).toEqual([
      { slug: 'n1', dueToday: 1, answered: 1, edited: true },
      { slug: 'n4', dueToday: 1, answered: 1, edited: false },
      { slug: 'n3', dueToday: 0, answered: 1, edited: false },
    ]);
    expect(dayKey(notes[2]?.due ?? NOW)).toBe(dayKey(addDays(NOW, 7)));
  });

  it('is empty when nothing is answered', () => {
    expect(nextDueByNote(emptyProgress(), BANK, NOW)).toEqual([]);
  });
});
