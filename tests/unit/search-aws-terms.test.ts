import { describe, expect, it } from 'vitest';
import { AWS_TERMS } from '@/lib/search/aws-terms';
import { queryTerms, readVocabulary, vocabularyNear } from '@/lib/search/synonyms';
import { packKey, unpackKey } from '@/lib/search/search-schema';
import { vocabularyData } from '@/lib/search/vocabulary-data';
import { pieces } from '@/lib/search/tokenize';

/*
 * The vocabulary as data: well formed, both languages on every line, no spelling claimed by
 * two terms, and each spelling found from the others, both ways.
 */

const HANGUL = /[\uAC00-\uD7A3]/;
const ENGLISH = /^[A-Za-z0-9][A-Za-z0-9 .\-/@]*$/;
const KOREAN = /^[\uAC00-\uD7A3A-Za-z0-9][\uAC00-\uD7A3A-Za-z0-9 \-/]*$/;
const VENDOR = /^(aws|amazon|apache) /i;

/** A spelling as the words a query made of it: lower case, particles and stop words gone. */
const asWords = (spelling: string) => pieces(spelling).map((piece) => piece.word).join(' ');
/** The vocabulary as the search index carries it: written at build time, read in the browser. */
const vocabulary = readVocabulary(JSON.parse(JSON.stringify(vocabularyData())));
const spellingsOf = (term: { en: readonly string[]; ko: readonly string[] }) => [...term.en, ...term.ko];

describe('the AWS vocabulary', () => {
  it('has at least 300 terms', () => {
    expect(AWS_TERMS.length).toBeGreaterThanOrEqual(300);
  });

  it.each(AWS_TERMS.map((term) => [term.en[0] ?? '', term] as const))('%s: English and Korean, each spelling well formed', (_name, term) => {
    expect(term.en.length).toBeGreaterThan(0);
    expect(term.ko.length).toBeGreaterThan(0);
    for (const spelling of term.en) {
      expect(spelling, 'English is Latin letters, digits and - / . @').toMatch(ENGLISH);
      expect(spelling, 'no vendor prefix: a query\'s own is set aside').not.toMatch(VENDOR);
    }
    for (const spelling of term.ko) {
      expect(spelling, 'Korean holds Hangul').toMatch(HANGUL);
      expect(spelling).toMatch(KOREAN);
      expect(spelling).not.toMatch(VENDOR);
    }
    for (const spelling of spellingsOf(term)) {
      expect(spelling, 'no space at either end or twice').toBe(spelling.trim().replace(/ {2,}/g, ' '));
      expect(pieces(spelling).length, `${spelling}: not all stop words`).toBeGreaterThan(0);
    }
  });

  it('no spelling is written twice, as the same words, in one term or across two', () => {
    const spellings = AWS_TERMS.flatMap(spellingsOf).map(asWords);
    expect(spellings.filter((spelling, at) => spellings.indexOf(spelling) !== at)).toEqual([]);
  });

  it('no two terms are looked up alike: a query names one term or none', () => {
    const data = vocabularyData();
    const keys = data.keys.map((term, at) => term.map((packed, each) => unpackKey(data.spellings[at]?.[each] ?? '', packed)));
    expect(keys).toHaveLength(AWS_TERMS.length);
    const owners = new Map<string, Set<number>>();
    keys.forEach((term, at) => term.forEach((key) => owners.set(key, new Set([...(owners.get(key) ?? []), at]))));
    const clashes = [...owners].filter(([, at]) => at.size > 1).map(([key, at]) => `${key}: ${[...at].map((each) => AWS_TERMS[each]?.en[0]).join(' / ')}`);
    expect(clashes).toEqual([]);
    expect(keys.flat()).not.toContain('');
  });

  it.each(AWS_TERMS.flatMap((term) => spellingsOf(term).map((spelling) => [spelling, term] as const)))('%s finds its term, and the term\'s spellings in the other language', (spelling, term) => {
    const found = queryTerms(vocabulary, pieces(spelling));
    expect(found, 'one term, the whole spelling').toHaveLength(1);
    const [only] = found;
    const own = new Set(spellingsOf(term).map(asWords));
    const others = (only?.others ?? []).map((other) => other.map((piece) => piece.word).join(' '));
    expect(others.filter((other) => !own.has(other)), 'only spellings of the same term').toEqual([]);
    const otherLanguage = new Set((term.en.includes(spelling) ? term.ko : term.en).map(asWords));
    expect(others.some((other) => otherLanguage.has(other)), `${spelling} → ${others.join(', ')}`).toBe(true);
  });
});

