import { describe, expect, it } from 'vitest';
import { latestOf } from '@/lib/study/standing';
import { isCorrect, keyRanges, letterForKey, refusesPick, toggleChoice } from '@/lib/quiz';
import { answerKeysHref, noteHref, noteQuestionsHref, practiceHref, readPracticeScope, searchHref, sectionAnchors, tagHref, type PracticeScope } from '@/lib/links';

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
  const latest = (questionId: string, at: string) => ({ questionId, latest: { at } });

  it('finds the newest answer on a note, skipping questions never answered', () => {
    const summaries = [latest('q1', '2026-01-02T00:00:00.000Z'), undefined, latest('q2', '2026-01-03T00:00:00.000Z')];
    expect(latestOf(summaries)?.questionId).toBe('q2');
    expect(latestOf([undefined])).toBeNull();
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

  it.each([
    ['etl-glue', '/notes/etl-glue/', '/quiz/etl-glue.json', '/questions/etl-glue.json'],
    ['s3 수명 주기', '/notes/s3%20%EC%88%98%EB%AA%85%20%EC%A3%BC%EA%B8%B0/', '/quiz/s3%20%EC%88%98%EB%AA%85%20%EC%A3%BC%EA%B8%B0.json', '/questions/s3%20%EC%88%98%EB%AA%85%20%EC%A3%BC%EA%B8%B0.json'],
    ['networking~readme', '/notes/networking~readme/', '/quiz/networking~readme.json', '/questions/networking~readme.json'],
  ])('noteHref, answerKeysHref and noteQuestionsHref(%j)', (slug, note, keys, questions) => {
    expect(noteHref(slug)).toBe(note);
    expect(answerKeysHref(slug)).toBe(keys);
    expect(noteQuestionsHref(slug)).toBe(questions);
  });

  it.each([
    ['', [], '/search/'],
    ['글루', [], '/search/?q=%EA%B8%80%EB%A3%A8'],
    ['glue', ['service/glue', 'constraint/serverless'], '/search/?q=glue&tag=service%2Fglue&tag=constraint%2Fserverless'],
  ])('searchHref(%j, %j)', (query, tags, href) => {
    expect(searchHref(query, tags)).toBe(href);
  });

  it.each<[PracticeScope, string]>([
    [{}, '/practice/'],
    [{ tags: ['service/glue'] }, '/practice/?tag=service%2Fglue'],
    [{ tags: ['service/glue', 'constraint/serverless'] }, '/practice/?tag=service%2Fglue&tag=constraint%2Fserverless'],
    [{ tags: ['service/glue', 'constraint/serverless'], match: 'any' }, '/practice/?tag=service%2Fglue&tag=constraint%2Fserverless&match=any'],
    // With one tag, all and any are the same filter: the URL stays short.
    [{ tags: ['service/glue'], match: 'any' }, '/practice/?tag=service%2Fglue'],
    [{ note: 's3 수명 주기' }, '/practice/?note=s3+%EC%88%98%EB%AA%85+%EC%A3%BC%EA%B8%B0'],
  ])('practiceHref(%j)', (scope, href) => {
    expect(practiceHref(scope)).toBe(href);
  });
});

describe('a practice link read back', () => {
  it.each<[string, ReturnType<typeof readPracticeScope>]>([
    ['', { tags: [], match: 'all', note: null }],
    ['?tag=service%2Fglue', { tags: ['service/glue'], match: 'all', note: null }],
    ['?tag=service%2Fglue&tag=constraint%2Fserverless&match=any', { tags: ['service/glue', 'constraint/serverless'], match: 'any', note: null }],
    ['?note=s3+%EC%88%98%EB%AA%85+%EC%A3%BC%EA%B8%B0', { tags: [], match: 'all', note: 's3 수명 주기' }],
    // Hand-edited addresses: what can be read is kept.
    ['?tag=service/glue&tag=service/glue&tag=&match=ANY', { tags: ['service/glue'], match: 'all', note: null }],
    ['?tag=%20service%2Fglue%20&note=', { tags: ['service/glue'], match: 'all', note: null }],
    ['tag=x&match=any', { tags: ['x'], match: 'any', note: null }],
  ])('%j', (search, scope) => {
    expect(readPracticeScope(search)).toEqual(scope);
  });

  it.each<PracticeScope>([{ tags: ['service/glue', 'constraint/serverless'], match: 'any' }, { tags: ['usecase/etl-batch'] }, { note: 'etl-glue-minimal-operations' }])(
    'practiceHref(%j) reads back as itself',
    (scope) => {
      const read = readPracticeScope(practiceHref(scope).replace('/practice/', ''));
      expect(read).toEqual({ tags: scope.tags ?? [], match: scope.match ?? 'all', note: scope.note ?? null });
    },
  );
});

describe('a pick beyond the count is refused', () => {
  it.each<[string[], string, number, boolean]>([
    [['A', 'C'], 'D', 2, true],
    [['A', 'C'], 'C', 2, false],
    [['A'], 'D', 2, false],
    [['A'], 'B', 1, false],
    [['A', 'B', 'C'], 'E', 3, true],
  ])('%j + %s of %i: %s', (chosen, letter, selectCount, refused) => {
    expect(refusesPick(chosen, letter, selectCount)).toBe(refused);
    // Refused exactly when toggleChoice leaves the picks as they were.
    if (refused) expect(toggleChoice(chosen, letter, selectCount)).toEqual(chosen);
  });
});

describe('the key hint names the letters the question has', () => {
  it.each<[string[], { letters: string; numbers: string }]>([
    [['A', 'B', 'C', 'D'], { letters: 'A–D', numbers: '1–4' }],
    [['A', 'B', 'C', 'D', 'E', 'F'], { letters: 'A–F', numbers: '1–6' }],
    [['A', 'B'], { letters: 'A–B', numbers: '1–2' }],
  ])('%j', (letters, hint) => {
    expect(keyRanges(letters)).toEqual(hint);
  });
});
