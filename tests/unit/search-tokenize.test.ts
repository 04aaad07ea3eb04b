import { describe, expect, it } from 'vitest';
import { choseongTerms, compoundSplits, indexTerms, pieces, querySpellings, skeleton, stripParticle, withPrefixes } from '@/lib/search/tokenize';

describe('stripParticle', () => {
  it.each([
    ['글루를', '글루'],
    ['파티션이', '파티션'],
    ['데이터에서', '데이터'],
    ['샤딩으로', '샤딩'],
    ['동시성은', '동시성'],
    ['데이터에서는', '데이터'],
    // One syllable would be left: these are words, not stem + particle.
    ['추가', '추가'],
    ['정의', '정의'],
    ['새로', '새로'],
    ['잡을', '잡을'],
    ['글루', '글루'],
  ])('%s → %s', (word, stem) => {
    expect(stripParticle(word)).toBe(stem);
  });
});

describe('pieces', () => {
  it.each<[string, { kind: string; word: string; stem: string }[]]>([
    // A particle glued to English is no word of its own.
    ['S3에서', [{ kind: 'en', word: 's3', stem: 's3' }]],
    ['Glue는', [{ kind: 'en', word: 'glue', stem: 'glue' }]],
    ['AWS Glue를 쓴다', [
      { kind: 'en', word: 'aws', stem: 'aws' },
      { kind: 'en', word: 'glue', stem: 'glue' },
      { kind: 'ko', word: '쓴다', stem: '쓴다' },
    ]],
    ['Athena로 파티션을 조회', [
      { kind: 'en', word: 'athena', stem: 'athena' },
      { kind: 'ko', word: '파티션을', stem: '파티션' },
      { kind: 'ko', word: '조회', stem: '조회' },
    ]],
    ['ㅂㅁㅋ', [{ kind: 'cho', word: 'ㅂㅁㅋ', stem: 'ㅂㅁㅋ' }]],
    ['the Glue', [{ kind: 'en', word: 'glue', stem: 'glue' }]],
    ['할 수 있다', [{ kind: 'ko', word: '할', stem: '할' }]],
    // Stop words go whole: 수 is one, 수명 is a word.
    ['수명 주기', [
      { kind: 'ko', word: '수명', stem: '수명' },
      { kind: 'ko', word: '주기', stem: '주기' },
    ]],
    ['!!! ... ---', []],
  ])('%j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('reads decomposed Hangul as the composed word', () => {
    expect(pieces('글루를'.normalize('NFD'))).toEqual(pieces('글루를'));
  });
});

describe('skeleton', () => {
  it.each([
    ['athena', 'athna'],
    ['redshift', 'redshfit'],
    ['kinesis', 'kinessis'],
    ['sagemaker', 'sagemkaer'],
  ])('%s and the typo %s share a skeleton', (word, typo) => {
    expect(skeleton(typo)).toBe(skeleton(word));
  });

  it.each([
    ['athena', 'glue'],
    ['redshift', 'athena'],
    ['kinesis', 'kafka'],
    // Skeletons under three letters would join these.
    ['glue', 'goal'],
    ['data', 'date'],
  ])('%s and %s stay apart', (a, b) => {
    expect(skeleton(a)).not.toBe(skeleton(b));
  });

  it.each(['emr', 'sns', 'abc', 's3', 'ec2', 'p3dn', 'word2vec', 'r5d'])('%s stays as it is (short or with a digit)', (word) => {
    expect(skeleton(word)).toBe(word);
  });
});

describe('indexTerms', () => {
  it.each([
    // The stored word keeps its particle, so 속도 inside 처리속도를 is still there.
    ['처리속도를', ['속도', '처리']],
    ['글루는', ['글루']],
    ['배치처리', ['배치', '처리']],
  ])('%s holds the pairs of %j', (text, words) => {
    const terms = indexTerms(text);
    for (const word of words) expect(terms).toContain(word);
  });

  it('stores an English word as its skeleton', () => {
    expect(indexTerms('Amazon Athena')).toContain(skeleton('athena'));
  });

  it('stores a run of initials as it is', () => {
    expect(indexTerms('ㅂㅁㅋ')).toEqual(['ㅂㅁㅋ']);
  });
});