describe('looking a query up', () => {
  const othersOf = (query: string) => queryTerms(vocabulary, pieces(query)).map((term) => term.others.map((other) => other.map((piece) => piece.word).join(' ')));

  it.each<[string, string]>([
    ['서버리스', 'serverless'],
    ['serverless', '서버리스'],
    ['비용 최적화', 'cost optimization'],
    ['cost optimization', '비용 최적화'],
    ['비용최적화를', 'cost optimization'],
    ['다이나모DB', 'dynamodb'],
    ['다이나모 DB', 'dynamodb'],
    ['다이나모디비', 'dynamodb'],
    ['다이나모', 'dynamodb'],
    ['DynamoDB', '다이나모디비'],
    ['Dynamo DB', '다이나모디비'],
    ['auto scaling', 'autoscaling'],
    ['autoscaling', 'auto scaling'],
    ['글래시어', 'glacier'],
    ['Glacier', '글래시어'],
    ['파케이', 'parquet'],
    ['파케이를', 'parquet'],
    ['parquet', '파케이'],
    ['스텝 펑션', 'step functions'],
    ['스텝 함수', 'step functions'],
    ['step function', '스텝 펑션'],
    ['가용 영역', 'availability zone'],
    ['가용영역에', 'availability zone'],
    ['availability zones', '가용 영역'],
    ['읽기 전용 복제본', 'read replica'],
    ['read replicas', '읽기 복제본'],
    ['Amazon Athena', '아테나'],
    ['AWS Glue', '글루'],
  ])('%s also looks for %s', (query, other) => {
    const [term, ...more] = othersOf(query);
    expect(more).toEqual([]);
    expect(term).toContain(other);
  });

  it('cuts a query into the longest terms it names, other words left alone', () => {
    const terms = queryTerms(vocabulary, pieces('다이나모DB 파티션 키 설계'));
    expect(terms.map((term) => term.typed.map((piece) => piece.word).join(' '))).toEqual(['다이나모 db', '파티션 키', '설계']);
    expect(terms[2]?.others).toEqual([]);
  });

  it('leaves out another spelling that only adds words to one kept: Kinesis Data Firehose says no more than Firehose', () => {
    const [term] = othersOf('파이어호스');
    expect(term).toContain('firehose');
    expect(term).not.toContain('kinesis data firehose');
  });

  it.each(['', 'ㅍㅌㅅ', 'quantum', '!!!'])('%j: no term', (query) => {
    expect(queryTerms(vocabulary, pieces(query)).flatMap((term) => term.others)).toEqual([]);
  });
});

describe('vocabularyNear', () => {
  it.each<[string, string]>([
    ['파티숀', '파티션'],
    ['글래시여', '글래시어'],
    ['세이지메이거', '세이지메이커'],
    ['키네시쓰', '키네시스'],
  ])('%s may mean %s', (typed, meant) => {
    expect(vocabularyNear(vocabulary, typed)).toContain(meant);
  });

  it.each(['파티션', '파케이', '람디', '샤두', '', 'partiton', 'ㅍㅌㅅ', '다이나모DC'])('%j: nothing, a word of the vocabulary, too short or not Hangul', (typed) => {
    expect(vocabularyNear(vocabulary, typed)).toEqual([]);
  });
});

describe('packKey and unpackKey', () => {
  it.each([
    ['a key that is the spelling in lower case is left out', 'Glue', 'glue', ''],
    ['Korean, as written', '글래시어', '글래시어', ''],
    ['a key that is the spelling without its spaces', 'Auto Scaling', 'autoscaling', '.'],
    ['a key of its own is stored', 'Step Functions', 'stepfunction', 'stepfunction'],
    ['a Korean key without its particle is stored', '가용 영역을', '가용영역', '가용영역'],
  ])('%s', (_name, spelling, key, packed) => {
    expect(packKey(spelling, key)).toBe(packed);
    expect(unpackKey(spelling, packed)).toBe(key);
  });
});
