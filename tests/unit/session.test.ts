import { describe, expect, it } from 'vitest';
import { finishedSession, goTo, keyShown, readSession, startSession, withGraded, withKnownQuestions, withResult, withTime, type StudySession } from '@/lib/study/session';

/*
 * The one session model practice, review and the exam share: moving around, time on each
 * question, first results, and a saved session against today's question bank.
 */

const START = new Date('2026-03-01T09:00:00.000Z');

/** A session over a, b, c, d with something in every field a question can have. */
const session = (change: Partial<StudySession> = {}): StudySession => ({
  ...startSession('practice', ['a', 'b', 'c', 'd'], START, 's1'),
  results: { a: true, b: false },
  graded: { a: 'attempt-a', b: 'attempt-b2' },
  answers: { a: ['A'], c: ['C', 'D'] },
  flagged: ['a', 'd'],
  timeSpent: { a: 1_000, b: 2_000, d: 4_000 },
  ...change,
});

describe('startSession', () => {
  it('starts at the first question with nothing answered', () => {
    expect(startSession('review', ['q2', 'q1'], START, 'r1', ['q1'])).toEqual({
      id: 'r1',
      mode: 'review',
      questionIds: ['q2', 'q1'],
      current: 0,
      startedAt: '2026-03-01T09:00:00.000Z',
      results: {},
      revealed: ['q1'],
      answers: {},
      flagged: [],
      timeSpent: {},
    });
  });
});

describe('goTo stays inside the session', () => {
  it.each([
    [0, 2, 2],
    [2, 0, 0],
    [1, 3, 3],
    [3, 4, 3],
    [0, 99, 3],
    [2, -1, 0],
  ])('at %i, going to %i -> %i', (from, to, at) => {
    expect(goTo(session({ current: from }), to).current).toBe(at);
  });

  it('changes nothing else', () => {
    const before = session({ current: 1 });
    expect(goTo(before, 2)).toEqual({ ...before, current: 2 });
  });
});

describe('withTime adds time on screen to the question it was spent on', () => {
  it.each<[string, string, number, Record<string, number>]>([
    ['a first stretch', 'c', 1_500, { a: 1_000, b: 2_000, d: 4_000, c: 1_500 }],
    ['a second stretch adds up', 'a', 2_500, { a: 3_500, b: 2_000, d: 4_000 }],
    ['nothing', 'a', 0, { a: 1_000, b: 2_000, d: 4_000 }],
    ['a clock set back', 'b', -3_000, { a: 1_000, b: 2_000, d: 4_000 }],
    ['not a number', 'b', Number.NaN, { a: 1_000, b: 2_000, d: 4_000 }],
  ])('%s', (_, questionId, ms, timeSpent) => {
    expect(withTime(session(), questionId, ms).timeSpent).toEqual(timeSpent);
  });

  it('leaves the session it was given as it was', () => {
    const before = session();
    withTime(before, 'a', 5_000);
    expect(before.timeSpent).toEqual({ a: 1_000, b: 2_000, d: 4_000 });
  });
});

describe('withResult keeps the first graded answer', () => {
  it.each<[string, string, boolean, Record<string, boolean>]>([
    ['a new question', 'c', true, { a: true, b: false, c: true }],
    ['a retry that is right', 'b', true, { a: true, b: false }],
    ['a retry that is wrong', 'a', false, { a: true, b: false }],
  ])('%s', (_, questionId, correct, results) => {
    expect(withResult(session(), questionId, correct).results).toEqual(results);
  });
});

describe('withGraded: the first result counts, the latest attempt is the one a reload shows', () => {
  it.each<[string, string, boolean, string, Record<string, boolean>, Record<string, string>]>([
    ['a new question', 'c', true, 'attempt-c', { a: true, b: false, c: true }, { a: 'attempt-a', b: 'attempt-b2', c: 'attempt-c' }],
    ['a retry that is right', 'b', true, 'attempt-b3', { a: true, b: false }, { a: 'attempt-a', b: 'attempt-b3' }],
    ['a retry that is wrong', 'a', false, 'attempt-a2', { a: true, b: false }, { a: 'attempt-a2', b: 'attempt-b2' }],
  ])('%s', (_, questionId, correct, attemptId, results, graded) => {
    const after = withGraded(session(), questionId, correct, attemptId);
    expect([after.results, after.graded]).toEqual([results, graded]);
  });

  it('a session saved before attempts were kept starts keeping them', () => {
    expect(withGraded(session({ graded: undefined, results: {} }), 'd', false, 'attempt-d')).toMatchObject({ results: { d: false }, graded: { d: 'attempt-d' } });
  });
});

