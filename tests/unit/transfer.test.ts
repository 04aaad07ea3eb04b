import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_KINDS, MODES, RATINGS, type Attempt, type FinishedSession, type Mark, type RatingEntry } from '@/lib/study/log';
import { exportProgress, parseProgressFile, readLog, readLogNow, type LogRecords } from '@/lib/study/transfer';
import { V1, V2, V3, V4, attempt, fileText, mark, minutes } from './study-fixtures';

/*
 * The progress file and the old localStorage record go through one reader: every version
 * reads into today's records, and anything else is refused with what and where.
 */

const ok = (data: unknown): LogRecords => {
  const read = readLogNow(data);
  if (!read.ok) throw new Error(`expected a log, got ${read.reason}: ${read.detail}`);
  return read.records;
};

/** V1's attempts as the first release's own migration to version 2 saved them. */
const V1_AS_FIRST_RELEASE_V2 = {
  version: 2,
  attempts: V1.attempts.map((each, index) => ({ id: `v1:${each.at}:${each.questionId}:${index}`, ...each })),
  ratings: [],
  sessions: [],
};

describe('reading every version', () => {
  it('version 1: every attempt, with an id made from the record and not revealed', () => {
    const read = readLogNow(V1);
    expect(read).toMatchObject({ ok: true, version: 1 });
    expect(ok(V1)).toEqual({
      attempts: [
        { id: `v1:${minutes(0)}:q1:0`, ...V1.attempts[0], revealed: false },
        { id: `v1:${minutes(10)}:q1:1`, ...V1.attempts[1], revealed: false },
        { id: `v1:${minutes(20)}:q2:2`, ...V1.attempts[2], revealed: false },
      ],
      ratings: [],
      sessions: [],
      marks: [],
    });
  });

  it('version 1 ids are stable: read twice, or migrated to version 2 by the first release and read again, they are the same', () => {
    expect(ok(V1)).toEqual(ok(V1));
    expect(ok(V1_AS_FIRST_RELEASE_V2)).toEqual(ok(V1));
    // And once more through a version 3 export.
    expect(ok({ ...ok(V1_AS_FIRST_RELEASE_V2), version: 3 })).toEqual(ok(V1));
  });

  it('version 2: attempts not revealed, each rating given an id and its attempt’s question', () => {
    const records = ok(V2);
    expect(readLogNow(V2)).toMatchObject({ ok: true, version: 2 });
    expect(records.attempts).toEqual(V2.attempts.map((each) => ({ ...each, revealed: false })));
    expect(records.ratings).toEqual([{ id: `b2|${minutes(6)}|easy`, attemptId: 'b2', questionId: 'q1', rating: 'easy', at: minutes(6) }]);
    expect(records.sessions).toEqual(V2.sessions);
  });

  it('version 2: a rating whose attempt is not in the file keeps an empty question for the store to fill', () => {
    const records = ok({ ...V2, ratings: [{ attemptId: 'elsewhere', rating: 'good', at: minutes(9) }] });
    expect(records.ratings).toEqual([{ id: `elsewhere|${minutes(9)}|good`, attemptId: 'elsewhere', questionId: '', rating: 'good', at: minutes(9) }]);
  });

  it('version 3: the records as they are, revealed attempts and exam results included, and no marks', () => {
    expect(readLogNow(V3)).toEqual({ ok: true, version: 3, records: { attempts: V3.attempts, ratings: V3.ratings, sessions: V3.sessions, marks: [] } });
  });

  it('version 4: version 3’s records and the student’s marks as they are', () => {
    expect(readLogNow(V4)).toEqual({ ok: true, version: 4, records: { attempts: V3.attempts, ratings: V3.ratings, sessions: V3.sessions, marks: V4.marks } });
  });

  it('yields its progress between chunks and ends with every record', () => {
    const data = { version: 3, attempts: [1, 2, 3, 4].map((n) => attempt(`a${n}`, { at: minutes(n) })), ratings: [], sessions: [V3.sessions[0]] };
    const steps = readLog(data, 2);
    const seen: unknown[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(seen).toEqual([
      { done: 2, total: 5 },
      { done: 4, total: 5 },
    ]);
    expect(step.value.ok && step.value.records.attempts).toHaveLength(4);
  });
});

describe('refusing what is not a log', () => {
  const goodAttempt = V2.attempts[0];
  it.each<[string, unknown, 'corrupt' | 'future-version', string | RegExp]>([
    ['null', null, 'corrupt', 'no version number'],
    ['a string', 'hello', 'corrupt', 'no version number'],
    ['a number', 2, 'corrupt', 'no version number'],
    ['a list', [V2], 'corrupt', 'no version number'],
    ['no version', { attempts: [], ratings: [], sessions: [] }, 'corrupt', 'no version number'],
    ['a version that is a string', { ...V2, version: '2' }, 'corrupt', 'no version number'],
    ['a version that is not whole', { ...V2, version: 1.5 }, 'corrupt', 'no version number'],
    ['version 0', { ...V2, version: 0 }, 'corrupt', 'no version number'],
    ['a negative version', { ...V2, version: -1 }, 'corrupt', 'no version number'],
    ['a future version 5', { version: 5, everything: 'new' }, 'future-version', 'version 5'],
    ['version 1 without attempts', { version: 1 }, 'corrupt', 'attempts: missing'],
    ['version 2 without ratings', { version: 2, attempts: [], sessions: [] }, 'corrupt', 'ratings: missing'],
    ['version 3 without sessions', { version: 3, attempts: [], ratings: [] }, 'corrupt', 'sessions: missing'],
    ['version 4 without marks', { ...V3, version: 4 }, 'corrupt', 'marks: missing'],
    ['marks that are not a list', { ...V4, marks: 'flagged' }, 'corrupt', 'marks: not a list'],
    ['a mark of an unknown kind', { ...V4, marks: [mark('x', 'flag'), { ...mark('y', 'flag'), kind: 'star' }] }, 'corrupt', /^marks\[1\] kind\b/],
    ['a mark without its question', { ...V4, marks: [mark('x', 'flag', { questionId: '' })] }, 'corrupt', /^marks\[0\] questionId\b/],
    ['a note longer than 2,000 characters', { ...V4, marks: [mark('x', 'note', { text: 'a'.repeat(2001) })] }, 'corrupt', /^marks\[0\] text\b/],
    ['a mark with a time that is not a time', { ...V4, marks: [mark('x', 'suspend', { at: 'now' })] }, 'corrupt', /^marks\[0\] at\b/],
    ['attempts that are not a list', { ...V2, attempts: { b1: goodAttempt } }, 'corrupt', 'attempts: not a list'],
    ['ratings that are a string', { ...V2, ratings: 'none' }, 'corrupt', 'ratings: not a list'],
    ['version 1 with sessions that are not a list', { ...V1, sessions: 3 }, 'corrupt', 'sessions: not a list'],
    ['a version 1 attempt with a question that is a number', { version: 1, attempts: [V1.attempts[0], { ...V1.attempts[1], questionId: 3 }] }, 'corrupt', /^attempts\[1\] questionId\b/],
    ['a version 2 attempt without an id', { ...V2, attempts: [goodAttempt, V1.attempts[0]] }, 'corrupt', /^attempts\[1\] id\b/],
    ['a version 2 attempt with a date that is not a date', { ...V2, attempts: [{ ...goodAttempt, at: 'yesterday' }] }, 'corrupt', /^attempts\[0\] at\b/],
    ['a version 2 attempt that is not an object', { ...V2, attempts: [goodAttempt, goodAttempt, null] }, 'corrupt', /^attempts\[2\] /],
    ['a chosen letter in lower case', { ...V2, attempts: [{ ...goodAttempt, chosen: ['A', 'b'] }] }, 'corrupt', /^attempts\[0\] chosen\.1\b/],
    ['an unknown mode', { ...V2, attempts: [{ ...goodAttempt, mode: 'quiz' }] }, 'corrupt', /^attempts\[0\] mode\b/],
    ['a version 3 attempt without revealed', { ...V3, attempts: [{ ...V2.attempts[0] }] }, 'corrupt', /^attempts\[0\] revealed\b/],
    ['a rating that is not a rating', { ...V2, ratings: [{ attemptId: 'b2', rating: 'meh', at: minutes(1) }] }, 'corrupt', /^ratings\[0\] rating\b/],
    ['a version 3 rating without its question', { ...V3, ratings: [{ ...V3.ratings[0], questionId: undefined }] }, 'corrupt', /^ratings\[0\] questionId\b/],
    ['a session with a negative total', { ...V2, sessions: [{ ...V2.sessions[0], total: -1 }] }, 'corrupt', /^sessions\[0\] total\b/],
    ['an exam result without its keys', { ...V3, sessions: [{ ...V3.sessions[0], exam: { ...V3.sessions[0]?.exam, keys: undefined } }] }, 'corrupt', /^sessions\[0\] exam\.keys\b/],
  ])('%s', (_case, data, reason, detail) => {
    const read = readLogNow(data);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toBe(reason);
    if (typeof detail === 'string') expect(read.detail).toBe(detail);
    else expect(read.detail).toMatch(detail);
  });
});

describe('the file around the log', () => {
  it.each<[string, string, 'not-json' | 'truncated' | 'not-progress-file']>([
    ['not JSON', 'this is not json', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['an export cut short', fileText(V2).slice(0, 40), 'truncated'],
    ['an export cut short near its end', fileText(V2).slice(0, -3), 'truncated'],
    ['other JSON cut short', JSON.stringify({ hello: 'world' }).slice(0, 8), 'not-json'],
    ['JSON that is not an export', JSON.stringify({ hello: 'world' }), 'not-progress-file'],
    ['a bare log without its envelope', JSON.stringify(V2), 'not-progress-file'],
    ['another app’s export', JSON.stringify({ app: 'anki', exportedAt: minutes(0), progress: V2 }), 'not-progress-file'],
    ['an export time that is not a time', JSON.stringify({ app: 'aws-notes', exportedAt: 'today', progress: V2 }), 'not-progress-file'],
    ['a list', JSON.stringify([V2]), 'not-progress-file'],
  ])('refuses %s', (_case, text, problem) => {
    expect(parseProgressFile(text)).toEqual({ ok: false, problem });
  });

  it('gives back the log inside an export, whatever its version', () => {
    expect(parseProgressFile(fileText(V1))).toEqual({ ok: true, progress: V1 });
    expect(parseProgressFile(fileText({ version: 9 }))).toEqual({ ok: true, progress: { version: 9 } });
  });
});

describe('export', () => {
  const now = new Date('2026-04-01T12:00:00.000Z');

  it('writes a version 4 file stamped with the time, one line', () => {
    const text = exportProgress(ok(V4), now);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(JSON.parse(text)).toEqual({
      app: 'aws-notes',
      exportedAt: now.toISOString(),
      progress: { version: 4, attempts: V3.attempts, ratings: V3.ratings, sessions: V3.sessions, marks: V4.marks },
    });
  });

  it.each([
    ['version 1', V1],
    ['version 2', V2],
    ['version 3', V3],
    ['version 4', V4],
  ])('%s read, exported and read back gives the same records', (_case, data) => {
    const records = ok(data);
    const file = parseProgressFile(exportProgress(records, now));
    expect(file.ok && readLogNow(file.progress)).toEqual({ ok: true, version: 4, records });
  });

  const iso = fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2100-01-01T00:00:00.000Z'), noInvalidDate: true }).map((date) => date.toISOString());
  const attempts: fc.Arbitrary<Attempt[]> = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1 }),
      questionId: fc.string(),
      fingerprint: fc.string(),
      chosen: fc.array(fc.constantFrom('A', 'B', 'C', 'D', 'E')),
      correct: fc.boolean(),
      at: iso,
      mode: fc.constantFrom(...MODES),
      revealed: fc.boolean(),
    }),
    { selector: (each) => each.id, maxLength: 8 },
  );
  const ratings: fc.Arbitrary<RatingEntry[]> = fc.array(
    fc.record({ id: fc.string(), attemptId: fc.string(), questionId: fc.string({ minLength: 1 }), rating: fc.constantFrom(...RATINGS), at: iso }),
    { maxLength: 5 },
  );
  const sessions: fc.Arbitrary<FinishedSession[]> = fc.array(
    fc.record(
      {
        id: fc.string(),
        mode: fc.constantFrom('practice' as const, 'exam' as const, 'review' as const),
        startedAt: iso,
        endedAt: iso,
        questionIds: fc.array(fc.string()),
        correct: fc.nat(),
        total: fc.nat(),
        scaledScore: fc.integer({ min: 100, max: 1000 }),
        passed: fc.boolean(),
      },
      { requiredKeys: ['id', 'mode', 'startedAt', 'endedAt', 'questionIds', 'correct', 'total'] },
    ),
    { maxLength: 3 },
  );

  const marks: fc.Arbitrary<Mark[]> = fc.array(
    fc.record(
      { id: fc.string(), questionId: fc.string({ minLength: 1 }), kind: fc.constantFrom(...MARK_KINDS), text: fc.string({ maxLength: 2000 }), at: iso },
      { requiredKeys: ['id', 'questionId', 'kind', 'at'] },
    ),
    { maxLength: 5 },
  );

  it('any log exported and read back is the same log', () => {
    fc.assert(
      fc.property(attempts, ratings, sessions, marks, (a, r, s, m) => {
        const records = { attempts: a, ratings: r, sessions: s, marks: m };
        const file = parseProgressFile(exportProgress(records, now));
        expect(file.ok && readLogNow(file.progress)).toEqual({ ok: true, version: 4, records });
      }),
    );
  });
});
