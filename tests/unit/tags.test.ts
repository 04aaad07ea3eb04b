import { describe, expect, it } from 'vitest';
import { hasTag, relatedNotes, splitTag, tagCounts, tagNamespaces, withAllTags } from '@/lib/tags';

const notes = [
  { slug: 'a', tags: ['service/glue', 'constraint/serverless', 'usecase/etl'] },
  { slug: 'b', tags: ['service/glue', 'service/athena', 'usecase/etl'] },
  { slug: 'c', tags: ['service/kinesis', 'constraint/real-time'] },
  { slug: 'd', tags: ['aws', 'zeta/one'] },
];

describe('tags', () => {
  it.each([
    ['service/glue', { namespace: 'service', value: 'glue' }],
    ['service/glue/etl', { namespace: 'service', value: 'glue/etl' }],
    ['aws', { namespace: 'other', value: 'aws' }],
  ])('splitTag(%j)', (tag, parts) => {
    expect(splitTag(tag)).toEqual(parts);
  });

  it.each([
    [[], ['a', 'b', 'c', 'd']],
    [['service/glue'], ['a', 'b']],
    [['service/glue', 'constraint/serverless'], ['a']],
    [['service/glue', 'service/kinesis'], []],
    [['constraint'], ['a', 'c']],
    [['aws'], ['d']],
  ])('withAllTags(%j) narrows with AND', (wanted, slugs) => {
    expect(withAllTags(notes, wanted).map((note) => note.slug)).toEqual(slugs);
  });

  it('tagCounts: every tag with its count, most common first, ties by name', () => {
    expect(tagCounts(notes)).toEqual([
      ['service/glue', 2],
      ['usecase/etl', 2],
      ['aws', 1],
      ['constraint/real-time', 1],
      ['constraint/serverless', 1],
      ['service/athena', 1],
      ['service/kinesis', 1],
      ['zeta/one', 1],
    ]);
    expect(tagCounts([])).toEqual([]);
  });

  it('a namespace matches any of its tags, a full tag only itself', () => {
    expect(hasTag(notes[0]!, 'service')).toBe(true);
    expect(hasTag(notes[0]!, 'service/gl')).toBe(false);
  });

  it('groups tags by namespace with counts, usual namespaces first', () => {
    expect(tagNamespaces(notes)).toEqual([
      { namespace: 'service', count: 3, tags: [{ tag: 'service/glue', value: 'glue', count: 2 }, { tag: 'service/athena', value: 'athena', count: 1 }, { tag: 'service/kinesis', value: 'kinesis', count: 1 }] },
      { namespace: 'constraint', count: 2, tags: [{ tag: 'constraint/real-time', value: 'real-time', count: 1 }, { tag: 'constraint/serverless', value: 'serverless', count: 1 }] },
      { namespace: 'usecase', count: 2, tags: [{ tag: 'usecase/etl', value: 'etl', count: 2 }] },
      { namespace: 'other', count: 1, tags: [{ tag: 'aws', value: 'aws', count: 1 }] },
      { namespace: 'zeta', count: 1, tags: [{ tag: 'zeta/one', value: 'one', count: 1 }] },
    ]);
  });

  it('related notes share tags, most shared first, never the note itself', () => {
    expect(relatedNotes(notes[0]!, notes).map((note) => note.slug)).toEqual(['b']);
    expect(relatedNotes(notes[2]!, notes)).toEqual([]);
  });

  it('a rare shared tag (the same service) weighs more than a common one (a constraint many notes share)', () => {
    const vault = [
      { slug: 'dynamo', tags: ['service/dynamodb', 'constraint/low-latency'] },
      { slug: 'a-cache', tags: ['service/elasticache', 'constraint/low-latency'] },
      { slug: 'b-edge', tags: ['service/cloudfront', 'constraint/low-latency'] },
      { slug: 'c-lambda', tags: ['service/lambda', 'constraint/low-latency'] },
      { slug: 'z-dax', tags: ['service/dynamodb', 'usecase/cache'] },
    ];
    expect(relatedNotes(vault[0]!, vault).map((note) => note.slug)).toEqual(['z-dax', 'a-cache', 'b-edge', 'c-lambda']);
  });

  it('with equal weights, more shared tags first, then by slug', () => {
    const vault = [
      { slug: 'n', tags: ['x/1', 'x/2'] },
      { slug: 'b', tags: ['x/1'] },
      { slug: 'a', tags: ['x/2'] },
      { slug: 'c', tags: ['x/1', 'x/2'] },
    ];
    expect(relatedNotes(vault[0]!, vault).map((note) => note.slug)).toEqual(['c', 'a', 'b']);
  });
});
