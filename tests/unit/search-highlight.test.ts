import { array, assert, constantFrom, integer, property, string, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet, type Segment } from '@/lib/search/highlight';
import { readVocabulary } from '@/lib/search/synonyms';
import { vocabularyData } from '@/lib/search/vocabulary-data';

const marked = (segments: readonly Segment[]) => segments.filter((segment) => segment.match).map((segment) => segment.text);
const joined = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

const vocabulary = readVocabulary(vocabularyData());

describe('highlight', () => {
  it.each([
    ['a Korean stem inside a particle form', '글루는 서버리스', '글루를', ['글루']],
    ['a Korean word inside a compound', '배치처리 파이프라인', '처리', ['처리']],
    ['every place the stem shows', '파티션을 나눈 파티션 프로젝션', '파티션이', ['파티션', '파티션']],
    ['an English prefix', 'Amazon Athena 쿼리', 'athen', ['Athena']],
    ['an English word whatever its case', 'AWS GLUE job', 'glue', ['GLUE']],
    ['an English typo', 'Amazon Athena 쿼리', 'athna', ['Athena']],
    ['an English typo in a longer word', 'Amazon Redshift Spectrum', 'redshfit', ['Redshift']],
    ['the English spelling of a Korean query', 'AWS Glue 잡', '글루', ['Glue']],
    ['the Korean spelling of an English query', '글루 잡 북마크', 'glue', ['글루']],
    ['each word of a mixed query', 'Kinesis 샤드를 늘린다', 'kinesis 샤드', ['Kinesis', '샤드']],
    ['English glued to a particle', 'S3에서 읽는다', 'S3에서', ['S3']],
    ['both words of a compound the text writes apart', 'DynamoDB 쓰기 샤딩으로', '쓰기샤딩', ['쓰기', '샤딩']],
    ['the lone syllable left by a particle', 'EventBridge로 Glue 잡 실패 알림', '잡을', ['잡']],
    ['the English words of a Korean phrase', 'Cost optimization with S3 Glacier', '비용 최적화', ['Cost', 'optimization']],
    ['the Korean of an English phrase', '비용 최적화를 위한 글래시어', 'cost optimization', ['비용', '최적화']],
    ['a name spelled half in Hangul', 'Amazon DynamoDB 테이블', '다이나모DB', ['DynamoDB']],
    ['a transliteration with its particle', 'Parquet으로 바꾼 파케이 파일', '파케이를', ['Parquet', '파케이']],
    ['the word a Korean typo meant', 'Athena 파티션 프로젝션', '파티숀', ['파티션']],
  ])('marks %s', (_case, text, query, expected) => {
    const segments = highlight(vocabulary, text, query);
    expect(marked(segments)).toEqual(expected);
    expect(joined(segments)).toBe(text);
  });

  it.each([
    ['no word of the query in the text', 'Amazon Kinesis', '글루'],
    ['a stop word', 'the Glue', 'the'],
    ['initials, which never show in the text', '북마크', 'ㅂㅁㅋ'],
    ['an empty query', 'Amazon Athena', ''],
    ['a short English word that is no prefix', 'Amazon Athena', 'tha'],
  ])('gives one unmarked segment for %s', (_case, text, query) => {
    expect(highlight(vocabulary, text, query)).toEqual([{ text, match: false }]);
  });

  it('marks nothing rather than the wrong letters when lower-casing changes the length', () => {
    // İ lower-cases to two characters, which would shift every range after it.
    const text = 'İstanbul Glue 잡';
    expect('İ'.toLowerCase()).toHaveLength(2);
    expect(highlight(vocabulary, text, 'glue')).toEqual([{ text, match: false }]);
  });

  it('matches English from the start of a word, as search does', () => {
    expect(marked(highlight(vocabulary, 'Amazon Redshift', 'shift'))).toEqual([]);
  });
});

