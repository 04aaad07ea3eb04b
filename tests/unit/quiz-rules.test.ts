import { describe, expect, it } from 'vitest';
import { emptyProgress, lastAttempt } from '@/lib/progress';
import { isCorrect, letterForKey, toggleChoice } from '@/lib/quiz';
import { sectionAnchors, tagHref } from '@/lib/links';

describe('grading is all-or-nothing', () => {
  it.each([
    [['A'], ['A'], true],
    [['B'], ['A'], false],
    [['A', 'C'], ['A', 'C'], true],
    [['C', 'A'], ['A', 'C'], true],
    [['A'], ['A', 'C'], false],
    [['A', 'B'], ['A', 'C'], false],
    [['A', 'B', 'C'], ['A', 'C'], false],
    [[], ['A'], false],
  ])('%j against %j -> %s', (chosen, answers, correct) => {
    expect(isCorrect(chosen, answers)).toBe(correct);
  });
});

describe('keys choose options', () => {
  const letters = ['A', 'B', 'C', 'D'];
  it.each([
    ['a', 'A'],
    ['D', 'D'],
    ['1', 'A'],
    ['4', 'D'],
    ['e', null],
    ['5', null],
    ['r', null],
    ['Enter', null],
    ['0', null],
  ])('%j -> %j', (key, letter) => {
    expect(letterForKey(key, letters)).toBe(letter);
  });
});

describe('choices', () => {
  it.each([
    [[], 'B', 1, ['B']],
    [['A'], 'B', 1, ['B']],
    [[], 'C', 2, ['C']],
    [['C'], 'A', 2, ['A', 'C']],
    [['A', 'C'], 'A', 2, ['C']],
    [['A', 'C'], 'B', 2, ['A', 'C']],
  ])('%j + %s (select %i) -> %j', (chosen, letter, count, next) => {
    expect(toggleChoice(chosen, letter, count)).toEqual(next);
  });
});

describe('last result', () => {
  const attempt = (questionId: string, at: string, correct: boolean) => ({ id: `${questionId}-${at}`, questionId, fingerprint: 'f', chosen: ['A'], correct, at, mode: 'note' as const });

  it('finds the newest attempt on a note', () => {
    const progress = { ...emptyProgress(), attempts: [attempt('q1', '2026-01-02T00:00:00.000Z', false), attempt('q2', '2026-01-03T00:00:00.000Z', true), attempt('q9', '2026-01-04T00:00:00.000Z', false)] };
    expect(lastAttempt(progress, ['q1', 'q2'])?.questionId).toBe('q2');
    expect(lastAttempt(progress, ['q7'])).toBeNull();
  });
});

describe('anchors and links', () => {
  it('gives the usual sections readable anchors and the rest positions', () => {
    expect(sectionAnchors([{ kind: 'keyPoint' }, { kind: 'explanation' }, { kind: 'concepts' }, { kind: 'question' }, { kind: 'other' }, { kind: 'other' }])).toEqual([
      'key-point',
      'explanation',
      'concepts',
      'question',
      'section-5',
      'section-6',
    ]);
  });

  it.each([
    ['service/glue', '/tags/service/glue/'],
    ['service', '/tags/service/'],
    ['usecase/ml training', '/tags/usecase/ml%20training/'],
  ])('tagHref(%j)', (tag, href) => {
    expect(tagHref(tag)).toBe(href);
  });
});