describe('keyShown: the answer key was seen before this session asked, or in it', () => {
  it.each([
    ['a', true],
    ['b', true],
    ['c', false],
    ['d', true],
  ])('%s -> %s', (questionId, shown) => {
    expect(keyShown(session({ revealed: ['d'] }), questionId)).toBe(shown);
  });
});

describe('withKnownQuestions: a resumed session keeps only questions still in the bank', () => {
  it.each<[string, string[], number, Partial<StudySession> | null]>([
    ['all still there: the same session', ['a', 'b', 'c', 'd'], 2, {}],
    [
      'one before the current one gone: still on the same question',
      ['b', 'c', 'd'],
      2,
      { questionIds: ['b', 'c', 'd'], current: 1, results: { b: false }, graded: { b: 'attempt-b2' }, answers: { c: ['C', 'D'] }, flagged: ['d'], timeSpent: { b: 2_000, d: 4_000 } },
    ],
    [
      'the current one gone: the one that took its place',
      ['a', 'b', 'd'],
      2,
      { questionIds: ['a', 'b', 'd'], current: 2, results: { a: true, b: false }, graded: { a: 'attempt-a', b: 'attempt-b2' }, answers: { a: ['A'] }, flagged: ['a', 'd'], timeSpent: { a: 1_000, b: 2_000, d: 4_000 } },
    ],
    ['the current one, the last, gone: the new last', ['a', 'b'], 3, { questionIds: ['a', 'b'], current: 1, answers: { a: ['A'] }, flagged: ['a'], timeSpent: { a: 1_000, b: 2_000 } }],
    ['none left', ['z'], 0, null],
  ])('%s', (_, known, current, expected) => {
    const before = session({ current });
    const after = withKnownQuestions(before, new Set(known));
    if (expected === null) expect(after).toBeNull();
    else expect(after).toEqual({ ...before, ...expected });
  });

  it('a session saved before attempts were kept stays without them', () => {
    const after = withKnownQuestions(session({ graded: undefined }), new Set(['b', 'c']));
    expect(after?.graded).toBeUndefined();
    expect(after?.results).toEqual({ b: false });
  });

  it('returns the very same session when nothing changed, so nothing is saved again', () => {
    const before = session();
    expect(withKnownQuestions(before, new Set(['a', 'b', 'c', 'd', 'e']))).toBe(before);
  });
});

describe('readSession', () => {
  it('a saved session reads back whole, through JSON', () => {
    const saved = session({ current: 3 });
    expect(readSession(JSON.parse(JSON.stringify(saved)))).toEqual({ session: saved, problem: null });
  });

  it.each<[string, unknown]>([
    ['a number', 7],
    ['no id', { ...session(), id: undefined }],
    ['current out of range', session({ current: 4 })],
    ['a result for a question not in the session', session({ results: { z: true } })],
    ['an attempt for a question not in the session', session({ graded: { z: 'attempt-z' } })],
    ['a flag on a question not in the session', session({ flagged: ['z'] })],
  ])('%s is corrupt', (_, data) => {
    expect(readSession(data)).toEqual({ session: null, problem: 'corrupt' });
  });
});

describe('finishedSession', () => {
  const END = new Date('2026-03-01T09:20:00.000Z');

  it.each<[string, StudySession, { questionIds: string[]; correct: number; total: number } | null]>([
    ['the answered questions in the order asked', session(), { questionIds: ['a', 'b'], correct: 1, total: 2 }],
    ['nothing answered', session({ results: {} }), { questionIds: [], correct: 0, total: 0 }],
    ['an exam is finished by its own rules (lib/study/exam.ts)', session({ mode: 'exam' }), null],
  ])('%s', (_, from, expected) => {
    const finished = finishedSession(from, END);
    if (expected === null) expect(finished).toBeNull();
    else expect(finished).toEqual({ id: 's1', mode: from.mode, startedAt: '2026-03-01T09:00:00.000Z', endedAt: '2026-03-01T09:20:00.000Z', ...expected });
  });
});

