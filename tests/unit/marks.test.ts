import { describe, expect, it } from 'vitest';
import { questionHistory, type HistoryEntry } from '@/lib/study/history';
import { markSchema, type Mark } from '@/lib/study/log';
import { noteFits } from '@/lib/study/mark-limits';
import { deriveMarks, markedIds, questionMarks, type QuestionMarks } from '@/lib/study/marks';
import { attempt, mark, minutes, rated } from './study-fixtures';

/*
 * A question's marks are what the newest record of each kind says (flag, suspension,
 * note), whatever order the records come in: two devices' logs merged agree.
 */

const none = (questionId = 'q1'): QuestionMarks => ({ questionId, flagged: false, suspended: false, note: '' });

describe('questionMarks', () => {
  it.each<[string, Mark[], Partial<QuestionMarks> | null]>([
    ['no record: nothing marked', [], null],
    ['a flag', [mark('a', 'flag')], { flagged: true }],
    ['a flag, then unflagged', [mark('a', 'flag'), mark('b', 'unflag', { at: minutes(1) })], null],
    ['unflagged, then flagged again', [mark('a', 'flag'), mark('b', 'unflag', { at: minutes(1) }), mark('c', 'flag', { at: minutes(2) })], { flagged: true }],
    ['records out of time order: the newest by time wins, not the last in the list', [mark('b', 'unflag', { at: minutes(5) }), mark('a', 'flag', { at: minutes(1) })], null],
    ['the same moment: the larger id wins, on every device', [mark('z', 'suspend', { at: minutes(1) }), mark('a', 'unsuspend', { at: minutes(1) })], { suspended: true }],
    ['suspended', [mark('a', 'suspend')], { suspended: true }],
    ['suspended, then unsuspended', [mark('a', 'suspend'), mark('b', 'unsuspend', { at: minutes(1) })], null],
    ['a note', [mark('a', 'note', { text: 'Kinesis, not Firehose' })], { note: 'Kinesis, not Firehose' }],
    ['a note rewritten: the newest text', [mark('a', 'note', { text: 'first' }), mark('b', 'note', { at: minutes(1), text: 'second' })], { note: 'second' }],
    ['a note emptied: no note', [mark('a', 'note', { text: 'first' }), mark('b', 'note', { at: minutes(1), text: '' })], null],
    ['a note record without text: no note', [mark('a', 'note', { text: 'first' }), mark('b', 'note', { at: minutes(1) })], null],
    ['a note of spaces only: no note', [mark('a', 'note', { text: ' \n ' })], null],
    ['a note keeps its lines, without the blank around them', [mark('a', 'note', { text: '  line one\nline two \n' })], { note: 'line one\nline two' }],
    ['flag, suspension and note are apart: unflagging keeps the note', [mark('a', 'flag'), mark('b', 'note', { text: 'n' }), mark('c', 'suspend'), mark('d', 'unflag', { at: minutes(1) })], { suspended: true, note: 'n' }],
    ['another question’s records are not this one’s', [mark('a', 'flag', { questionId: 'q2' })], null],
  ])('%s', (_case, records, expected) => {
    expect(questionMarks('q1', records)).toEqual(expected === null ? null : { ...none(), ...expected });
  });
});

