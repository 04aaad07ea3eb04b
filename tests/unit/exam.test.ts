import { describe, expect, it } from 'vitest';
import {
  EXAM_BACKUP_PREFIX,
  LEGACY_EXAM_KEY,
  breakdown,
  checkSettings,
  createExam,
  defaultSettings,
  examNamespaces,
  examProblem,
  examRecords,
  formatRemaining,
  gradeExam,
  isExam,
  passed,
  remainingMs,
  reviewCounts,
  scaledScore,
  setAnswer,
  timeWarning,
  toggleFlag,
  type Exam,
  type QuestionResult,
} from '@/lib/study/exam';
import { readSession, startSession, withTime, type StudySession } from '@/lib/study/session';
import { dumpDb, newBrowser, openTab } from './study-fixtures';

const bank = (size: number) => Array.from({ length: size }, (_, index) => ({ id: `note-${index}--q1`, tags: [] }));

/** A fixed sequence instead of Math.random, so the picked questions are known. */
const seeded = (seed = 1) => {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
};

const START = new Date('2025-09-01T09:00:00.000Z');
const at = (ms: number) => new Date(START.getTime() + ms);

/** A session read back from the store, as an exam (or the test fails). */
function resumedExam(session: StudySession | null): Exam {
  if (!session || !isExam(session)) throw new Error(`not an exam: ${JSON.stringify(session)}`);
  return session;
}

const threeQuestionExam = (): Exam => createExam(bank(3), { count: 3, minutesPerQuestion: 1, passMark: 720 }, START, seeded());

describe('the default number of questions is min(65, bank size)', () => {
  it.each([
    [1, 1],
    [3, 3],
    [64, 64],
    [65, 65],
    [66, 65],
    [500, 65],
  ])('a bank of %i -> %i questions, 2 minutes each, pass mark 720', (size, count) => {
    expect(defaultSettings(size)).toEqual({ count, minutesPerQuestion: 2, passMark: 720 });
  });
});

describe('createExam', () => {
  it('picks distinct questions from the bank and sets the deadline from minutes per question', () => {
    const exam = createExam(bank(100), defaultSettings(100), START, seeded());
    expect(exam.questionIds).toHaveLength(65);
    expect(new Set(exam.questionIds).size).toBe(65);
    expect(exam.startedAt).toBe(START.toISOString());
    expect(exam.deadline).toBe(at(130 * 60_000).toISOString());
    expect(exam).toMatchObject({ mode: 'exam', current: 0, answers: {}, flagged: [], timeSpent: {}, revealed: [], passMark: 720 });
    expect(isExam(exam)).toBe(true);
  });

  it.each([
    [10, 3, 1.5, 3, 4.5],
    [2, 5, 2, 2, 4],
    [40, 40, 0.5, 40, 20],
  ])('a bank of %i, asking %i at %f min each -> %i questions, %f minutes', (size, count, minutes, picked, total) => {
    const exam = createExam(bank(size), { count, minutesPerQuestion: minutes, passMark: 700 }, START, seeded(7));
    expect(exam.questionIds).toHaveLength(picked);
    expect(remainingMs(exam, START)).toBe(total * 60_000);
  });

  it('shuffles with the given randomness: the same seed gives the same exam', () => {
    const a = createExam(bank(30), defaultSettings(30), START, seeded(3));
    const b = createExam(bank(30), defaultSettings(30), START, seeded(3));
    const c = createExam(bank(30), defaultSettings(30), START, seeded(4));
    expect(a.questionIds).toEqual(b.questionIds);
    expect(c.questionIds).not.toEqual(a.questionIds);
    expect([...a.questionIds].sort()).toEqual([...c.questionIds].sort());
  });
});

