import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishedSessionSchema, type Attempt } from '@/lib/study/log';
import { DEFAULT_FILTERS, clampCount, matchQuestions, pickSession, shuffled, summarise, type PracticeFilters } from '@/lib/study/practice';
import { finishedSession, startSession, withResult } from '@/lib/study/session';
import { deriveMarks } from '@/lib/study/marks';
import { mark, summariesOf } from './study-fixtures';

/*
 * A small bank with a known history, at a fixed "now" (local noon, so "due today" never
 * straddles midnight):
 *   q1  wrong a month ago, then right an hour ago rated easy: answered, not wrong, not due
 *   q2  right two days ago, then wrong an hour ago: its latest attempt is wrong, due again
 *   q3  right two months ago: answered, due long since
 *   q4  never answered
 */
const NOW = new Date(2025, 5, 15, 12, 0, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

const bank = [
  { id: 'q1', tags: ['service/glue', 'constraint/serverless'] },
  { id: 'q2', tags: ['service/glue', 'service/athena'] },
  { id: 'q3', tags: ['service/redshift', 'constraint/serverless'] },
  { id: 'q4', tags: ['service/redshift', 'service/s3'] },
];

const attempt = (id: string, questionId: string, correct: boolean, at: string, revealed = false): Attempt => ({
  id,
  questionId,
  fingerprint: 'f',
  chosen: [correct ? 'A' : 'B'],
  correct,
  at,
  mode: 'note',
  revealed,
});

// Out of time order on purpose: the log is a merged set, and "latest" means by time.
const progress = summariesOf(
  [
    attempt('a4', 'q2', false, ago(HOUR)),
    attempt('a1', 'q1', false, ago(30 * DAY)),
    attempt('a2', 'q1', true, ago(HOUR)),
    attempt('a3', 'q2', true, ago(2 * DAY)),
    attempt('a5', 'q3', true, ago(60 * DAY)),
  ],
  [{ id: 'r1', attemptId: 'a2', questionId: 'q1', rating: 'easy', at: ago(HOUR) }],
);

const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);
const filters = (change: Partial<PracticeFilters>): PracticeFilters => ({ ...DEFAULT_FILTERS, ...change });