describe('deriveMarks and markedIds', () => {
  const records = [
    mark('a', 'flag', { questionId: 'q1' }),
    mark('b', 'suspend', { questionId: 'q2' }),
    mark('c', 'flag', { questionId: 'q2', at: minutes(1) }),
    mark('d', 'note', { questionId: 'q3', text: 'only a note' }),
    mark('e', 'flag', { questionId: 'q4' }),
    mark('f', 'unflag', { questionId: 'q4', at: minutes(1) }),
  ];

  it('keeps only the questions with a mark set', () => {
    expect(deriveMarks(records)).toEqual(
      new Map([
        ['q1', { ...none('q1'), flagged: true }],
        ['q2', { ...none('q2'), flagged: true, suspended: true }],
        ['q3', { ...none('q3'), note: 'only a note' }],
      ]),
    );
  });

  it.each<['flagged' | 'suspended', string[]]>([
    ['flagged', ['q1', 'q2']],
    ['suspended', ['q2']],
  ])('the %s questions', (which, expected) => {
    expect([...markedIds(deriveMarks(records), which)].sort()).toEqual(expected);
  });

  it('two devices’ records merged in either order give the same marks', () => {
    const phone = [mark('p1', 'flag', { at: minutes(1) }), mark('p2', 'note', { at: minutes(3), text: 'from the phone' })];
    const laptop = [mark('l1', 'unflag', { at: minutes(2) }), mark('l2', 'note', { at: minutes(4), text: 'from the laptop' })];
    expect(deriveMarks([...phone, ...laptop])).toEqual(deriveMarks([...laptop, ...phone]));
    expect(deriveMarks([...phone, ...laptop]).get('q1')).toEqual({ ...none(), note: 'from the laptop' });
  });
});

describe('questionHistory', () => {
  const wrong = attempt('a1', { at: minutes(0), correct: false, chosen: ['B'], mode: 'note' });
  const right = attempt('a2', { at: minutes(10), chosen: ['A', 'C'], mode: 'practice' });
  const revealedRight = attempt('a3', { at: minutes(20), revealed: true, mode: 'review' });
  const revealedWrong = attempt('a4', { at: minutes(30), revealed: true, correct: false, chosen: [], mode: 'exam' });
  const good = rated(right, 'good', minutes(11));
  const easy = rated(right, 'easy', minutes(12));

  it.each<[string, Parameters<typeof questionHistory>[1], Parameters<typeof questionHistory>[2], HistoryEntry[]]>([
    ['nothing answered', [], [], []],
    [
      'every answer and rating, newest first, each with how it went',
      [wrong, right, revealedRight, revealedWrong],
      [good, easy],
      [
        { kind: 'attempt', id: 'a4', at: minutes(30), mode: 'exam', chosen: [], result: 'revealed-wrong' },
        { kind: 'attempt', id: 'a3', at: minutes(20), mode: 'review', chosen: ['A'], result: 'revealed-correct' },
        { kind: 'rating', id: easy.id, at: minutes(12), rating: 'easy' },
        { kind: 'rating', id: good.id, at: minutes(11), rating: 'good' },
        { kind: 'attempt', id: 'a2', at: minutes(10), mode: 'practice', chosen: ['A', 'C'], result: 'correct' },
        { kind: 'attempt', id: 'a1', at: minutes(0), mode: 'note', chosen: ['B'], result: 'wrong' },
      ],
    ],
    ['a record read twice (saved and not yet saved) shows once', [wrong, wrong], [], [{ kind: 'attempt', id: 'a1', at: minutes(0), mode: 'note', chosen: ['B'], result: 'wrong' }]],
    ['another question’s answers are left out', [attempt('x', { questionId: 'q2' })], [rated(attempt('x', { questionId: 'q2' }), 'good', minutes(1))], []],
  ])('%s', (_case, attempts, ratings, expected) => {
    expect(questionHistory('q1', attempts, ratings)).toEqual(expected);
  });
});

describe('noteFits: the toolbar refuses exactly the notes the log would refuse', () => {
  const at = '2026-12-01T09:00:00.000Z';
  it.each<[string, string, boolean]>([
    ['empty (removes the note)', '', true],
    ['one Korean syllable', '가', true],
    ['2,000 Latin letters', 'a'.repeat(2000), true],
    ['2,001 Latin letters', 'a'.repeat(2001), false],
    ['2,000 Hangul syllables', '한'.repeat(2000), true],
    ['2,000 emoji: 4,000 UTF-16 units, but 2,000 characters', '📝'.repeat(2000), true],
    ['2,001 emoji', '📝'.repeat(2001), false],
    ['1,001 letters with a combining accent: 2,002 characters', 'e\u0301'.repeat(1001), false],
  ])('%s', (_, text, fits) => {
    expect(noteFits(text)).toBe(fits);
    expect(markSchema.safeParse({ id: 'm1', questionId: 'q1', kind: 'note', text, at }).success).toBe(fits);
  });
});
