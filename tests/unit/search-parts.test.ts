import { describe, expect, it } from 'vitest';
import { buildSearchData, type SearchSource } from '@/lib/search/build-index';
import { loadSearchIndex, searchNotes } from '@/lib/search/search-index';
import { joinSearchFiles, SEARCH_PART_BYTES, searchFiles } from '@/lib/search/search-parts';
import { searchHeadSchema, searchPartSchema, SEARCH_FIELDS } from '@/lib/search/search-schema';

const SERVICES = ['Glue', 'Athena', 'Kinesis', 'Redshift', 'SageMaker', 'Lambda'];
const WORDS = ['파티션', '북마크', '샤드', '스트리밍', '정렬 키', '배치', '서버리스', '비용'];

/** A vault of `count` notes, each with its own words, so the index has many entries to cut. */
function vault(count: number): SearchSource[] {
  return Array.from({ length: count }, (_, n) => {
    const service = SERVICES[n % SERVICES.length] ?? '';
    const word = WORDS[n % WORDS.length] ?? '';
    return {
      slug: `note-${n}`,
      id: `note-${n}`,
      title: `${service} ${word} 노트 ${n} term${n}`,
      tags: [`service/${service.toLowerCase()}`],
      aliases: [`alias-${n}`],
      summary: `${word} 요약 ${n} unique${n}`,
      keyTerms: [`key${n}`],
      bodyText: `${service}에서 ${word}를 다루는 본문 word${n} 그리고 ${WORDS[(n + 3) % WORDS.length]}`,
      questions: [{ stem: `${service} 문제 stem${n}`, options: [{ text: `보기 option${n}` }, { text: '보기 둘' }] }],
    };
  });
}

const data = buildSearchData(vault(400));
const QUERIES = ['glue', '파티션', 'term17', 'unique399', 'alias-250', 'key3', 'word123', 'stem42', 'option7', 'ㅍㅌㅅ', 'glue 서버리스', 'sagemaker 샤드'];

const results = (files: ReturnType<typeof searchFiles>) => {
  const index = loadSearchIndex(joinSearchFiles(files.head, files.parts));
  return QUERIES.map((query) => searchNotes(index, query).map((hit) => `${hit.doc.slug}:${hit.score.toFixed(6)}`));
};
const expected = (() => {
  const index = loadSearchIndex(data);
  return QUERIES.map((query) => searchNotes(index, query).map((hit) => `${hit.doc.slug}:${hit.score.toFixed(6)}`));
})();

describe('searchFiles, then joinSearchFiles: the index served in parts', () => {
  it('the fixture is one file as written (the cases below cut it)', () => {
    expect(searchFiles(data).parts).toHaveLength(1);
    expect(SEARCH_PART_BYTES).toBeLessThanOrEqual(1_000_000);
    expect(expected.every((hits) => hits.length > 0)).toBe(true);
  });

  it.each([
    { name: 'one part', partBytes: 10_000_000 },
    { name: 'chunks grouped into parts', partBytes: 60_000 },
    { name: 'chunks cut into smaller chunks of whole entries', partBytes: 8_000 },
    { name: 'cut very small', partBytes: 1_500 },
  ])('$name: every query answers exactly as the index that was written', ({ partBytes }) => {
    const files = searchFiles(data, partBytes);
    expect(results(files)).toEqual(expected);
  });

  it.each([8_000, 60_000])('each part of %i bytes at most, unless it is one chunk too big to cut; each reads back with its schema', (partBytes) => {
    const files = searchFiles(data, partBytes);
    expect(files.parts.length).toBeGreaterThan(1);
    for (const part of files.parts) {
      const text = JSON.stringify(part);
      if (part.chunks.length > 1) expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(partBytes);
      expect(searchPartSchema.parse(JSON.parse(text))).toEqual(part);
    }
    expect(searchHeadSchema.parse(JSON.parse(JSON.stringify(files.head)))).toEqual(files.head);
    expect(files.head).not.toHaveProperty('fields');
    expect(files.head.parts).toBe(files.parts.length);
    // Every field still has its words, in more chunks than the export wrote.
    const chunkKeys = files.parts.flatMap((part) => part.chunks.map(([field, key]) => `${field}/${key}`));
    expect(new Set(chunkKeys).size).toBe(chunkKeys.length);
    for (const field of SEARCH_FIELDS) expect(chunkKeys.filter((key) => key.startsWith(`${field}/`)).length).toBeGreaterThanOrEqual(Object.keys(data.fields[field]).length);
    if (partBytes === 8_000) expect(chunkKeys.length).toBeGreaterThan(SEARCH_FIELDS.flatMap((field) => Object.keys(data.fields[field])).length);
  });

  it.each([
    { name: 'a part missing', change: (parts: ReturnType<typeof searchFiles>['parts']) => parts.slice(1) },
    { name: 'parts out of order', change: (parts: ReturnType<typeof searchFiles>['parts']) => [...parts].reverse() },
    { name: 'a part of a build with more parts', change: (parts: ReturnType<typeof searchFiles>['parts']) => parts.map((part) => ({ ...part, parts: part.parts + 1 })) },
  ])('refuses $name', ({ change }) => {
    const files = searchFiles(data, 8_000);
    expect(() => joinSearchFiles(files.head, change(files.parts))).toThrow(/search index/);
  });
});
