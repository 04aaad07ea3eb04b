import { describe, expect, it } from 'vitest';
import type { Attempt, Rating, RatingEntry } from '@/lib/study/log';
import {
  accuracy,
  addDays,
  answeredOfBank,
  dayKey,
  editedQuestions,
  inBank,
  localDateTime,
  masteryByNamespace,
  masteryByTag,
  studyStreak,
  type BankRef,
} from '@/lib/study/stats';
import { summariesOf } from './study-fixtures';

/*
 * Times are built from local calendar fields (new Date(y, m, d, h)), so "today" and
 * "yesterday" mean the same in any time zone the tests run in. The numbers are read from
 * per-question summaries, built here from a log of answers.
 */
const NOW = new Date(2026, 2, 10, 15, 0);
const at = (dayOffset: number, hour = 10, minute = 0): string => new Date(2026, 2, 10 + dayOffset, hour, minute).toISOString();

let serial = 0;
const attempt = (questionId: string, correct: boolean, when: string, fingerprint = `fp-${questionId}`, revealed = false): Attempt => ({
  id: `a${String((serial += 1)).padStart(4, '0')}`,
  questionId,
  fingerprint,
  chosen: ['A'],
  correct,
  at: when,
  mode: 'note',
  revealed,
});
/** Right, after the answer was shown. */
const shown = (questionId: string, when: string): Attempt => attempt(questionId, true, when, `fp-${questionId}`, true);
const summaries = (attempts: Attempt[], ratings: [Attempt, Rating][] = []) =>
  summariesOf(
    attempts,
    ratings.map(([rated, rating]): RatingEntry => ({ id: `${rated.id}|${rated.at}|${rating}`, attemptId: rated.id, questionId: rated.questionId, rating, at: rated.at })),
  );
const question = (id: string, slug: string, tags: string[], fingerprint = `fp-${id}`): BankRef => ({ id, fingerprint, slug, title: `Title ${slug}`, tags });
const BANK: BankRef[] = [
  question('n1--q1', 'n1', ['service/glue', 'constraint/serverless']),
  question('n2--q1', 'n2', ['service/glue']),
  question('n3--q1', 'n3', ['service/s3', 'constraint/serverless']),
  question('n4--q1', 'n4', ['service/s3']),
];

describe('accuracy: answers given before the key was shown, and the newest answer per question', () => {
  it.each([
    { name: 'nothing answered', attempts: [], expected: { attempts: 0, correct: 0, rate: null, revealedCorrect: 0, questions: 0, latestCorrect: 0, latestRate: null } },
    {
      name: 'wrong then right on one question',
      attempts: [attempt('n1--q1', false, at(-1)), attempt('n1--q1', true, at(0))],
      expected: { attempts: 2, correct: 1, rate: 0.5, revealedCorrect: 0, questions: 1, latestCorrect: 1, latestRate: 1 },
    },
    {
      name: 'right then wrong: the newest counts, whatever the list order',
      attempts: [attempt('n1--q1', false, at(0)), attempt('n1--q1', true, at(-2)), attempt('n2--q1', true, at(-1))],
      expected: { attempts: 3, correct: 2, rate: 2 / 3, revealedCorrect: 0, questions: 2, latestCorrect: 1, latestRate: 0.5 },
    },
    {
      name: 'wrong, then right after the key was shown: not a right answer',
      attempts: [attempt('n1--q1', false, at(0, 9)), shown('n1--q1', at(0, 10))],
      expected: { attempts: 1, correct: 0, rate: 0, revealedCorrect: 1, questions: 1, latestCorrect: 0, latestRate: 0 },
    },
    {
      name: 'a right answer after the key was shown never lifts accuracy to 100%',
      attempts: [attempt('n1--q1', true, at(0, 9)), attempt('n2--q1', false, at(0, 9)), shown('n2--q1', at(0, 10))],
      expected: { attempts: 2, correct: 1, rate: 0.5, revealedCorrect: 1, questions: 2, latestCorrect: 1, latestRate: 0.5 },
    },
    {
      name: 'first answered after the key was shown',
      attempts: [shown('n1--q1', at(0))],
      expected: { attempts: 0, correct: 0, rate: null, revealedCorrect: 1, questions: 1, latestCorrect: 0, latestRate: 0 },
    },
    {
      name: 'a clean right answer after a revealed one counts',
      attempts: [attempt('n1--q1', false, at(-1, 9)), shown('n1--q1', at(-1, 10)), attempt('n1--q1', true, at(0))],
      expected: { attempts: 2, correct: 1, rate: 0.5, revealedCorrect: 0, questions: 1, latestCorrect: 1, latestRate: 1 },
    },
  ])('$name', ({ attempts, expected }) => {
    expect(accuracy(summaries(attempts))).toEqual(expected);
  });
});