describe('checkSettings', () => {
  it.each([
    [{ count: 3, minutesPerQuestion: 1, passMark: 720 }, []],
    [{ count: 0, minutesPerQuestion: 1, passMark: 720 }, ['count']],
    [{ count: 11, minutesPerQuestion: 1, passMark: 720 }, ['count']],
    [{ count: 2.5, minutesPerQuestion: 1, passMark: 720 }, ['count']],
    [{ count: 3, minutesPerQuestion: 0, passMark: 720 }, ['minutesPerQuestion']],
    [{ count: 3, minutesPerQuestion: Number.NaN, passMark: 720 }, ['minutesPerQuestion']],
    [{ count: 3, minutesPerQuestion: 1, passMark: 99 }, ['passMark']],
    [{ count: 3, minutesPerQuestion: 1, passMark: 1001 }, ['passMark']],
    [{ count: -1, minutesPerQuestion: -1, passMark: 0 }, ['count', 'minutesPerQuestion', 'passMark']],
  ])('%j with a bank of 10 -> problems %j', (input, problems) => {
    const result = checkSettings(input, 10);
    expect(result.ok ? [] : result.problems).toEqual(problems);
  });
});

describe('scaledScore: 100 + 900 × correct / total, rounded', () => {
  it.each([
    [0, 65, 100],
    [65, 65, 1000],
    [1, 2, 550],
    [0, 1, 100],
    [1, 1, 1000],
    [45, 65, 723],
    [44, 65, 709],
    [2, 3, 700],
    [0, 0, 100],
  ])('%i of %i -> %i', (correct, total, score) => {
    expect(scaledScore(correct, total)).toBe(score);
  });
});

describe('passing is the pass mark or above', () => {
  it.each([
    [720, 720, true],
    [719, 720, false],
    [1000, 720, true],
    [100, 100, true],
    [550, 500, true],
    [999, 1000, false],
  ])('%i against %i -> %s', (score, passMark, expected) => {
    expect(passed(score, passMark)).toBe(expected);
  });
});

describe('breakdown by tag namespace', () => {
  const questions = [
    { id: 'a', tags: ['service/glue', 'service/s3', 'constraint/serverless'] },
    { id: 'b', tags: ['service/glue', 'technique/partitioning'] },
    { id: 'c', tags: ['service/athena', 'service/s3'] },
    { id: 'd', tags: ['constraint/serverless'] },
  ];
  const results = [
    { questionId: 'a', correct: true },
    { questionId: 'b', correct: false },
    { questionId: 'c', correct: true },
    { questionId: 'd', correct: false },
  ];

  it.each([
    [
      'service',
      [
        { tag: 'service/glue', value: 'glue', correct: 1, total: 2 },
        { tag: 'service/s3', value: 's3', correct: 2, total: 2 },
        { tag: 'service/athena', value: 'athena', correct: 1, total: 1 },
      ],
    ],
    ['constraint', [{ tag: 'constraint/serverless', value: 'serverless', correct: 1, total: 2 }]],
    ['technique', [{ tag: 'technique/partitioning', value: 'partitioning', correct: 0, total: 1 }]],
    ['usecase', []],
  ])('namespace %s', (namespace, rows) => {
    expect(breakdown(questions, results, namespace)).toEqual(rows);
  });

  it('counts only the questions that were in the exam', () => {
    expect(breakdown(questions, [{ questionId: 'c', correct: false }], 'service')).toEqual([
      { tag: 'service/athena', value: 'athena', correct: 0, total: 1 },
      { tag: 'service/s3', value: 's3', correct: 0, total: 1 },
    ]);
  });

  it('offers the namespaces present, service first', () => {
    expect(examNamespaces(questions)).toEqual(['service', 'constraint', 'technique']);
  });
});

describe('grading is all-or-nothing; unanswered is wrong', () => {
  it('grades each question against its key', () => {
    const exam = { questionIds: ['a', 'b', 'c', 'd'], answers: { a: ['B'], b: ['A', 'C'], c: ['A'] } };
    const keys = new Map([
      ['a', ['B']],
      ['b', ['A', 'D']],
      ['c', ['A']],
      ['d', ['C']],
    ]);
    expect(gradeExam(exam, keys).map((result) => [result.questionId, result.correct])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
      ['d', false],
    ]);
  });
});

