import { describe, expect, it } from 'vitest';
import { buildSearchData, snippetFiles, type SearchSource } from '@/lib/search/build-index';
import { loadSearchIndex, searchable, searchNotes, type SearchIndex } from '@/lib/search/search-index';
import { SNIPPETS_PER_FILE, searchDataSchema, snippetFileSchema } from '@/lib/search/search-schema';

type Fixture = Partial<SearchSource> & { slug: string; title: string; question?: string };

function source({ question = '', ...note }: Fixture): SearchSource {
  return {
    id: note.slug,
    tags: [],
    aliases: [],
    summary: '',
    keyTerms: [],
    bodyText: '',
    questions: question ? [{ stem: question, options: [{ text: '보기 하나' }, { text: '보기 둘' }] }] : [],
    ...note,
  };
}

const NOTES: readonly SearchSource[] = [
  source({
    slug: 'glue-bookmarks',
    title: 'AWS Glue 잡 북마크 - 새로 들어온 데이터만 읽기',
    tags: ['service/glue', 'usecase/etl-batch'],
    aliases: ['glue-bookmarks', '잡 북마크'],
    summary: '북마크는 이미 읽은 데이터를 기억한다.',
    keyTerms: ['Job Bookmark'],
    question: '매일 새로 들어온 파일만 읽으려면 무엇을 켜야 하는가?',
  }),
  source({
    slug: 'athena-projection',
    title: 'Amazon Athena 파티션 프로젝션',
    tags: ['service/athena', 'technique/partitioning'],
    aliases: ['partition-projection', '파티션 프로젝션'],
    summary: '파티션이 많은 테이블은 프로젝션으로 메타데이터 조회를 줄인다.',
    keyTerms: ['projection.enabled'],
    question: '파티션이 수십만 개인 테이블을 빠르게 조회하려면?',
  }),
  source({
    slug: 'firehose-batch',
    title: 'Firehose 스트리밍 데이터의 배치처리',
    tags: ['service/kinesis-firehose'],
    aliases: ['firehose-buffering'],
    summary: '버퍼 간격을 늘리면 S3에 쓰는 객체가 커진다.',
  }),
  source({
    slug: 'redshift-concurrency',
    title: 'Amazon Redshift 동시성 확장',
    tags: ['service/redshift'],
    aliases: ['concurrency-scaling', '동시성 확장'],
    summary: '피크 시간대에 클러스터를 잠시 늘려 쿼리 대기를 없앤다.',
  }),
  source({
    slug: 'glue-etl',
    title: 'Serverless ETL with AWS Glue',
    tags: ['service/glue'],
    aliases: ['glue-etl'],
    summary: 'Glue runs Spark jobs without servers to manage.',
  }),
  source({
    slug: 'job-failure-alerts',
    title: 'EventBridge 규칙으로 잡 실패 알림 받기',
    tags: ['service/eventbridge', 'service/sns'],
    aliases: ['글루 잡 실패 알림'],
    summary: 'EventBridge 규칙이 실패한 잡을 SNS로 알린다.',
  }),
  source({
    slug: 'crawler-schedule',
    title: '크롤러 일정 정하기',
    tags: ['service/glue'],
    question: '테이블에 새 파티션이 매시간 생기면 크롤러를 어떻게 돌려야 하는가?',
  }),
  source({
    slug: 'kinesis-hot-shard',
    title: 'Kinesis 샤드 나누기',
    summary: '쓰기가 몰리면 나눈다.',
  }),
  source({
    slug: 'obsidian-vpc',
    title: 'VPC',
    keyTerms: ['서브넷', 'CIDR 블록'],
    bodyText: 'VPC 안에 만드는 나만의 네트워크. 인터넷 게이트웨이는 퍼블릭 서브넷에만 연결한다.',
  }),
  source({
    slug: 'stream-consumers',
    title: '스트림 소비자 늘리기',
    question: 'Kinesis 샤드 하나를 여러 소비자가 읽으면 처리량은 어떻게 되는가?',
  }),
];

function searchIndexOf(notes: readonly SearchSource[]): SearchIndex {
  // The browser gets the index as JSON and checks it before loading it.
  return loadSearchIndex(searchDataSchema.parse(JSON.parse(JSON.stringify(buildSearchData(notes)))));
}

