import { describe, expect, it } from 'vitest';
import { createExam, examPool, examProblem, examReport, isUrgent, retakeSession, timeWarning, type ExamSettings } from '@/lib/study/exam';
import type { FinishedSession } from '@/lib/study/log';
import { readSession } from '@/lib/study/session';

/*
 * The exam drawn from a tag filter (so one certification's student never gets another's
 * questions), the calm clock, a past exam reopened from the log, and "retake the missed ones".
 */

const START = new Date('2026-03-01T09:00:00.000Z');

/** Two certifications sharing a service, a question under both, and one with no tag. */
const BANK = [
  { id: 'dea-glue', tags: ['cert/dea', 'service/glue'] },
  { id: 'dea-glue-s3', tags: ['cert/dea', 'service/glue', 'service/s3'] },
  { id: 'mla-sagemaker', tags: ['cert/mla', 'service/sagemaker'] },
  { id: 'both-s3', tags: ['cert/dea', 'cert/mla', 'service/s3'] },
  { id: 'untagged', tags: [] },
];

/** A fixed sequence instead of Math.random. */
const seeded = (seed = 1) => {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
};

const settings = (change: Partial<ExamSettings> = {}): ExamSettings => ({ count: 65, minutesPerQuestion: 2, passMark: 720, ...change });