describe('review counts', () => {
  it.each([
    [{}, [], { answered: 0, unanswered: 3, flagged: 0 }],
    [{ q0: ['A'] }, ['q2'], { answered: 1, unanswered: 2, flagged: 1 }],
    [{ q0: ['A'], q1: ['B'], q2: ['C'] }, ['q0', 'q1'], { answered: 3, unanswered: 0, flagged: 2 }],
    [{ q0: [], q1: ['B'] }, [], { answered: 1, unanswered: 2, flagged: 0 }],
  ])('answers %j, flags %j -> %j', (answers, flagged, counts) => {
    expect(reviewCounts({ questionIds: ['q0', 'q1', 'q2'], answers, flagged })).toEqual(counts);
  });

  it('a multi-answer question with too few picks is not answered yet', () => {
    const exam = { questionIds: ['one', 'two'], answers: { one: ['A'], two: ['A'] }, flagged: [] };
    expect(reviewCounts(exam, (id) => (id === 'two' ? 2 : 1))).toEqual({ answered: 1, unanswered: 1, flagged: 0 });
  });

  it('flags toggle on and off', () => {
    const exam = threeQuestionExam();
    const id = exam.questionIds[1] ?? '';
    expect(toggleFlag(exam, id).flagged).toEqual([id]);
    expect(toggleFlag(toggleFlag(exam, id), id).flagged).toEqual([]);
  });
});