const index = searchIndexOf(NOTES);
const slugs = (query: string) => searchNotes(index, query).map((hit) => hit.doc.slug);

describe('searching the built index', () => {
  it.each([
    ['a Korean word with a particle', '북마크를', 'glue-bookmarks'],
    ['a Korean word with a particle', '파티션이', 'athena-projection'],
    ['a word inside a compound', '배치', 'firehose-batch'],
    ['a word inside a compound', '처리', 'firehose-batch'],
    ['initials', 'ㅂㅁㅋ', 'glue-bookmarks'],
    ['initials of a run of words', 'ㅍㅌㅅㅍㄹㅈㅅ', 'athena-projection'],
    ['initials of each word', 'ㄷㅅㅅ ㅎㅈ', 'redshift-concurrency'],
    ['an English prefix in the title', 'athen', 'athena-projection'],
    ['English prefixes of two words', 'concurrency scal', 'redshift-concurrency'],
    ['a typo', 'athna', 'athena-projection'],
    ['a typo', 'redshfit', 'redshift-concurrency'],
    ['a Korean alias', '동시성 확장', 'redshift-concurrency'],
    ['a Korean alias', '잡 북마크', 'glue-bookmarks'],
    ['an English alias', 'partition-projection', 'athena-projection'],
    ['the spelling a Korean student types', '글루 북마크', 'glue-bookmarks'],
    ['a heading of a note in another shape', 'CIDR', 'obsidian-vpc'],
    ['a word of its prose, with a particle', '게이트웨이는', 'obsidian-vpc'],
  ])('%s: %s finds %s first', (_kind, query, slug) => {
    const found = slugs(query);
    expect(found[0], `${query} → ${found.join(', ')}`).toBe(slug);
  });

  it('a tag finds every note that carries it, and hands back the note\'s tags', () => {
    const tagged = NOTES.filter((note) => note.tags.includes('service/glue')).map((note) => note.slug);
    const hits = searchNotes(index, 'service/glue');
    expect(hits.map((hit) => hit.doc.slug)).toEqual(expect.arrayContaining(tagged));
    for (const hit of hits.filter((each) => tagged.includes(each.doc.slug))) expect(hit.doc.tags).toContain('service/glue');
  });

  it.each([
    ['glue 파티션', ['crawler-schedule']],
    ['글루 파티션', ['crawler-schedule']],
    ['kinesis 샤드', ['kinesis-hot-shard', 'stream-consumers']],
    ['glue kinesis', []],
    ['북마크 프로젝션', []],
  ])('every word must match, each in any field: %s', (query, expected) => {
    expect([...slugs(query)].sort()).toEqual([...expected].sort());
  });

  it('the English spelling finds a note that never writes 글루, but the note whose alias says 글루 comes first', () => {
    const found = slugs('글루');
    expect(found[0]).toBe('job-failure-alerts');
    expect(found).toEqual(expect.arrayContaining(['glue-etl', 'glue-bookmarks']));
  });

  it('a note whose title holds every word ranks above one that has them only in its question', () => {
    const found = slugs('kinesis 샤드');
    expect(found.indexOf('kinesis-hot-shard')).toBeLessThan(found.indexOf('stream-consumers'));
  });

  it.each(['', '   ', '!!! ---', 'the', 'the of and', '수 및 것', 'the 수'])('%j, no word worth searching, finds nothing', (query) => {
    expect(searchNotes(index, query)).toEqual([]);
  });

  it('a word in no note finds nothing', () => {
    expect(slugs('quantum')).toEqual([]);
  });
});