describe('matchQuestions', () => {
  it.each<[string, Partial<PracticeFilters>, string[]]>([
    ['no filter: every question, in bank order', {}, ['q1', 'q2', 'q3', 'q4']],
    ['one tag', { tags: ['service/glue'] }, ['q1', 'q2']],
    ['all of two tags (AND)', { tags: ['service/glue', 'constraint/serverless'], match: 'all' }, ['q1']],
    ['any of two tags (OR)', { tags: ['service/glue', 'constraint/serverless'], match: 'any' }, ['q1', 'q2', 'q3']],
    ['all of two tags no question has together', { tags: ['service/athena', 'service/s3'], match: 'all' }, []],
    ['any of the same two tags', { tags: ['service/athena', 'service/s3'], match: 'any' }, ['q2', 'q4']],
    ['a namespace means any of its tags', { tags: ['constraint'] }, ['q1', 'q3']],
    ['a tag no question has', { tags: ['service/emr'] }, []],
    ['only unanswered', { unanswered: true }, ['q4']],
    ['only answered wrong: the latest attempt decides, not any attempt', { wrong: true }, ['q2']],
    ['only due for review', { due: true }, ['q2', 'q3']],
    ['wrong and due narrow together (AND)', { wrong: true, due: true }, ['q2']],
    ['unanswered and wrong exclude each other', { unanswered: true, wrong: true }, []],
    ['a tag and due', { tags: ['service/redshift'], due: true }, ['q3']],
    ['any of two tags, then only unanswered', { tags: ['service/glue', 'service/s3'], match: 'any', unanswered: true }, ['q4']],
  ])('%s', (_, change, expected) => {
    expect(ids(matchQuestions(bank, progress, filters(change), NOW))).toEqual(expected);
  });

  it('with no saved progress every question is unanswered, and none is wrong or due', () => {
    const empty = new Map();
    expect(ids(matchQuestions(bank, empty, filters({ unanswered: true }), NOW))).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(matchQuestions(bank, empty, filters({ wrong: true }), NOW)).toEqual([]);
    expect(matchQuestions(bank, empty, filters({ due: true }), NOW)).toEqual([]);
  });

  /*
   * q5  wrong yesterday, then right after the key was shown: not known, so "wrong"
   * q6  first answered after the key was shown (right): "wrong", and due at once
   * q7  right, then right again after the key was shown: "wrong" until answered cleanly
   * q8  wrong after the key was shown
   */
  const revealedBank = [
    { id: 'q5', tags: [] },
    { id: 'q6', tags: [] },
    { id: 'q7', tags: [] },
    { id: 'q8', tags: [] },
  ];
  const revealedLog = summariesOf(
    [
      attempt('b1', 'q5', false, ago(DAY)),
      attempt('b2', 'q5', true, ago(DAY - 60_000), true),
      attempt('b3', 'q6', true, ago(HOUR), true),
      attempt('b4', 'q7', true, ago(3 * DAY)),
      attempt('b5', 'q7', true, ago(HOUR), true),
      attempt('b6', 'q8', false, ago(HOUR), true),
    ],
    [{ id: 'r2', attemptId: 'b4', questionId: 'q7', rating: 'easy', at: ago(3 * DAY) }],
  );

  it.each<[string, Partial<PracticeFilters>, string[]]>([
    ['only answered wrong includes a right answer given after the key was shown', { wrong: true }, ['q5', 'q6', 'q7', 'q8']],
    ['answered after the key was shown is answered', { unanswered: true }, []],
    // q7's clean answer was rated easy three days ago: not due yet, whatever came after.
    ['a right answer after the key was shown does not make a question due, nor push it out', { due: true }, ['q5', 'q6', 'q8']],
    ['missed anywhere: any wrong answer, after the key was shown too; a right one after it is no miss', { source: 'missed' }, ['q5', 'q8']],
  ])('%s', (_, change, expected) => {
    expect(ids(matchQuestions(revealedBank, revealedLog, filters(change), NOW))).toEqual(expected);
  });

  /* The student's marks: q1 and q4 flagged (q4 never answered), q2 suspended, q3 flagged then unflagged. */
  const marks = deriveMarks([
    mark('m1', 'flag', { questionId: 'q1' }),
    mark('m2', 'flag', { questionId: 'q4' }),
    mark('m3', 'suspend', { questionId: 'q2' }),
    mark('m4', 'flag', { questionId: 'q3', at: ago(2 * HOUR) }),
    mark('m5', 'unflag', { questionId: 'q3', at: ago(HOUR) }),
  ]);

  it.each<[string, Partial<PracticeFilters>, string[]]>([
    ['every question, suspended ones included', { source: 'all' }, ['q1', 'q2', 'q3', 'q4']],
    ['flagged: the questions flagged now, answered or not', { source: 'flagged' }, ['q1', 'q4']],
    ['suspended', { source: 'suspended' }, ['q2']],
    ['due for review leaves the suspended out, as review and every due count do', { due: true }, ['q3']],
    // q1's miss was a month ago and its latest answer is right: missed all the same.
    ['missed anywhere: answered wrong at least once, whatever came after', { source: 'missed' }, ['q1', 'q2']],
    ['missed anywhere is not "latest answer wrong"', { wrong: true }, ['q2']],
    ['a source narrows with the tags (AND)', { source: 'flagged', tags: ['service/glue'] }, ['q1']],
    ['a source narrows with the history filters (AND)', { source: 'flagged', unanswered: true }, ['q4']],
  ])('%s', (_, change, expected) => {
    expect(ids(matchQuestions(bank, progress, filters(change), NOW, marks))).toEqual(expected);
  });

  it('with no marks, the flagged and suspended sources are empty', () => {
    expect(matchQuestions(bank, progress, filters({ source: 'flagged' }), NOW)).toEqual([]);
    expect(matchQuestions(bank, progress, filters({ source: 'suspended' }), NOW)).toEqual([]);
  });
});

describe('clampCount', () => {
  it.each([
    [10, 25, 10],
    [50, 4, 4],
    [4, 4, 4],
    [0, 4, 1],
    [-3, 4, 1],
    [2.7, 5, 2],
    [Number.NaN, 25, 10],
    [Number.NaN, 3, 3],
    [5, 0, 0],
  ])('asking for %d of %d gives %d', (requested, available, expected) => {
    expect(clampCount(requested, available)).toBe(expected);
  });
});

