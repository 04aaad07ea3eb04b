import { describe, expect, it } from 'vitest';
import { groupTagScores } from '@/lib/study/tag-score-groups';
import type { TagScore } from '@/lib/study/practice';

/** `service/glue 1/2` → a score. */
const score = (text: string): TagScore => {
  const [tag = '', ratio = ''] = text.split(' ');
  const [correct = 0, total = 0] = ratio.split('/').map(Number);
  return { tag, correct, total };
};
const scores = (...texts: string[]) => texts.map(score);
type Expected = { namespace: string; shown: string[]; folded: string[] };
const tags = (list: readonly TagScore[]) => list.map((each) => each.tag);
const grouped = (input: TagScore[], shown?: number): Expected[] =>
  groupTagScores(input, shown).map((group) => ({ namespace: group.namespace, shown: tags(group.shown), folded: tags(group.folded) }));

describe('groupTagScores', () => {
  it.each<[string, TagScore[], Expected[]]>([
    ['no scores: no groups', [], []],
    [
      'one group of three: all shown, weakest first',
      scores('service/glue 2/2', 'service/athena 0/1', 'service/s3 1/2'),
      [{ namespace: 'service', shown: ['service/athena', 'service/s3', 'service/glue'], folded: [] }],
    ],
    [
      'past three, the strongest fold away (a tie in share: more questions first)',
      scores('service/glue 2/2', 'service/athena 0/1', 'service/s3 1/2', 'service/emr 1/1', 'service/rds 0/2'),
      [{ namespace: 'service', shown: ['service/rds', 'service/athena', 'service/s3'], folded: ['service/glue', 'service/emr'] }],
    ],
    [
      'the same share: more questions first, then by name',
      scores('service/b 1/2', 'service/a 1/2', 'service/c 2/4', 'service/d 0/1'),
      [{ namespace: 'service', shown: ['service/d', 'service/c', 'service/a'], folded: ['service/b'] }],
    ],
    [
      'namespaces in the home page order, unknown ones by name, tags without a slash last',
      scores('usecase/etl 0/1', 'zeta/x 0/1', 'serverless 0/1', 'alpha/y 1/1', 'service/glue 1/1', 'constraint/cost 1/2', 'athena 1/1'),
      [
        { namespace: 'service', shown: ['service/glue'], folded: [] },
        { namespace: 'constraint', shown: ['constraint/cost'], folded: [] },
        { namespace: 'usecase', shown: ['usecase/etl'], folded: [] },
        { namespace: 'alpha', shown: ['alpha/y'], folded: [] },
        { namespace: 'zeta', shown: ['zeta/x'], folded: [] },
        { namespace: 'other', shown: ['serverless', 'athena'], folded: [] },
      ],
    ],
    [
      'a value with a slash of its own stays in its first namespace',
      scores('service/aws/glue 0/1', 'service/s3 1/1'),
      [{ namespace: 'service', shown: ['service/aws/glue', 'service/s3'], folded: [] }],
    ],
  ])('%s', (_name, input, expected) => {
    expect(grouped(input)).toEqual(expected);
  });

  it.each<[number, string[], string[]]>([
    [1, ['service/athena'], ['service/s3', 'service/glue']],
    [0, [], ['service/athena', 'service/s3', 'service/glue']],
    [5, ['service/athena', 'service/s3', 'service/glue'], []],
  ])('showing %i per group', (shown, visible, folded) => {
    expect(grouped(scores('service/glue 2/2', 'service/athena 0/1', 'service/s3 1/2'), shown)).toEqual([{ namespace: 'service', shown: visible, folded }]);
  });

  it('keeps every score: the groups together hold the input, each score once', () => {
    const input = scores('service/glue 0/1', 'service/s3 0/1', 'service/rds 0/1', 'service/emr 0/1', 'constraint/cost 0/1', 'other-tag 0/1');
    const out = groupTagScores(input).flatMap((group) => [...group.shown, ...group.folded]);
    expect(out).toHaveLength(input.length);
    expect(new Set(out)).toEqual(new Set(input));
  });
});