describe('querySpellings', () => {
  it.each<[string, string[][]]>([
    ['글루를', [['글루']]],
    ['파티션이', [['파티', '티션']]],
    // One syllable left without the particle: the lone syllable is another spelling.
    ['잡을', [['잡을'], ['잡']]],
    ['athna', [[skeleton('athena')]]],
    ['ㅂㅁㅋ', [['ㅂㅁㅋ']]],
  ])('%s → %j', (word, spellings) => {
    const [piece, ...rest] = pieces(word);
    expect(rest).toEqual([]);
    expect(piece && querySpellings(piece)).toEqual(spellings);
  });

  it.each(['글루를', '처리속도를', '파티션이', '데이터에서'])('every pair %s looks for is stored for the word itself', (word) => {
    const stored = indexTerms(word);
    const [piece] = pieces(word);
    const [spelling = []] = piece ? querySpellings(piece) : [];
    expect(spelling.length).toBeGreaterThan(0);
    for (const pair of spelling) expect(stored).toContain(pair);
  });
});

describe('withPrefixes', () => {
  it.each<[string[], string[]]>([
    [['athn'], ['at', 'ath', 'athn']],
    [['ab'], ['ab']],
    [['ㅂㅁㅋ'], ['ㅂㅁ', 'ㅂㅁㅋ']],
    [['athn', 'atl'], ['at', 'ath', 'athn', 'atl']],
    // A Hangul syllable is kept: 수명 주 is a query on its way to 수명 주기.
    [['주기', '글루'], ['주', '주기', '글', '글루']],
  ])('%j → %j', (terms, expected) => {
    expect(withPrefixes(terms)).toEqual(expected);
  });

  it('never stores a one-letter Latin or initial-consonant prefix', () => {
    expect(withPrefixes(['athena', 'glue', 'ㅂㅁㅋ']).filter((term) => term.length === 1)).toEqual([]);
  });
});

describe('compoundSplits', () => {
  it.each<[string, string[][]]>([
    ['샤딩', []],
    ['쓰기샤', []],
    ['쓰기샤딩', [['쓰기', '샤딩']]],
    ['배치처리기', [
      ['배치', '처리', '리기'],
      ['배치', '치처', '리기'],
    ]],
  ])('%s → %j', (stem, expected) => {
    expect(compoundSplits(stem)).toEqual(expected);
  });

  it('cuts 파티션프로젝션 where the note may leave a space: 파티션 프로젝션', () => {
    expect(compoundSplits('파티션프로젝션')).toContainEqual(['파티', '티션', '프로', '로젝', '젝션']);
  });
});

describe('choseongTerms', () => {
  it.each([
    ['파티션 프로젝션', ['ㅍㅌㅅ', 'ㅍㄹㅈㅅ', 'ㅍㅌㅅㅍㄹㅈㅅ']],
    ['Glue 잡 북마크를', ['ㅈ', 'ㅂㅁㅋ', 'ㅈㅂㅁㅋ']],
    ['서버리스 ETL 작업', ['ㅅㅂㄹㅅ', 'ㅈㅇ', 'ㅅㅂㄹㅅㅈㅇ']],
  ])('%s gives %j', (text, expected) => {
    const terms = choseongTerms(text);
    for (const term of expected) expect(terms).toContain(term);
  });

  it('joins no more than four words in a row', () => {
    const terms = choseongTerms('가 나 다 라 마');
    expect(terms).toContain('ㄱㄴㄷㄹ');
    expect(terms).not.toContain('ㄱㄴㄷㄹㅁ');
  });

  it('gives nothing for English', () => {
    expect(choseongTerms('Amazon Athena')).toEqual([]);
  });
});