describe('the clock', () => {
  it.each([
    [0, 180_000],
    [30_000, 150_000],
    [179_999, 1],
    [180_000, 0],
    [500_000, 0],
  ])('%i ms after the start of a 3-minute exam -> %i ms left', (elapsed, left) => {
    expect(remainingMs(threeQuestionExam(), at(elapsed))).toBe(left);
  });

  it('a reload resumes with the time left by the saved deadline, not a fresh countdown', async () => {
    const browser = newBrowser();
    const exam = setAnswer(threeQuestionExam(), 'note-0--q1', ['A']);
    const tab = await openTab(browser);
    expect(await tab.saveOpenSession(exam)).toBe(true);
    tab.close();
    // The page reloads 30 s later: everything is read back from the store.
    const reloaded = await openTab(browser);
    const resumed = await reloaded.openSession('exam');
    reloaded.close();
    expect(resumed).toEqual({ session: exam, problem: null });
    expect(remainingMs(resumedExam(resumed.session), at(30_000))).toBe(150_000);
    // Closed for longer than the exam: no time left, so it is submitted on load.
    expect(remainingMs(resumedExam(resumed.session), at(60 * 60_000))).toBe(0);
  });

  it.each([
    [180_000, '3:00'],
    [150_000, '2:30'],
    [149_001, '2:30'],
    [59_000, '0:59'],
    [500, '0:01'],
    [0, '0:00'],
    [130 * 60_000, '2:10:00'],
    [3_600_000, '1:00:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });

  // The real exam's 130 minutes: calm until 13:00 is left, then spoken at 13:00, 10, 5 and 1 minutes.
  it.each([
    [60 * 60_000, null],
    [13 * 60_000 + 1, null],
    [13 * 60_000, 'urgent'],
    [11 * 60_000, 'urgent'],
    [10 * 60_000, 10],
    [6 * 60_000, 10],
    [5 * 60_000, 5],
    [90_000, 5],
    [60_000, 1],
    [1_000, 1],
    [0, 1],
  ])('%i ms left of 130 minutes -> warning %s', (ms, warning) => {
    expect(timeWarning(ms, 130 * 60_000)).toBe(warning);
  });
});

describe('what must hold in a saved exam (examProblem)', () => {
  const exam = threeQuestionExam();
  it.each<[string, Partial<StudySession>, string | null]>([
    ['a whole exam', {}, null],
    ['no clock', { deadline: undefined }, 'an exam without its clock or pass mark'],
    ['no pass mark', { passMark: undefined }, 'an exam without its clock or pass mark'],
    ['no settings', { settings: undefined }, 'an exam without its clock or pass mark'],
    ['a deadline before the start', { deadline: '2025-08-01T00:00:00.000Z' }, 'the deadline is before the start'],
    ['a pass mark of 5000', { passMark: 5000 }, 'the pass mark is outside 100–1000'],
    ['a pass mark of 99', { passMark: 99 }, 'the pass mark is outside 100–1000'],
    ['no minutes per question', { settings: { count: 3, minutesPerQuestion: 0, passMark: 720 } }, 'bad settings: minutesPerQuestion'],
    ['no questions asked and no pass mark', { settings: { count: 0, minutesPerQuestion: 1, passMark: 0 } }, 'bad settings: count, passMark'],
  ])('%s -> %s', (_, change, problem) => {
    expect(examProblem({ ...exam, ...change })).toBe(problem);
  });

  it('a practice session is not an exam and owes it nothing', () => {
    expect(examProblem(startSession('practice', ['q1'], START, 'p1'))).toBeNull();
  });
});

describe('a saved exam that cannot be read is a problem, never a crash', () => {
  const exam = threeQuestionExam();
  it.each<[string, unknown]>([
    ['an array', []],
    ['a string', 'exam'],
    ['no questions', { ...exam, questionIds: [] }],
    ['a question listed twice', { ...exam, questionIds: ['note-0--q1', 'note-0--q1', 'note-1--q1'] }],
    ['current past the end', { ...exam, current: 3 }],
    ['a bad deadline', { ...exam, deadline: 'tomorrow' }],
    ['a deadline before the start', { ...exam, deadline: '2025-08-01T00:00:00.000Z' }],
    ['an answer that is not a letter', { ...exam, answers: { 'note-0--q1': ['apple'] } }],
    ['an answer to a question not in the exam', { ...exam, answers: { elsewhere: ['A'] } }],
    ['a flag on a question not in the exam', { ...exam, flagged: ['elsewhere'] }],
    ['time that is not a number', { ...exam, timeSpent: { 'note-0--q1': '12s' } }],
    ['a pass mark out of range', { ...exam, passMark: 5000 }],
    ['a missing field', { ...exam, settings: undefined }],
    ['an unknown mode', { ...exam, mode: 'quiz' }],
  ])('%s', (_, data) => {
    expect(readSession(data, examProblem)).toEqual({ session: null, problem: 'corrupt' });
  });

  it.each([null, undefined])('%s is no exam and no problem', (data) => {
    expect(readSession(data, examProblem)).toEqual({ session: null, problem: null });
  });

  it('a whole exam reads back as it was saved, through JSON', () => {
    const saved = withTime(toggleFlag(setAnswer(exam, 'note-1--q1', ['B', 'C']), 'note-1--q1'), 'note-1--q1', 4_500);
    expect(readSession(JSON.parse(JSON.stringify(saved)), examProblem)).toEqual({ session: saved, problem: null });
  });
});

describe('a finished exam is saved as attempts and its full result', () => {
  const exam: Exam = {
    ...threeQuestionExam(),
    id: 'exam-1',
    questionIds: ['a', 'b', 'c'],
    answers: { a: ['A'], b: ['B', 'C'] },
    flagged: ['b'],
    timeSpent: { a: 30_000, b: 75_500, c: 4_000 },
    passMark: 500,
  };
  const right = { questionId: 'a', chosen: ['A'], answers: ['A'], correct: true };
  const wrong = { questionId: 'b', chosen: ['B', 'C'], answers: ['B', 'D'], correct: false };
  const unanswered = { questionId: 'c', chosen: [], answers: ['C'], correct: false };
  const now = at(90_000);
  const when = now.toISOString();
  const fingerprints = new Map([
    ['a', 'fp-a'],
    ['b', 'fp-b'],
    ['c', 'fp-c'],
  ]);

  it.each<[string, Exam, QuestionResult[], boolean, { correct: number; scaledScore: number; passed: boolean; attempts: [string, boolean, boolean][] }]>([
    [
      'one right, one wrong, one unanswered: the unanswered one is no attempt',
      exam,
      [right, wrong, unanswered],
      false,
      { correct: 1, scaledScore: 400, passed: false, attempts: [['a', true, false], ['b', false, false]] },
    ],
    [
      'a question whose key was seen before the exam is saved as revealed',
      { ...exam, revealed: ['a'] },
      [right, wrong, unanswered],
      false,
      { correct: 1, scaledScore: 400, passed: false, attempts: [['a', true, true], ['b', false, false]] },
    ],
    [
      'all three right, the time ran out',
      exam,
      [right, { ...wrong, answers: ['B', 'C'], correct: true }, { ...unanswered, chosen: ['C'], correct: true }],
      true,
      { correct: 3, scaledScore: 1000, passed: true, attempts: [['a', true, false], ['b', true, false], ['c', true, false]] },
    ],
    ['nothing answered', { ...exam, answers: {} }, [{ ...right, chosen: [], correct: false }, { ...wrong, chosen: [] }, unanswered], true, { correct: 0, scaledScore: 100, passed: false, attempts: [] }],
  ])('%s', (_, taken, results, timedOut, expected) => {
    let n = 0;
    const records = examRecords(taken, results, fingerprints, timedOut, now, () => `id-${(n += 1)}`);
    expect(records.attempts).toEqual(
      expected.attempts.map(([questionId, correct, revealed], index) => ({
        id: `id-${index + 1}`,
        questionId,
        fingerprint: `fp-${questionId}`,
        chosen: results.find((result) => result.questionId === questionId)?.chosen,
        correct,
        at: when,
        mode: 'exam',
        revealed,
      })),
    );
    expect(records.session).toEqual({
      id: 'exam-1',
      mode: 'exam',
      startedAt: START.toISOString(),
      endedAt: when,
      questionIds: ['a', 'b', 'c'],
      correct: expected.correct,
      total: 3,
      scaledScore: expected.scaledScore,
      passed: expected.passed,
      exam: {
        answers: { a: taken.answers.a ?? [], b: taken.answers.b ?? [], c: [] },
        flagged: ['b'],
        keys: Object.fromEntries(results.map((result) => [result.questionId, result.answers])),
        timeSpent: { a: 30_000, b: 75_500, c: 4_000 },
        deadline: exam.deadline,
        passMark: 500,
        timedOut,
      },
    });
  });

  it('the full result is written out by hand: answers, flags, keys and time as they ended', () => {
    const records = examRecords(exam, [right, wrong, unanswered], fingerprints, false, now, () => 'x');
    expect(records.session.exam).toEqual({
      answers: { a: ['A'], b: ['B', 'C'], c: [] },
      flagged: ['b'],
      keys: { a: ['A'], b: ['B', 'D'], c: ['C'] },
      timeSpent: { a: 30_000, b: 75_500, c: 4_000 },
      deadline: '2025-09-01T09:03:00.000Z',
      passMark: 500,
      timedOut: false,
    });
  });

  it('the store saves the attempts and the result in one go, and the exam in progress is closed', async () => {
    const browser = newBrowser();
    const tab = await openTab(browser);
    await tab.saveOpenSession(exam);
    const records = examRecords(exam, [right, wrong, unanswered], fingerprints, false, now, () => `id-${Math.random()}`);
    expect(await tab.finishSession(records.session, records.attempts)).toEqual({ attempts: 2, ratings: 0, sessions: 1, marks: 0 });
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: null });
    expect(await tab.session('exam-1')).toEqual(records.session);
    tab.close();
    const saved = await dumpDb(browser.factory);
    expect(saved.attempts.map((attempt) => [attempt.questionId, attempt.mode, attempt.correct]).sort()).toEqual([
      ['a', 'exam', true],
      ['b', 'exam', false],
    ]);
    expect(saved.open).toEqual([]);
  });

  it('finishing an exam never closes a newer one started in another tab', async () => {
    const browser = newBrowser();
    const tab = await openTab(browser);
    const newer: Exam = { ...exam, id: 'exam-2' };
    await tab.saveOpenSession(newer);
    const records = examRecords(exam, [right, wrong, unanswered], fingerprints, false, now, () => `id-${Math.random()}`);
    await tab.finishSession(records.session, records.attempts);
    expect(await tab.openSession('exam')).toEqual({ session: newer, problem: null });
    tab.close();
  });
});

describe('an exam saved by the first release (localStorage) moves into the store', () => {
  const exam = threeQuestionExam();
  /** The first release's shape, written out: no mode, results, revealed or time. */
  const v1 = {
    version: 1,
    id: exam.id,
    questionIds: exam.questionIds,
    answers: { [exam.questionIds[0] ?? '']: ['B'] },
    flagged: [exam.questionIds[1]],
    current: 1,
    startedAt: exam.startedAt,
    deadline: exam.deadline,
    passMark: 720,
    settings: { count: 3, minutesPerQuestion: 1, passMark: 720 },
  };

  it('a valid one resumes where it was, and the old key is gone', async () => {
    const browser = newBrowser();
    browser.storage.setItem(LEGACY_EXAM_KEY, JSON.stringify(v1));
    const tab = await openTab(browser);
    const read = await tab.openSession('exam');
    tab.close();
    expect(read.problem).toBeNull();
    expect(resumedExam(read.session)).toEqual({
      id: exam.id,
      mode: 'exam',
      questionIds: exam.questionIds,
      current: 1,
      startedAt: exam.startedAt,
      results: {},
      revealed: [],
      answers: { [exam.questionIds[0] ?? '']: ['B'] },
      flagged: [exam.questionIds[1]],
      timeSpent: {},
      deadline: exam.deadline,
      passMark: 720,
      settings: { count: 3, minutesPerQuestion: 1, passMark: 720 },
    });
    expect(browser.storage.getItem(LEGACY_EXAM_KEY)).toBeNull();
  });

  it.each<[string, string]>([
    ['not JSON', '{"version": 1, "questionIds": ['],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['no questions', JSON.stringify({ ...v1, questionIds: [], answers: {}, flagged: [], current: 0 })],
    ['current past the end', JSON.stringify({ ...v1, current: 3 })],
    ['a pass mark out of range', JSON.stringify({ ...v1, passMark: 5000 })],
    ['no deadline', JSON.stringify({ ...v1, deadline: undefined })],
  ])('%s: kept aside under a backup key, and the student is told once', async (_, raw) => {
    const browser = newBrowser();
    browser.storage.setItem(LEGACY_EXAM_KEY, raw);
    const tab = await openTab(browser);
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: 'corrupt' });
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: null });
    tab.close();
    expect(browser.storage.keys(EXAM_BACKUP_PREFIX).map((key) => browser.storage.getItem(key))).toEqual([raw]);
    expect(browser.storage.getItem(LEGACY_EXAM_KEY)).toBeNull();
  });

  it('a full localStorage leaves the unreadable exam where it was', async () => {
    const browser = newBrowser();
    browser.storage.setItem(LEGACY_EXAM_KEY, 'garbage');
    browser.storage.full = true;
    const tab = await openTab(browser);
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: 'corrupt' });
    tab.close();
    expect(browser.storage.getItem(LEGACY_EXAM_KEY)).toBe('garbage');
    expect(browser.storage.keys(EXAM_BACKUP_PREFIX)).toEqual([]);
  });
});

describe('an open exam in the store that cannot be read', () => {
  it('is kept aside, closed, and reported', async () => {
    const browser = newBrowser();
    const tab = await openTab(browser);
    const bad = { ...threeQuestionExam(), passMark: 5000 };
    expect(await tab.saveOpenSession(bad)).toBe(true);
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: 'corrupt' });
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: null });
    tab.close();
    const saved = await dumpDb(browser.factory);
    expect(saved.open).toEqual([]);
    expect(saved.aside).toMatchObject([{ what: 'open session: exam', value: bad }]);
  });
});
