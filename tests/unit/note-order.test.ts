import { describe, expect, it } from 'vitest';
import { noteOrder } from '@/lib/note-order';

/* The orderings every page shares, made once per build: newest first, previous/next, related notes. */

type N = { slug: string; title: string; created: string | null; tags: string[] };
const note = (slug: string, created: string | null, tags: string[], title = slug): N => ({ slug, title, created, tags });

const NOTES: N[] = [
  note('glue-etl', '2025-06-01', ['service/glue', 'usecase/etl', 'constraint/serverless']),
  note('athena', '2025-07-10', ['service/athena', 'service/glue', 'constraint/serverless']),
  note('kinesis', '2025-07-10', ['service/kinesis', 'constraint/real-time'], '키네시스'),
  note('firehose', '2025-07-10', ['service/kinesis', 'service/s3'], '가나다 파이어호스'),
  note('undated', null, ['service/glue', 'usecase/etl']),
  note('emr', '2024-12-31', ['service/emr']),
];

describe('newest first', () => {
  // Korean collation: 가 before 키, and Hangul before Latin letters.
  it('orders by date, newest first, the same day by Korean title, undated last', () => {
    expect(noteOrder(NOTES).newest.map((each) => each.slug)).toEqual(['firehose', 'kinesis', 'athena', 'glue-etl', 'emr', 'undated']);
  });
});

describe('previous and next', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['firehose', undefined, 'kinesis'],
    ['kinesis', 'firehose', 'athena'],
    ['athena', 'kinesis', 'glue-etl'],
    ['undated', 'emr', undefined],
    ['missing', undefined, undefined],
  ])('%s', (slug, previous, next) => {
    const found = noteOrder(NOTES).neighbours(slug);
    expect([found.previous?.slug, found.next?.slug]).toEqual([previous, next]);
  });
});

describe('related notes', () => {
  it.each<[string, number, string[]]>([
    // athena and undated each share two tags: by slug.
    ['glue-etl', 5, ['athena', 'undated']],
    ['athena', 5, ['glue-etl', 'undated']],
    ['kinesis', 5, ['firehose']],
    ['emr', 5, []],
    ['glue-etl', 1, ['athena']],
    ['undated', 5, ['glue-etl', 'athena']],
  ])('%s (at most %d)', (slug, limit, expected) => {
    const order = noteOrder(NOTES);
    const found = order.find(slug);
    if (!found) throw new Error(`no ${slug}`);
    expect(order.related(found, limit).map((each) => each.slug)).toEqual(expected);
  });

  it('ties on shared tags go by slug', () => {
    const tied = [note('z', null, ['a', 'b']), note('m', null, ['a']), note('c', null, ['b']), note('x', null, ['a', 'b'])];
    const order = noteOrder(tied);
    expect(order.related(tied[0]!).map((each) => each.slug)).toEqual(['x', 'c', 'm']);
  });
});

describe('finding a note', () => {
  it('finds by slug, the first of two with the same slug, and nothing for an unknown one', () => {
    const twice = [note('a', '2025-01-01', ['t'], 'first'), note('a', '2025-02-01', ['t'], 'second')];
    expect(noteOrder(twice).find('a')?.title).toBe('first');
    expect(noteOrder(NOTES).find('nope')).toBeUndefined();
  });
});