describe('examPool: the questions a tag filter keeps', () => {
  it.each<[string, Pick<ExamSettings, 'tags' | 'match'>, string[]]>([
    ['no filter: the whole bank', {}, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker', 'both-s3', 'untagged']],
    ['an empty filter: the whole bank', { tags: [], match: 'any' }, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker', 'both-s3', 'untagged']],
    ['one certification', { tags: ['cert/dea'], match: 'all' }, ['dea-glue', 'dea-glue-s3', 'both-s3']],
    ['the other one', { tags: ['cert/mla'] }, ['mla-sagemaker', 'both-s3']],
    ['all of two tags', { tags: ['cert/dea', 'service/s3'], match: 'all' }, ['dea-glue-s3', 'both-s3']],
    ['any of two tags', { tags: ['service/glue', 'service/sagemaker'], match: 'any' }, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker']],
    ['all of two certifications: only the shared question', { tags: ['cert/dea', 'cert/mla'], match: 'all' }, ['both-s3']],
    ['any of two certifications', { tags: ['cert/dea', 'cert/mla'], match: 'any' }, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker', 'both-s3']],
    ['a whole namespace', { tags: ['cert'] }, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker', 'both-s3']],
    ['a tag no question has', { tags: ['cert/saa'] }, []],
    ['all of a known and an unknown tag', { tags: ['cert/dea', 'cert/saa'], match: 'all' }, []],
    ['any of a known and an unknown tag', { tags: ['cert/mla', 'cert/saa'], match: 'any' }, ['mla-sagemaker', 'both-s3']],
  ])('%s', (_, filter, ids) => {
    expect(examPool(BANK, filter).map((question) => question.id)).toEqual(ids);
  });
});

describe('createExam draws only from the filter', () => {
  it.each<[string, Partial<ExamSettings>, string[], number]>([
    ['one certification, more asked than it has: all of its questions', { tags: ['cert/dea'], match: 'all', count: 65 }, ['dea-glue', 'dea-glue-s3', 'both-s3'], 3],
    ['one certification, fewer asked', { tags: ['cert/dea'], count: 2 }, ['dea-glue', 'dea-glue-s3', 'both-s3'], 2],
    ['any of two services', { tags: ['service/glue', 'service/sagemaker'], match: 'any', count: 3 }, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker'], 3],
    ['all of two tags', { tags: ['cert/mla', 'service/s3'], match: 'all', count: 5 }, ['both-s3'], 1],
    ['no filter', { count: 5 }, ['dea-glue', 'dea-glue-s3', 'mla-sagemaker', 'both-s3', 'untagged'], 5],
  ])('%s', (_, change, allowed, size) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const exam = createExam(BANK, settings(change), START, seeded(seed));
      expect(exam.questionIds).toHaveLength(size);
      expect(new Set(exam.questionIds).size).toBe(size);
      for (const id of exam.questionIds) expect(allowed).toContain(id);
    }
  });

  it('the filter is saved with the exam, and the time is for the questions drawn', () => {
    const exam = createExam(BANK, settings({ tags: ['cert/mla'], match: 'any', count: 10 }), START, seeded());
    expect(exam.settings).toEqual({ count: 2, minutesPerQuestion: 2, passMark: 720, tags: ['cert/mla'], match: 'any' });
    expect(exam.deadline).toBe('2026-03-01T09:04:00.000Z');
  });

  it('an exam with its filter reads back whole after a reload; one saved before filters existed still reads', () => {
    const filtered = createExam(BANK, settings({ tags: ['cert/dea'], count: 2 }), START, seeded());
    expect(readSession(JSON.parse(JSON.stringify(filtered)), examProblem)).toEqual({ session: filtered, problem: null });
    const older = { ...filtered, settings: { count: 2, minutesPerQuestion: 2, passMark: 720 } };
    expect(readSession(older, examProblem)).toEqual({ session: older, problem: null });
  });

  it.each<[string, unknown]>([
    ['tags that are not a list', 'cert/dea'],
    ['a tag that is not text', [7]],
  ])('a saved filter with %s is corrupt', (_, tags) => {
    const exam = createExam(BANK, settings({ count: 2 }), START, seeded());
    expect(readSession({ ...exam, settings: { ...exam.settings, tags } }, examProblem)).toEqual({ session: null, problem: 'corrupt' });
  });

  it('a saved filter with a match other than all or any is corrupt', () => {
    const exam = createExam(BANK, settings({ count: 2 }), START, seeded());
    expect(readSession({ ...exam, settings: { ...exam.settings, tags: ['cert/dea'], match: 'some' } }, examProblem)).toEqual({ session: null, problem: 'corrupt' });
  });
});

describe('the clock is calm until the last tenth of the time', () => {
  it.each<[string, number, number, boolean]>([
    ['a 130-minute exam, 13:01 left', 13 * 60_000 + 1_000, 130 * 60_000, false],
    ['a 130-minute exam, 13:00 left', 13 * 60_000, 130 * 60_000, true],
    ['a 3-minute exam, 19 s left', 19_000, 180_000, false],
    ['a 3-minute exam, 18 s left', 18_000, 180_000, true],
    ['a 3-minute exam, time up', 0, 180_000, true],
    ['a 30-minute exam, 5 minutes left', 5 * 60_000, 30 * 60_000, false],
  ])('%s -> urgent %s', (_, ms, total, urgent) => {
    expect(isUrgent(ms, total)).toBe(urgent);
  });

  it.each<[string, number, number, ReturnType<typeof timeWarning>]>([
    ['a 3-minute exam: nothing at one minute left (still calm)', 60_000, 180_000, null],
    ['a 3-minute exam: the last tenth is said once, without a minute mark', 18_000, 180_000, 'urgent'],
    ['a 3-minute exam: still the same warning near the end', 1_000, 180_000, 'urgent'],
    ['a 30-minute exam: urgent at 3:00', 3 * 60_000, 30 * 60_000, 'urgent'],
    ['a 30-minute exam: then the one-minute mark', 60_000, 30 * 60_000, 1],
    ['a 100-minute exam: the ten-minute mark is where urgency begins, said as urgency', 10 * 60_000, 100 * 60_000, 'urgent'],
    ['a 100-minute exam: five minutes left', 5 * 60_000, 100 * 60_000, 5],
  ])('%s', (_, ms, total, warning) => {
    expect(timeWarning(ms, total)).toBe(warning);
  });
});

/** A logged exam of four questions, written out by hand: right, wrong, unanswered, right with two picks. */
const LOGGED: FinishedSession = {
  id: 'exam-7',
  mode: 'exam',
  startedAt: '2026-03-01T09:00:00.000Z',
  endedAt: '2026-03-01T09:06:00.000Z',
  questionIds: ['a', 'b', 'c', 'd'],
  correct: 2,
  total: 4,
  scaledScore: 550,
  passed: true,
  exam: {
    answers: { a: ['A'], b: ['C'], c: [], d: ['B', 'D'] },
    flagged: ['b'],
    keys: { a: ['A'], b: ['B'], c: ['C'], d: ['D', 'B'] },
    timeSpent: { a: 30_000, b: 95_000, d: 12_500 },
    deadline: '2026-03-01T09:08:00.000Z',
    passMark: 500,
    timedOut: false,
  },
};

describe('examReport: a past exam as its results show it', () => {
  it('grades against the keys saved with it, with its time on each question', () => {
    expect(examReport(LOGGED)).toEqual({
      id: 'exam-7',
      endedAt: '2026-03-01T09:06:00.000Z',
      results: [
        { questionId: 'a', chosen: ['A'], answers: ['A'], correct: true },
        { questionId: 'b', chosen: ['C'], answers: ['B'], correct: false },
        { questionId: 'c', chosen: [], answers: ['C'], correct: false },
        { questionId: 'd', chosen: ['B', 'D'], answers: ['D', 'B'], correct: true },
      ],
      correct: 2,
      score: 550,
      passMark: 500,
      passed: true,
      timedOut: false,
      timeSpent: { a: 30_000, b: 95_000, d: 12_500 },
    });
  });

  it.each<[string, FinishedSession]>([
    ['a practice session', { ...LOGGED, mode: 'practice', exam: undefined, scaledScore: undefined, passed: undefined }],
    ['a review', { ...LOGGED, mode: 'review', exam: undefined }],
    ['an exam logged before full results were kept', { ...LOGGED, exam: undefined }],
  ])('%s has none', (_, session) => {
    expect(examReport(session)).toBeNull();
  });

  it('a question with no saved key is wrong, never right by default', () => {
    const report = examReport({ ...LOGGED, exam: LOGGED.exam && { ...LOGGED.exam, keys: { a: ['A'] } } });
    expect(report?.results.map((result) => result.correct)).toEqual([true, false, false, false]);
    expect(report?.score).toBe(325);
  });
});

describe('retakeSession: a practice of exactly the missed questions', () => {
  it.each<[string, { questionId: string; correct: boolean }[], string[] | null]>([
    [
      'wrong and unanswered ones, in the exam order',
      [
        { questionId: 'a', correct: true },
        { questionId: 'b', correct: false },
        { questionId: 'c', correct: false },
        { questionId: 'd', correct: true },
      ],
      ['b', 'c'],
    ],
    ['all missed', [{ questionId: 'x', correct: false }], ['x']],
    ['none missed: nothing to retake', [{ questionId: 'a', correct: true }], null],
    ['no questions', [], null],
  ])('%s', (_, results, ids) => {
    const session = retakeSession(results, START, 'p-1');
    if (ids === null) {
      expect(session).toBeNull();
      return;
    }
    // Their keys were shown with the results: every one is marked revealed, as practice's own retry does.
    expect(session).toEqual({
      id: 'p-1',
      mode: 'practice',
      questionIds: ids,
      current: 0,
      startedAt: '2026-03-01T09:00:00.000Z',
      results: {},
      revealed: ids,
      answers: {},
      flagged: [],
      timeSpent: {},
    });
  });

  it('the practice page can resume it: it reads back as a whole practice session', () => {
    const session = retakeSession([{ questionId: 'b', correct: false }], START, 'p-2');
    expect(readSession(JSON.parse(JSON.stringify(session)))).toEqual({ session, problem: null });
  });
});
