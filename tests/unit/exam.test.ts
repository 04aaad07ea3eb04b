import { describe, expect, it } from 'vitest';
import {
  EXAM_BACKUP_PREFIX,
  EXAM_KEY,
  breakdown,
  checkSettings,
  createExam,
  examRecords,
  defaultSettings,
  examNamespaces,
  formatRemaining,
  gradeExam,
  loadExam,
  passed,
  readExam,
  remainingMs,
  reviewCounts,
  saveExam,
  scaledScore,
  setAnswer,
  timeWarning,
  toggleFlag,
  withKnownQuestions,
  type Exam,
  type ExamStorage,
} from '@/lib/exam';

const bank = (size: number) => Array.from({ length: size }, (_, index) => ({ id: `note-${index}--q1` }));

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

function memoryStorage(initial: Record<string, string> = {}): ExamStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
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
    expect(exam).toMatchObject({ version: 1, current: 0, answers: {}, flagged: [], passMark: 720 });
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

  it('a reload resumes with the time left by the saved deadline, not a fresh countdown', () => {
    const store = memoryStorage();
    const exam = setAnswer(threeQuestionExam(), 'note-0--q1', ['A']);
    saveExam(store, exam);
    // The page reloads 30 s later: everything is read back from storage.
    const resumed = loadExam(store, at(30_000));
    expect(resumed).toEqual({ exam, problem: null });
    expect(remainingMs(resumed.exam ?? exam, at(30_000))).toBe(150_000);
    // Closed for longer than the exam: no time left, so it is submitted on load.
    expect(remainingMs(resumed.exam ?? exam, at(60 * 60_000))).toBe(0);
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

  it.each([
    [11 * 60_000, null],
    [10 * 60_000 + 1, null],
    [10 * 60_000, 10],
    [6 * 60_000, 10],
    [5 * 60_000, 5],
    [90_000, 5],
    [60_000, 1],
    [1_000, 1],
  ])('%i ms left -> warning at %s minutes', (ms, warning) => {
    expect(timeWarning(ms)).toBe(warning);
  });
});

describe('saved exams that cannot be read are kept aside, never a crash', () => {
  const valid = JSON.stringify(threeQuestionExam());
  const wrongShapes: [string, string][] = [
    ['not JSON', '{"version": 1, "questionIds": ['],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['a future version', JSON.stringify({ ...threeQuestionExam(), version: 2 })],
    ['no questions', JSON.stringify({ ...threeQuestionExam(), questionIds: [] })],
    ['current past the end', JSON.stringify({ ...threeQuestionExam(), current: 3 })],
    ['a bad deadline', JSON.stringify({ ...threeQuestionExam(), deadline: 'tomorrow' })],
    ['a deadline before the start', JSON.stringify({ ...threeQuestionExam(), deadline: '2025-08-01T00:00:00.000Z' })],
    ['an answer that is not a letter', JSON.stringify({ ...threeQuestionExam(), answers: { 'note-0--q1': ['apple'] } })],
    ['an answer to a question not in the exam', JSON.stringify({ ...threeQuestionExam(), answers: { elsewhere: ['A'] } })],
    ['a flag on a question not in the exam', JSON.stringify({ ...threeQuestionExam(), flagged: ['elsewhere'] })],
    ['a pass mark out of range', JSON.stringify({ ...threeQuestionExam(), passMark: 5000 })],
    ['a missing field', JSON.stringify({ ...threeQuestionExam(), settings: undefined })],
  ];

  it.each(wrongShapes)('%s', (_, raw) => {
    const store = memoryStorage({ [EXAM_KEY]: raw });
    const now = at(5_000);
    expect(loadExam(store, now)).toEqual({ exam: null, problem: 'corrupt' });
    expect(store.items.get(`${EXAM_BACKUP_PREFIX}${now.toISOString()}`)).toBe(raw);
    expect(store.items.has(EXAM_KEY)).toBe(false);
  });

  it('a valid exam reads back whole', () => {
    expect(readExam(valid).exam).toEqual(JSON.parse(valid));
  });

  it('nothing saved is no exam and no problem', () => {
    const store = memoryStorage();
    expect(loadExam(store, START)).toEqual({ exam: null, problem: null });
    expect(store.items.size).toBe(0);
  });

  it('storage that refuses to write leaves the saved value where it was', () => {
    const store = memoryStorage({ [EXAM_KEY]: 'garbage' });
    const refusing: ExamStorage = { ...store, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(loadExam(refusing, START)).toEqual({ exam: null, problem: 'corrupt' });
    expect(store.items.get(EXAM_KEY)).toBe('garbage');
    expect(saveExam(refusing, threeQuestionExam())).toBe(false);
  });
});

describe('a resumed exam keeps only questions still in the bank', () => {
  it('drops removed questions and stays on the same question', () => {
    const exam = { ...threeQuestionExam(), questionIds: ['a', 'b', 'c'], answers: { a: ['A'], b: ['B'] }, flagged: ['a', 'c'], current: 2 };
    expect(withKnownQuestions(exam, new Set(['b', 'c']))).toMatchObject({ questionIds: ['b', 'c'], answers: { b: ['B'] }, flagged: ['c'], current: 1 });
    expect(withKnownQuestions(exam, new Set(['a', 'b', 'c']))).toBe(exam);
    expect(withKnownQuestions(exam, new Set(['z']))).toBeNull();
  });
});

describe('a finished exam is saved as attempts and a session', () => {
  it('records each answered question and the scaled score', () => {
    const exam = { ...threeQuestionExam(), questionIds: ['a', 'b', 'c'], passMark: 500 };
    const results = [
      { questionId: 'a', chosen: ['A'], answers: ['A'], correct: true },
      { questionId: 'b', chosen: ['B', 'C'], answers: ['B', 'D'], correct: false },
      { questionId: 'c', chosen: [], answers: ['C'], correct: false },
    ];
    let n = 0;
    const now = at(90_000);
    const records = examRecords(exam, results, new Map([['a', 'fp-a'], ['b', 'fp-b']]), now, () => `id-${(n += 1)}`);
    expect(records.attempts).toEqual([
      { id: 'id-1', questionId: 'a', fingerprint: 'fp-a', chosen: ['A'], correct: true, at: now.toISOString(), mode: 'exam' },
      { id: 'id-2', questionId: 'b', fingerprint: 'fp-b', chosen: ['B', 'C'], correct: false, at: now.toISOString(), mode: 'exam' },
    ]);
    expect(records.session).toEqual({
      id: 'id-3',
      mode: 'exam',
      startedAt: START.toISOString(),
      endedAt: now.toISOString(),
      questionIds: ['a', 'b', 'c'],
      correct: 1,
      total: 3,
      scaledScore: 400,
      passed: false,
    });
  });
});