describe('the index as the browser loads it', () => {
  const QUERIES = ['북마크를', '글루', 'glue 파티션', 'athna', 'ㅂㅁㅋ', 'concurrency scal', 'kinesis 샤드', 'service/glue'];

  it.each(QUERIES)('%s: the same results, scores and order after JSON as before', (query) => {
    const direct = loadSearchIndex(buildSearchData(NOTES));
    const before = searchNotes(direct, query);
    expect(before.length).toBeGreaterThan(0);
    expect(searchNotes(index, query)).toEqual(before);
  });

  it('keeps each note\'s slug, title and tags', () => {
    expect(index.docs).toEqual(NOTES.map(({ slug, title, tags }) => ({ slug, title, tags: [...tags] })));
  });

  it('refuses a file written by another version of the index', () => {
    const data = JSON.parse(JSON.stringify(buildSearchData(NOTES)));
    expect(() => searchDataSchema.parse({ ...data, version: 999 })).toThrow();
  });

  it('an index of no notes finds nothing', () => {
    expect(searchNotes(searchIndexOf([]), 'glue')).toEqual([]);
  });
});

describe('snippetFiles', () => {
  const many = Array.from({ length: 2 * SNIPPETS_PER_FILE + 3 }, (_, at) => source({ slug: `note-${at}`, title: `노트 ${at}`, summary: `요약 ${at}` }));

  it('splits the key points into files of SNIPPETS_PER_FILE, in index order', () => {
    const files = snippetFiles(many);
    expect(files.map((file) => file.snippets.length)).toEqual([SNIPPETS_PER_FILE, SNIPPETS_PER_FILE, 3]);
    many.forEach((note, at) => {
      expect(files[Math.floor(at / SNIPPETS_PER_FILE)]?.snippets[at % SNIPPETS_PER_FILE]).toBe(note.summary);
    });
    for (const file of files) expect(snippetFileSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
  });

  it('a note\'s position in the index finds its snippet', () => {
    const notes = [...NOTES, ...many];
    const files = snippetFiles(notes);
    const built = searchIndexOf(notes);
    const [hit] = searchNotes(built, '동시성 확장');
    expect(hit && files[Math.floor(hit.id / SNIPPETS_PER_FILE)]?.snippets[hit.id % SNIPPETS_PER_FILE]).toBe(NOTES.find((note) => note.slug === 'redshift-concurrency')?.summary);
  });

  it('cuts a long key point from its start', () => {
    const summary = '긴 요약 문장입니다. '.repeat(100);
    const [file] = snippetFiles([source({ slug: 'long', title: '긴 노트', summary })]);
    const [snippet = ''] = file?.snippets ?? [];
    expect(snippet.length).toBeGreaterThan(0);
    expect(snippet.length).toBeLessThan(summary.length);
    expect(summary.startsWith(snippet)).toBe(true);
  });

  it('no notes, no files', () => {
    expect(snippetFiles([])).toEqual([]);
  });
});

describe('searchable', () => {
  it.each([
    ['', false],
    ['  ', false],
    ['g', false],
    ['7', false],
    // Only stop words: nothing to look for.
    ['the', false],
    ['gl', true],
    ['잡', true],
    ['ㅂ', true],
    ['job r', true],
  ])('%j → %s', (query, expected) => {
    expect(searchable(query)).toBe(expected);
  });
});

describe('the questions of a note with many', () => {
  const SET = source({
    slug: 'ec2-set',
    title: 'EC2 문제 모음',
    summary: '문제 모음',
    questions: [
      { id: 'ec2-set--q1', stem: 'Which option gives automatic failover of a relational database?', translationHtml: '<p>관계형 데이터베이스의 자동 장애 조치를 주는 것은?</p>', options: [{ text: 'Amazon RDS Multi-AZ', translationHtml: 'RDS 다중 AZ' }, { text: 'Amazon SQS' }] },
      { id: 'ec2-set--q-1a2b3c4d', stem: 'Which service caches static content at the edge?', options: [{ text: 'Amazon CloudFront' }, { text: 'AWS Glue' }] },
    ],
  });
  const notes = [...NOTES, SET];
  const built = searchIndexOf(notes);

  it.each([
    ['a word of its stem', 'failover relational', '#q-1'],
    ['its option', 'cloudfront', '#q-1a2b3c4d'],
    ['its stem\'s translation', '장애 조치', '#q-1'],
    ['its option\'s translation', '다중', '#q-1'],
  ])('%s finds the question itself, which opens its note at it', (_what, query, anchor) => {
    const [hit] = searchNotes(built, query);
    expect(hit?.doc).toEqual({ slug: 'ec2-set', title: expect.stringMatching(/^EC2 문제 모음 · \d$/), tags: [], anchor: anchor.slice(1) });
  });

  it('each question\'s snippet is its stem, and the notes after it keep their snippets', () => {
    const files = snippetFiles([SET, ...NOTES]);
    expect(files[0]?.snippets.slice(0, 3)).toEqual(['문제 모음', SET.questions[0]?.stem, SET.questions[1]?.stem]);
    const [hit] = searchNotes(searchIndexOf([SET, ...NOTES]), '동시성 확장');
    expect(hit && files[0]?.snippets[hit.id]).toBe(NOTES.find((note) => note.slug === 'redshift-concurrency')?.summary);
  });

  it('a note\'s one question stays on the note\'s own result', () => {
    const [hit] = searchNotes(built, '북마크를');
    expect(hit?.doc).toEqual({ slug: 'glue-bookmarks', title: 'AWS Glue 잡 북마크 - 새로 들어온 데이터만 읽기', tags: ['service/glue', 'usecase/etl-batch'] });
  });
});

describe('AWS words in either language, and Korean typos', () => {
  const WORDS = [
    source({ slug: 'serverless-ko', title: '서버리스 ETL 설계', summary: '비용 최적화를 위해 글래시어로 옮긴다.' }),
    source({ slug: 'serverless-en', title: 'Serverless ETL design', summary: 'Cost optimization: move cold objects to Glacier.' }),
    source({ slug: 'step-functions', title: 'Step Functions Express workflows', aliases: ['express-workflows'] }),
    source({ slug: 'read-replica', title: 'RDS 읽기 전용 복제본', summary: '읽기 부하를 나눈다.' }),
    source({ slug: 'old-spelling', title: '메타데이타 정리' }),
    source({ slug: 'new-spelling', title: '메타데이터 정리' }),
    ...NOTES,
  ];
  const built = searchIndexOf(WORDS);
  const found = (query: string) => searchNotes(built, query).map((hit) => hit.doc.slug);

  it.each<[string, string, string[]]>([
    ['a service in Hangul finds it in English too, as typed first', '서버리스', ['serverless-ko', 'serverless-en', 'glue-etl']],
    ['and the reverse', 'serverless', ['serverless-en', 'glue-etl', 'serverless-ko']],
    ['a phrase finds its translation', '비용 최적화', ['serverless-ko', 'serverless-en']],
    ['and the reverse', 'cost optimization', ['serverless-en', 'serverless-ko']],
    ['two Korean words for a two-word name', '스텝 펑션', ['step-functions']],
    ['an English phrase for a Korean one', 'read replica', ['read-replica']],
    ['a transliteration of one word', '글래시어', ['serverless-ko', 'serverless-en']],
  ])('%s: %s', (_what, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['a vowel off, a word of the vocabulary', '파티숀', 'athena-projection'],
    ['a vowel off, with a particle', '파티숀을', 'athena-projection'],
    ['a consonant off', '북마쿠', 'glue-bookmarks'],
    ['a vowel off, a word only the notes hold', '프로젝숀', 'athena-projection'],
    ['a final missing, as typing stops mid-syllable', '프로젝셔', 'athena-projection'],
  ])('a Korean typo, %s: %s finds %s', (_what, query, slug) => {
    expect(found(query)).toContain(slug);
  });

  it('a typo\'s reading ranks below what was typed right', () => {
    const right = searchNotes(built, '파티션').find((hit) => hit.doc.slug === 'athena-projection');
    const typo = searchNotes(built, '파티숀').find((hit) => hit.doc.slug === 'athena-projection');
    expect(typo?.score).toBeLessThan(right?.score ?? 0);
  });

  it('a word the notes hold as typed is never read as another', () => {
    expect(found('메타데이타')).toEqual(['old-spelling']);
    expect(found('메타데이터')).not.toContain('old-spelling');
    expect(found('메타데이투')).toEqual(expect.arrayContaining(['new-spelling', 'old-spelling']));
  });

  it.each(['샤두', '글류', '퀀텀즈', '파티숀스크', 'ㅍㅌ숀'])('%s: too short or too far off, finds nothing', (query) => {
    expect(found(query)).toEqual([]);
  });
});