const FILLER = '데이터를 저장하고 조회하는 일반적인 설명 문장입니다';
const long = (before: number, middle: string, after: number) => [...Array<string>(before).fill(FILLER), middle, ...Array<string>(after).fill(FILLER)].join(' ');

describe('snippet', () => {
  it.each([
    ['a match far into the text', long(6, 'AWS Glue 잡', 6), true, true],
    ['a match at the start', long(0, 'AWS Glue 잡', 6), false, true],
    ['a match at the very end', long(6, 'AWS Glue', 0), true, false],
  ])('keeps %s inside, with … where text was cut', (_case, text, cutBefore, cutAfter) => {
    const segments = snippet(vocabulary, text, 'glue');
    expect(marked(segments)[0]).toBe('Glue');
    expect(segments[0]?.text === '…').toBe(cutBefore);
    expect(segments.at(-1)?.text === '…').toBe(cutAfter);
    const body = joined(segments).replace(/^…/, '').replace(/…$/, '');
    expect(text).toContain(body);
    expect(body.length).toBeLessThan(text.length);
  });

  it('shows a short text whole, with no …', () => {
    const text = 'AWS Glue로 만드는 서버리스 ETL';
    const segments = snippet(vocabulary, text, '글루');
    expect(joined(segments)).toBe(text);
    expect(marked(segments)).toEqual(['Glue']);
  });

  it('starts at the beginning when nothing matched', () => {
    const text = long(0, '', 8);
    const segments = snippet(vocabulary, text, 'kinesis');
    expect(marked(segments)).toEqual([]);
    expect(segments[0]?.text).not.toBe('…');
    expect(text.startsWith(joined(segments).replace(/…$/, ''))).toBe(true);
  });

  it('stays about the length asked for', () => {
    const segments = snippet(vocabulary, long(10, 'AWS Glue', 10), 'glue', 90);
    // Cut at the next space after the length, so one filler word may run over.
    expect(joined(segments).length).toBeLessThan(90 + FILLER.length);
  });
});

describe('segments always rebuild the text', () => {
  const words = constantFrom('글루는', 'AWS', 'Glue', '배치처리', 'Athena', 'athna', '파티션', 'S3에서', 'İ', 'ß', ' ', '  ', '\n', 'ㅂㅁㅋ', '<b>', '처리속도를');
  const text = array(words, { maxLength: 60 }).map((parts) => parts.join(' '));
  const query = constantFrom('글루를', 'glue', 'athen', 'athna', '처리', '파티션 glue', 'ㅂㅁㅋ', '', 'the', 's3');

  it('highlight: joined segments are the text, marks are the text at that place', () => {
    assert(
      property(text, query, (body, words) => {
        const segments = highlight(vocabulary, body, words);
        expect(joined(segments)).toBe(body);
        expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
      }),
    );
  });

  it('snippet: joined segments are a window of the text, with … exactly where it was cut', () => {
    // No … in the text itself: the window's own … would be told apart from it only by position.
    const extra = string({ maxLength: 30 }).filter((each) => !each.includes('…'));
    assert(
      property(tuple(text, extra), query, integer({ min: 10, max: 200 }), ([body, tail], words, length) => {
        const full = `${body}${tail}`;
        const segments = snippet(vocabulary, full, words, length);
        const cutBefore = segments[0]?.text === '…';
        const cutAfter = segments.length > 1 && segments.at(-1)?.text === '…';
        expect(segments.filter((segment) => segment.text === '…').every((segment) => !segment.match)).toBe(true);
        const window = joined(segments.slice(cutBefore ? 1 : 0, cutAfter ? -1 : undefined));
        expect(full).toContain(window);
        if (!cutBefore) expect(full.startsWith(window)).toBe(true);
        if (!cutAfter) expect(full.endsWith(window)).toBe(true);
        if (cutBefore || cutAfter) expect(window.length).toBeLessThan(full.length);
        if (marked(highlight(vocabulary, full, words)).length > 0) expect(marked(segments).length).toBeGreaterThan(0);
      }),
    );
  });
});