describe('answered versus the questions in the bank', () => {
  it.each([
    { name: 'none', attempts: [], expected: { answered: 0, total: 4 } },
    { name: 'two tries at one question count once', attempts: [attempt('n1--q1', false, at(-1)), attempt('n1--q1', true, at(0))], expected: { answered: 1, total: 4 } },
    { name: 'a question no longer in the bank is not counted', attempts: [attempt('gone--q1', true, at(0)), attempt('n3--q1', true, at(0))], expected: { answered: 1, total: 4 } },
    { name: 'answered only after the key was shown still counts as answered', attempts: [shown('n2--q1', at(0))], expected: { answered: 1, total: 4 } },
  ])('$name', ({ attempts, expected }) => {
    expect(answeredOfBank(summaries(attempts), BANK)).toEqual(expected);
  });
});

describe('local days', () => {
  it.each([
    ['just after midnight', new Date(2026, 2, 9, 0, 30), '2026-03-09', '2026-03-09 00:30'],
    ['just before midnight', new Date(2026, 2, 9, 23, 30), '2026-03-09', '2026-03-09 23:30'],
    ['the next day', new Date(2026, 2, 10, 0, 5), '2026-03-10', '2026-03-10 00:05'],
    ['the first of a month', new Date(2026, 0, 1, 7, 0), '2026-01-01', '2026-01-01 07:00'],
  ])('%s', (_case, date, day, time) => {
    expect(dayKey(date)).toBe(day);
    expect(localDateTime(date)).toBe(time);
  });

  it('moves by calendar days, across a month end', () => {
    expect(dayKey(addDays(new Date(2026, 2, 1, 10), -1))).toBe('2026-02-28');
    expect(dayKey(addDays(new Date(2026, 1, 28, 10), 1))).toBe('2026-03-01');
    expect(addDays(new Date(2026, 2, 1, 10), -1).getHours()).toBe(10);
  });
});

describe('study streak: consecutive local days ending today, or yesterday', () => {
  it.each([
    { name: 'no days', days: [], streak: 0 },
    { name: 'today only', days: ['2026-03-10'], streak: 1 },
    { name: 'three days up to today', days: ['2026-03-10', '2026-03-09', '2026-03-08'], streak: 3 },
    { name: 'not yet today: the streak up to yesterday holds', days: ['2026-03-09', '2026-03-08'], streak: 2 },
    { name: 'a gap ends it', days: ['2026-03-10', '2026-03-09', '2026-03-07', '2026-03-06'], streak: 2 },
    { name: 'last studied two days ago: no streak', days: ['2026-03-08', '2026-03-07'], streak: 0 },
    { name: 'a future day does not count', days: ['2026-03-11'], streak: 0 },
  ])('$name -> $streak', ({ days, streak }) => {
    expect(studyStreak(new Set(days), NOW)).toBe(streak);
  });

  it('runs across a month end', () => {
    expect(studyStreak(new Set(['2026-03-01', '2026-02-28', '2026-02-27']), new Date(2026, 2, 1, 8))).toBe(3);
  });
});