describe('resuming after a reload: what readSession accepts and refuses', () => {
  const saved = session({ current: 2 });

  it.each<[string, unknown]>([
    ['nothing saved (undefined)', undefined],
    ['nothing saved (null)', null],
  ])('%s is no session and no problem', (_, data) => {
    expect(readSession(data)).toEqual({ session: null, problem: null });
  });

  it.each<[string, unknown]>([
    ['text', 'practice'],
    ['a list', [saved]],
    ['an empty object', {}],
    ['a mode that does not exist', { ...saved, mode: 'quiz' }],
    ['a start that is not a time', { ...saved, startedAt: 'yesterday' }],
    ['a position that is not whole', { ...saved, current: 1.5 }],
    ['a position before the first question', { ...saved, current: -1 }],
    ['no questions at all', { ...saved, questionIds: [], current: 0, results: {}, answers: {}, flagged: [], timeSpent: {} }],
    ['a question listed twice', { ...saved, questionIds: ['a', 'b', 'a', 'd'] }],
    ['a question id that is not text', { ...saved, questionIds: ['a', 2, 'c', 'd'] }],
    ['a result that is not right or wrong', { ...saved, results: { a: 'yes' } }],
    ['a pick that is not a letter', { ...saved, answers: { a: ['a'] } }],
    ['a pick for a question not in the session', { ...saved, answers: { z: ['A'] } }],
    ['time that is not a number', { ...saved, timeSpent: { a: '5s' } }],
    ['revealed that is not a list', { ...saved, revealed: 'a' }],
    ['graded attempts that are not a table', { ...saved, graded: ['attempt-a'] }],
    ['a graded attempt id that is not text', { ...saved, graded: { a: 7 } }],
    ['an exam deadline that is not a time', { ...saved, mode: 'exam', deadline: 'soon' }],
  ])('%s is corrupt, never a crash', (_, data) => {
    expect(readSession(data)).toEqual({ session: null, problem: 'corrupt' });
  });

  it('a mode rule of its own (the exam needs its clock) can refuse a session the shared rules accept', () => {
    const rule = (each: StudySession) => (each.mode === 'exam' && each.deadline === undefined ? 'no clock' : null);
    expect(readSession({ ...saved, mode: 'exam' }, rule)).toEqual({ session: null, problem: 'corrupt' });
    expect(readSession(saved, rule)).toEqual({ session: saved, problem: null });
  });

  it.each<[string, string[], { questionIds: string[]; current: number; onScreen: string } | null]>([
    ['the bank unchanged: the same question', ['a', 'b', 'c', 'd'], { questionIds: ['a', 'b', 'c', 'd'], current: 2, onScreen: 'c' }],
    ['an earlier question removed from the notes: still the same question', ['b', 'c', 'd'], { questionIds: ['b', 'c', 'd'], current: 1, onScreen: 'c' }],
    ['the question on screen removed: the next one, in its place', ['a', 'b', 'd'], { questionIds: ['a', 'b', 'd'], current: 2, onScreen: 'd' }],
    ['every question removed: nothing to resume', ['x'], null],
  ])('saved, reloaded through JSON and matched to the bank: %s', (_, bank, expected) => {
    const read = readSession(JSON.parse(JSON.stringify(saved)));
    const resumed = read.session && withKnownQuestions(read.session, new Set(bank));
    if (expected === null) {
      expect(resumed).toBeNull();
      return;
    }
    expect(resumed?.questionIds).toEqual(expected.questionIds);
    expect(resumed?.current).toBe(expected.current);
    expect(resumed?.questionIds[resumed.current]).toBe(expected.onScreen);
    // What was already answered comes back with it, and which attempt shows each graded question.
    expect(resumed?.results).toEqual(Object.fromEntries(Object.entries(saved.results).filter(([id]) => bank.includes(id))));
    expect(resumed?.graded).toEqual(Object.fromEntries(Object.entries(saved.graded ?? {}).filter(([id]) => bank.includes(id))));
  });

  it('a session saved by the previous version (no graded attempts) still reads, and resumes', () => {
    // As the version before this one wrote it to IndexedDB.
    const previous = {
      id: '2026-03-01T09:00:00.000Z-k3j2',
      mode: 'practice',
      questionIds: ['a', 'b', 'c'],
      current: 1,
      startedAt: '2026-03-01T09:00:00.000Z',
      results: { a: false },
      revealed: [],
      answers: {},
      flagged: [],
      timeSpent: { a: 12_000 },
    };
    const read = readSession(previous);
    expect(read).toEqual({ session: previous, problem: null });
    expect(read.session && keyShown(read.session, 'a')).toBe(true);
    expect(read.session && withGraded(read.session, 'b', true, 'attempt-b').graded).toEqual({ b: 'attempt-b' });
  });
});