/** A seeded generator, so a "random" order is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('pickSession', () => {
  it.each<[string, number, boolean, () => number, string[]]>([
    ['no shuffle: bank order, cut to the count', 3, false, () => 0.5, ['a', 'b', 'c']],
    ['no shuffle, count over the matches: every match', 10, false, () => 0.5, letters],
    ['a random that always draws the first: bank order', 6, true, () => 0, letters],
    ['a random that always draws the last: reversed', 6, true, () => 0.999_999, ['f', 'e', 'd', 'c', 'b', 'a']],
    // Shuffled before it is cut, so the last matches can be drawn too.
    ['shuffled, then cut', 2, true, () => 0.999_999, ['f', 'e']],
    ['a count of zero still asks one', 0, true, () => 0, ['a']],
  ])('%s', (_, count, shuffle, random, expected) => {
    expect(pickSession(letters, count, shuffle, random)).toEqual(expected);
  });

  it.each([1, 2, 3, 42, 2025])('shuffling with seed %d keeps every question exactly once', (seed) => {
    const picked = pickSession(letters, letters.length, true, seeded(seed));
    expect([...picked].sort()).toEqual(letters);
  });

  it('different seeds give different orders (the shuffle does shuffle)', () => {
    const orders = new Set([1, 2, 3, 42, 2025].map((seed) => pickSession(letters, 6, true, seeded(seed)).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('nothing matches: an empty session', () => {
    expect(pickSession([], 10, true, () => 0.3)).toEqual([]);
  });

  it('any random source, even one out of range, gives a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 30 }), fc.array(fc.double({ min: -1, max: 2, noNaN: true }), { minLength: 1 }), (items, draws) => {
        let at = 0;
        const random = () => draws[at++ % draws.length] ?? 0;
        const result = shuffled(items, random);
        expect([...result].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });
});

describe('summarise', () => {
  const session = [
    { id: 'q1', tags: ['service/glue', 'constraint/serverless'] },
    { id: 'q2', tags: ['service/glue', 'service/athena'] },
    { id: 'q3', tags: ['service/redshift', 'constraint/serverless'] },
  ];

  it('score, score by tag (weakest first, then the larger) and the missed questions in session order', () => {
    const summary = summarise(session, { q1: true, q2: false, q3: false });
    expect(summary).toEqual({
      correct: 1,
      total: 3,
      percent: 33,
      byTag: [
        { tag: 'service/athena', correct: 0, total: 1 },
        { tag: 'service/redshift', correct: 0, total: 1 },
        { tag: 'constraint/serverless', correct: 1, total: 2 },
        { tag: 'service/glue', correct: 1, total: 2 },
      ],
      missed: [session[1], session[2]],
    });
  });

  it.each<[string, string[], Record<string, boolean>, { tag: string; correct: number; total: number }[]]>([
    ['one chosen tag: only it', ['service/glue'], { q1: true, q2: false }, [{ tag: 'service/glue', correct: 1, total: 2 }]],
    [
      'two chosen tags (any of): each over its own questions, weakest first',
      ['service/redshift', 'service/glue'],
      { q1: true, q2: true, q3: false },
      [
        { tag: 'service/redshift', correct: 0, total: 1 },
        { tag: 'service/glue', correct: 2, total: 2 },
      ],
    ],
    ['a namespace counts every tag in it', ['constraint'], { q1: false, q3: true }, [{ tag: 'constraint', correct: 1, total: 2 }]],
  ])('session tags: %s', (_, tags, results, byTag) => {
    expect(summarise(session, results, tags).byTag).toEqual(byTag);
  });

  it('weakest first compares the share right, not the count', () => {
    const bigger = [
      { id: 'a1', tags: ['x'] },
      { id: 'a2', tags: ['x'] },
      { id: 'a3', tags: ['x'] },
      { id: 'b1', tags: ['y'] },
      { id: 'b2', tags: ['y'] },
    ];
    // x: 2 of 3 (67%), y: 1 of 2 (50%): y is weaker though x has more right.
    expect(summarise(bigger, { a1: true, a2: true, a3: false, b1: true, b2: false }).byTag.map((row) => row.tag)).toEqual(['y', 'x']);
  });

  it.each([
    ['all right', { q1: true, q2: true, q3: true }, 3, 100, []],
    ['all wrong', { q1: false, q2: false, q3: false }, 0, 0, ['q1', 'q2', 'q3']],
    ['an unanswered question is not a right one', { q1: true, q2: true }, 2, 67, ['q3']],
  ])('%s', (_, results, correct, percent, missed) => {
    const summary = summarise(session, results);
    expect([summary.correct, summary.total, summary.percent, ids(summary.missed)]).toEqual([correct, 3, percent, missed]);
  });

  it('an empty session scores 0 of 0 without dividing by zero', () => {
    expect(summarise([], {})).toEqual({ correct: 0, total: 0, percent: 0, byTag: [], missed: [] });
  });

  it('the finished session is saved in the shape the log accepts: the questions answered, and how many were right', () => {
    const started = startSession('practice', ['q1', 'q2', 'q3'], new Date(NOW.getTime() - 5 * 60_000), 's1');
    const answered = withResult(withResult(withResult(started, 'q1', true), 'q2', false), 'q1', false);
    expect(finishedSessionSchema.parse(finishedSession(answered, NOW))).toEqual({
      id: 's1',
      mode: 'practice',
      startedAt: new Date(NOW.getTime() - 5 * 60_000).toISOString(),
      endedAt: NOW.toISOString(),
      questionIds: ['q1', 'q2'],
      correct: 1,
      total: 2,
    });
  });
});