describe('mastery per tag: share of the tag’s questions whose newest answer is right and clean', () => {
  const log = summaries([
    attempt('n1--q1', true, at(-1)),
    attempt('n2--q1', true, at(-2)),
    attempt('n2--q1', false, at(-1)),
    attempt('n3--q1', true, at(0)),
    attempt('n4--q1', false, at(0, 9)),
    shown('n4--q1', at(0, 10)),
  ]);
  const byTag = new Map(masteryByTag(log, BANK).map((entry) => [entry.tag, entry]));

  it.each([
    { tag: 'service/glue', total: 2, answered: 2, mastered: 1, wrong: 1, share: 0.5 },
    // n4 is right only after its key was shown: answered, not mastered, counted with the wrong.
    { tag: 'service/s3', total: 2, answered: 2, mastered: 1, wrong: 1, share: 0.5 },
    { tag: 'constraint/serverless', total: 2, answered: 2, mastered: 2, wrong: 0, share: 1 },
  ])('$tag: $mastered of $total', (expected) => {
    expect(byTag.get(expected.tag)).toMatchObject(expected);
  });

  it('groups by namespace, the namespace with most tags first, best-known tags first', () => {
    const groups = masteryByNamespace(masteryByTag(summaries([attempt('n1--q1', true, at(-1)), attempt('n2--q1', false, at(-1)), attempt('n3--q1', true, at(0))]), BANK));
    expect(groups.map((group) => [group.namespace, group.tags.map((entry) => entry.tag)])).toEqual([
      // Equal shares: more answered first.
      ['service', ['service/glue', 'service/s3']],
      ['constraint', ['constraint/serverless']],
    ]);
  });

  it('a bank with no answers shows every tag at zero', () => {
    expect(masteryByTag(new Map(), BANK).map((entry) => entry.share)).toEqual([0, 0, 0]);
  });

  // Not studied (never answered) and wrong (answered, not known) are told apart.
  it.each([
    { name: 'nothing answered: all not studied, none wrong', log: [], glue: { answered: 0, mastered: 0, wrong: 0 } },
    { name: 'one wrong, one not studied', log: [attempt('n1--q1', false, at(0))], glue: { answered: 1, mastered: 0, wrong: 1 } },
    { name: 'one right, one not studied', log: [attempt('n1--q1', true, at(0))], glue: { answered: 1, mastered: 1, wrong: 0 } },
    { name: 'wrong then right: right now', log: [attempt('n1--q1', false, at(-1)), attempt('n1--q1', true, at(0))], glue: { answered: 1, mastered: 1, wrong: 0 } },
    { name: 'right then wrong: wrong now', log: [attempt('n1--q1', true, at(-1)), attempt('n1--q1', false, at(0))], glue: { answered: 1, mastered: 0, wrong: 1 } },
    { name: 'right only after seeing the answer: wrong', log: [shown('n1--q1', at(0))], glue: { answered: 1, mastered: 0, wrong: 1 } },
    { name: 'one right, one wrong', log: [attempt('n1--q1', true, at(0)), attempt('n2--q1', false, at(0))], glue: { answered: 2, mastered: 1, wrong: 1 } },
  ])('$name', ({ log: attempts, glue }) => {
    const entry = masteryByTag(summaries(attempts), BANK).find((each) => each.tag === 'service/glue');
    expect(entry).toMatchObject({ total: 2, ...glue });
  });
});

describe('edited questions keep their history and are marked', () => {
  it.each([
    { name: 'unchanged', attempts: () => [attempt('n1--q1', true, at(0))], edited: [] },
    { name: 'answered before an edit', attempts: () => [attempt('n1--q1', true, at(0), 'old-fp')], edited: ['n1--q1'] },
    { name: 'answered again after the edit', attempts: () => [attempt('n1--q1', true, at(-1), 'old-fp'), attempt('n1--q1', false, at(0))], edited: [] },
    { name: 'never answered is never edited', attempts: () => [], edited: [] },
  ])('$name', ({ attempts, edited }) => {
    expect([...editedQuestions(summaries(attempts()), BANK)]).toEqual(edited);
  });

  it('an edited question still counts in accuracy and mastery', () => {
    const log = summaries([attempt('n1--q1', true, at(0), 'old-fp')]);
    expect(accuracy(log).latestCorrect).toBe(1);
    expect(masteryByTag(log, BANK).find((entry) => entry.tag === 'service/glue')?.mastered).toBe(1);
  });
});

describe('only questions still in the bank', () => {
  it('a question removed from the notes is left out, the others kept', () => {
    const log = summaries([attempt('gone--q1', false, at(-1)), attempt('n1--q1', false, at(-1))]);
    expect([...inBank(log, BANK).keys()]).toEqual(['n1--q1']);
  });
});
