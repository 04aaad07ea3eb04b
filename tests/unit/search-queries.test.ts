import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import type { Note } from '@/lib/content/schema';
import { buildSearchData, fieldTexts } from '@/lib/search/build-index';
import { loadSearchIndex, searchNotes, type SearchIndex } from '@/lib/search/search-index';
import { searchDataSchema } from '@/lib/search/search-schema';

/*
 * The query set: Korean, English and mixed queries over the bundled content and the real
 * notes beside the project (../shared/corpus, read in place), with the notes each must
 * return. Every expected note must be found; for title and alias queries, first.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
type Site = 'content' | 'corpus';
const DIRS: Record<Site, string> = { content: path.join(ROOT, 'content'), corpus: path.resolve(ROOT, '../shared/corpus') };
const SITE_NAMES: readonly Site[] = ['content', 'corpus'];
type Kind = 'particle' | 'compound' | 'choseong' | 'prefix' | 'typo' | 'mixed' | 'alias' | 'english' | 'synonym' | 'translation';
type Case = { site: Site; query: string; expected: readonly string[]; first?: true; kind: Kind };
type Loaded = { notes: readonly Note[]; index: SearchIndex };

function load(dir: string): Loaded {
  if (!existsSync(dir)) throw new Error(`the notes are missing: expected them at ${dir}`);
  const { notes } = loadContent(dir);
  if (notes.length === 0) throw new Error(`no notes load from ${dir}`);
  // As the browser gets it: through JSON and the schema.
  const data = searchDataSchema.parse(JSON.parse(JSON.stringify(buildSearchData(notes))));
  return { notes, index: loadSearchIndex(data) };
}

const SITES: Record<Site, Loaded> = { content: load(DIRS.content), corpus: load(DIRS.corpus) };

const lowerFields = (note: Note) => Object.values(fieldTexts(note)).map((text) => text.toLowerCase());

/**
 * Korean counts inside a longer word (글루는, 데이터레이크), as search finds it there;
 * English only as a whole word, as search matches it outside titles: `partition` is not
 * expected to find `partitioning`.
 */
function says(text: string, word: string): boolean {
  return /^[a-z0-9]+$/.test(word) ? new RegExp(`(?<![a-z0-9])${word}(?![a-z0-9])`).test(text) : text.includes(word);
}

/**
 * Every note of the site that has each word somewhere in its title, aliases, tags, key
 * point, key terms or question: each argument lists a word's spellings (글루, glue).
 */
function saying(site: Site, ...words: readonly (readonly string[])[]): string[] {
  return SITES[site].notes.filter((note) => words.every((spellings) => lowerFields(note).some((text) => spellings.some((word) => says(text, word))))).map((note) => note.slug);
}

/** Notes whose title or an alias has an English word beginning with `prefix`. */
function naming(site: Site, prefix: string): string[] {
  const starts = new RegExp(`(?<![a-z0-9])${prefix}`);
  return SITES[site].notes.filter((note) => [note.title, ...note.aliases].some((name) => starts.test(name.toLowerCase()))).map((note) => note.slug);
}

const CASES: Case[] = [
  { site: 'content', kind: 'particle', query: '글루를', expected: ['eventbridge-glue-job-failure-alerts', ...saying('content', ['글루', 'glue'])] },
  { site: 'content', kind: 'particle', query: '북마크를', expected: ['glue-job-bookmarks-incremental', ...saying('content', ['북마크', 'bookmark'])], first: true },
  { site: 'content', kind: 'particle', query: '샤딩으로', expected: ['dynamodb-partition-key-write-sharding', ...saying('content', ['샤딩'])], first: true },
  { site: 'content', kind: 'particle', query: '파티션이', expected: ['athena-partition-projection', ...saying('content', ['파티션', 'partition'])] },
  { site: 'content', kind: 'particle', query: '동시성은', expected: ['redshift-concurrency-scaling', ...saying('content', ['동시성'])], first: true },
  { site: 'content', kind: 'particle', query: '수명 주기를', expected: ['s3-lifecycle-storage-class-transitions', ...saying('content', ['수명'], ['주기'])], first: true },
  { site: 'content', kind: 'particle', query: '팬아웃은', expected: ['kinesis-data-streams-enhanced-fan-out', ...saying('content', ['팬아웃'])], first: true },
  { site: 'corpus', kind: 'particle', query: '감정 분석을', expected: ['sentiment-analysis-twitter-comprehend', ...saying('corpus', ['감정'], ['분석'])] },
  { site: 'corpus', kind: 'particle', query: '온프레미스와', expected: ['aws-vpn-highavailability-faulttolerant-onpremises', ...saying('corpus', ['온프레미스'])], first: true },
  { site: 'corpus', kind: 'compound', query: '레이크', expected: ['s3-glue-athena-quicksight-serverless', ...saying('corpus', ['레이크'])] },
  { site: 'content', kind: 'compound', query: '레이크', expected: ['lake-formation-data-filters', ...saying('content', ['레이크'])] },
  { site: 'corpus', kind: 'compound', query: '미디어', expected: ['nlp-preprocessing-word2vec-socialmedia', ...saying('corpus', ['미디어'])] },
  { site: 'corpus', kind: 'compound', query: '파라미터', expected: ['hpo-sagemaker-optimization-efficiency', ...saying('corpus', ['파라미터'])] },
  { site: 'corpus', kind: 'compound', query: '데이터셋', expected: ['imbalanced-classification-ml-balancing', ...saying('corpus', ['데이터셋'])], first: true },
  { site: 'corpus', kind: 'compound', query: '배치 처리', expected: ['streaming-firehose-batch-s3', ...saying('corpus', ['배치'], ['처리'])], first: true },
  { site: 'content', kind: 'choseong', query: 'ㅂㅁㅋ', expected: ['glue-job-bookmarks-incremental'], first: true },
  { site: 'content', kind: 'choseong', query: 'ㄷㅅㅅ ㅎㅈ', expected: ['redshift-concurrency-scaling'], first: true },
  { site: 'content', kind: 'choseong', query: 'ㅍㅌㅅㅍㄹㅈㅅ', expected: ['athena-partition-projection'], first: true },
  { site: 'corpus', kind: 'choseong', query: 'ㄷㅇㅌ ㄹㅇㅋ', expected: ['data-lake-glue-athena-serverless'], first: true },
  { site: 'content', kind: 'prefix', query: 'athen', expected: ['athena-partition-projection', ...naming('content', 'athen')] },
  { site: 'content', kind: 'prefix', query: 'bookm', expected: ['glue-job-bookmarks-incremental', ...naming('content', 'bookm')], first: true },
  { site: 'content', kind: 'prefix', query: 'concurrency scal', expected: ['redshift-concurrency-scaling'], first: true },
  // A compound typed whole where the note writes it apart, and a word half typed.
  { site: 'content', kind: 'compound', query: '쓰기샤딩', expected: ['dynamodb-partition-key-write-sharding'], first: true },
  { site: 'content', kind: 'compound', query: '파티션프로젝션', expected: ['athena-partition-projection'], first: true },
  { site: 'content', kind: 'prefix', query: '수명 주', expected: ['s3-lifecycle-storage-class-transitions'], first: true },
  { site: 'content', kind: 'prefix', query: 'glue job b', expected: ['glue-job-bookmarks-incremental'] },
  // Three typed letters, before the word's skeleton has begun (red → redshift is rdshft).
  { site: 'content', kind: 'prefix', query: 'red', expected: naming('content', 'red') },
  { site: 'content', kind: 'prefix', query: 'kin', expected: naming('content', 'kin') },
  { site: 'content', kind: 'prefix', query: 'dyn', expected: naming('content', 'dyn') },
  { site: 'corpus', kind: 'prefix', query: 'sag', expected: naming('corpus', 'sag') },
  { site: 'corpus', kind: 'prefix', query: 'sagem', expected: ['sagemaker-spot-training-checkpointing', ...naming('corpus', 'sagem')] },
  { site: 'content', kind: 'typo', query: 'athna', expected: ['athena-ctas-parquet-conversion', ...saying('content', ['athena'])] },
  { site: 'content', kind: 'typo', query: 'kinessis fan', expected: ['kinesis-data-streams-enhanced-fan-out'], first: true },
  { site: 'content', kind: 'typo', query: 'redshfit spectrum', expected: ['redshift-spectrum-external-tables'], first: true },
  { site: 'content', kind: 'typo', query: 'sagemkaer async', expected: ['sagemaker-asynchronous-inference'], first: true },
  { site: 'corpus', kind: 'typo', query: 'comprehnd', expected: ['comprehend-sentiment-multilang-analysis', ...saying('corpus', ['comprehend'])] },
  { site: 'content', kind: 'mixed', query: 'Glue 파티션', expected: ['glue-job-bookmarks-incremental', ...saying('content', ['glue', '글루'], ['파티션', 'partition'])] },
  { site: 'content', kind: 'mixed', query: 'Kinesis 샤드', expected: ['kinesis-data-streams-hot-shard-partition-key', ...saying('content', ['kinesis', '키네시스'], ['샤드', 'shard'])], first: true },
  { site: 'content', kind: 'mixed', query: 'DynamoDB 파티션 키', expected: ['dynamodb-partition-key-write-sharding'], first: true },
  { site: 'content', kind: 'mixed', query: 'Redshift 분산 스타일', expected: ['redshift-distribution-styles'], first: true },
  { site: 'content', kind: 'mixed', query: 'SageMaker 비동기 추론', expected: ['sagemaker-asynchronous-inference'], first: true },
  { site: 'content', kind: 'mixed', query: 'Lambda로 처리량', expected: ['lambda-kinesis-parallelization-factor'] },
  { site: 'content', kind: 'mixed', query: 'EMR 스팟', expected: ['emr-instance-fleets-spot-task-nodes'], first: true },
  { site: 'corpus', kind: 'mixed', query: 'Kinesis 실시간', expected: ['streaming-kinesis-realtime-analytics-ml', ...saying('corpus', ['kinesis', '키네시스'], ['실시간'])] },
  { site: 'corpus', kind: 'mixed', query: 'Comprehend 감정', expected: ['sentiment-analysis-twitter-comprehend', ...saying('corpus', ['comprehend'], ['감정'])] },
  { site: 'corpus', kind: 'alias', query: 'spot-training', expected: ['sagemaker-spot-training-checkpointing'], first: true },
  { site: 'content', kind: 'alias', query: '레드시프트 스펙트럼', expected: ['redshift-spectrum-external-tables'], first: true },
  { site: 'content', kind: 'alias', query: '데이터 파이어호스', expected: ['kinesis-firehose-destinations'], first: true },
  { site: 'corpus', kind: 'alias', query: 'BYOC', expected: ['sagemaker-custom-container-deployment'], first: true },
  { site: 'content', kind: 'alias', query: '피처 스토어', expected: ['sagemaker-feature-store-online-offline'], first: true },
  { site: 'content', kind: 'alias', query: '향상된 팬아웃', expected: ['kinesis-data-streams-enhanced-fan-out'], first: true },
  { site: 'content', kind: 'alias', query: '병렬화 계수', expected: ['lambda-kinesis-parallelization-factor'], first: true },
  { site: 'corpus', kind: 'alias', query: 'Change Data Capture', expected: ['dms-mysql-s3-cdc'], first: true },
  { site: 'corpus', kind: 'alias', query: 'Kinesis Client Library', expected: ['iot-kinesis-kcl-pipeline'], first: true },
  { site: 'content', kind: 'english', query: 'partition projection', expected: ['athena-partition-projection'], first: true },
  { site: 'content', kind: 'english', query: 'enhanced fan-out', expected: ['kinesis-data-streams-enhanced-fan-out'], first: true },
  { site: 'corpus', kind: 'english', query: 'word2vec', expected: ['blazingtext-word2vec-sentiment-analysis', ...saying('corpus', ['word2vec'])] },
  { site: 'corpus', kind: 'english', query: 'xgboost', expected: ['xgboost-dmatrix-data-structure', ...saying('corpus', ['xgboost'])] },
  { site: 'content', kind: 'synonym', query: '글루', expected: ['eventbridge-glue-job-failure-alerts', ...saying('content', ['글루', 'glue'])], first: true },
  { site: 'content', kind: 'synonym', query: 'glue', expected: ['eventbridge-glue-job-failure-alerts', ...saying('content', ['glue', '글루'])] },
  { site: 'corpus', kind: 'synonym', query: '키네시스', expected: ['iot-kinesis-kcl-pipeline', ...saying('corpus', ['키네시스', 'kinesis'])] },
  { site: 'corpus', kind: 'synonym', query: '레드시프트', expected: ['redshift-streaming-realtime', ...saying('corpus', ['레드시프트', 'redshift'])] },
  // Issue 24: Korean that knows AWS words. A term in Hangul finds the notes that write it in
  // English, and the reverse; a phrase counts where its words are, as the typed query does.
  { site: 'content', kind: 'synonym', query: '서버리스', expected: saying('content', ['서버리스', 'serverless']) },
  { site: 'content', kind: 'synonym', query: 'serverless', expected: saying('content', ['serverless', '서버리스']) },
  { site: 'corpus', kind: 'synonym', query: '서버리스', expected: saying('corpus', ['서버리스', 'serverless']) },
  { site: 'content', kind: 'translation', query: '비용 최적화', expected: [...saying('content', ['비용'], ['최적화']), ...saying('content', ['cost'], ['optimization'])] },
  { site: 'corpus', kind: 'translation', query: '비용 최적화', expected: [...saying('corpus', ['비용'], ['최적화']), ...saying('corpus', ['cost'], ['optimization'])] },
  { site: 'corpus', kind: 'translation', query: 'cost optimization', expected: [...saying('corpus', ['cost'], ['optimization']), ...saying('corpus', ['비용'], ['최적화'])] },
  { site: 'content', kind: 'synonym', query: '다이나모DB', expected: saying('content', ['dynamodb', '다이나모']) },
  { site: 'corpus', kind: 'synonym', query: '다이나모DB', expected: saying('corpus', ['dynamodb', '다이나모']) },
  { site: 'content', kind: 'synonym', query: '다이나모디비', expected: saying('content', ['dynamodb', '다이나모']) },
  { site: 'content', kind: 'synonym', query: '스텝 펑션', expected: ['step-functions-express-vs-standard', ...saying('content', ['step functions', 'step-functions', '스텝 펑션', '스텝 함수'])], first: true },
  { site: 'content', kind: 'synonym', query: '스텝 함수', expected: ['step-functions-express-vs-standard', ...saying('content', ['step functions', 'step-functions', '스텝 펑션', '스텝 함수'])], first: true },
  { site: 'content', kind: 'synonym', query: '글래시어', expected: ['s3-lifecycle-storage-class-transitions', ...saying('content', ['glacier', '글래시어'])], first: true },
  { site: 'content', kind: 'synonym', query: '파케이', expected: ['athena-ctas-parquet-conversion', ...saying('content', ['parquet', '파케이'])] },
  { site: 'corpus', kind: 'synonym', query: '파케이', expected: saying('corpus', ['parquet', '파케이']) },
  { site: 'content', kind: 'typo', query: '파티숀', expected: ['athena-partition-projection', ...saying('content', ['파티션', 'partition'])] },
  { site: 'content', kind: 'typo', query: '파티숀을', expected: saying('content', ['파티션', 'partition']) },
  // Other services in Hangul, concepts translated both ways, and Korean typos.
  { site: 'corpus', kind: 'synonym', query: '엑스지부스트', expected: saying('corpus', ['xgboost', '엑스지부스트']) },
  { site: 'corpus', kind: 'synonym', query: '그린그래스', expected: saying('corpus', ['greengrass', '그린그래스']) },
  { site: 'corpus', kind: 'synonym', query: '컴프리헨드', expected: saying('corpus', ['comprehend', '컴프리헨드']) },
  { site: 'corpus', kind: 'synonym', query: '퀵사이트', expected: saying('corpus', ['quicksight', '퀵사이트']) },
  { site: 'corpus', kind: 'synonym', query: '레코그니션', expected: saying('corpus', ['rekognition', '레코그니션']) },
  { site: 'content', kind: 'synonym', query: '이엠알', expected: saying('content', ['emr', '이엠알']) },
  { site: 'content', kind: 'mixed', query: 'AWS 스텝 펑션', expected: ['step-functions-express-vs-standard', ...saying('content', ['step functions', 'step-functions'])], first: true },
  { site: 'content', kind: 'mixed', query: '다이나모DB 파티션 키', expected: ['dynamodb-partition-key-write-sharding'], first: true },
  { site: 'content', kind: 'translation', query: '데이터 레이크', expected: [...saying('content', ['데이터'], ['레이크']), ...saying('content', ['data'], ['lake'])] },
  { site: 'corpus', kind: 'translation', query: 'sentiment analysis', expected: [...saying('corpus', ['sentiment'], ['analysis']), ...saying('corpus', ['감정'], ['분석'])] },
  { site: 'corpus', kind: 'translation', query: '하이퍼파라미터 튜닝', expected: [...saying('corpus', ['하이퍼파라미터'], ['튜닝']), ...saying('corpus', ['hyperparameter'], ['tuning'])] },
  { site: 'corpus', kind: 'translation', query: '주성분 분석', expected: ['sagemaker-pca-pipe-ebs-cost', ...saying('corpus', ['pca', 'principal component analysis', '주성분 분석'])] },
  { site: 'corpus', kind: 'translation', query: '오토 스케일링', expected: saying('corpus', ['auto scaling', 'autoscaling', '오토 스케일링', '오토스케일링']) },
  { site: 'corpus', kind: 'translation', query: 'spot instance', expected: [...saying('corpus', ['spot'], ['instance']), ...saying('corpus', ['스팟'], ['인스턴스'])] },
  { site: 'corpus', kind: 'translation', query: '재현율', expected: saying('corpus', ['재현율', 'recall']) },
  { site: 'corpus', kind: 'typo', query: '세이지메이거', expected: saying('corpus', ['sagemaker', '세이지메이커']) },
  { site: 'corpus', kind: 'typo', query: '키네시쓰', expected: saying('corpus', ['kinesis', '키네시스']) },
  { site: 'content', kind: 'typo', query: '레드시푸트', expected: saying('content', ['redshift', '레드시프트']) },
  { site: 'corpus', kind: 'typo', query: '체크포인투', expected: saying('corpus', ['checkpoint', '체크포인트']) },
  // Not in the vocabulary: read by the words the notes hold.
  { site: 'content', kind: 'typo', query: '프로젝숀', expected: ['athena-partition-projection', ...saying('content', ['프로젝션'])], first: true },
];

function top(site: Site, query: string): string[] {
  return searchNotes(SITES[site].index, query).map((hit) => hit.doc.slug);
}

const describeTop = (found: readonly string[]) => `top 5: ${found.slice(0, 5).join(', ') || '(nothing)'}`;

describe('the query set', () => {
  it('covers Korean, English and mixed queries of every kind, over both sites', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(36);
    const kinds: Kind[] = ['particle', 'compound', 'choseong', 'prefix', 'typo', 'mixed', 'alias', 'english', 'synonym', 'translation'];
    expect(new Set(CASES.map((each) => each.kind))).toEqual(new Set(kinds));
    expect(new Set(CASES.map((each) => each.site))).toEqual(new Set(SITE_NAMES));
  });

  it.each(CASES.map((each) => [each.site, each.kind, each.query, each] as const))('%s, %s: %s', (site, _kind, query, { expected, first }) => {
    const slugs = new Set(SITES[site].notes.map((note) => note.slug));
    expect(expected.length, `${site} "${query}": a case must expect at least one note`).toBeGreaterThan(0);
    expect(expected.filter((slug) => !slugs.has(slug)), `${site}: expected notes that do not exist`).toEqual([]);
    const found = top(site, query);
    const missing = [...new Set(expected)].filter((slug) => !found.includes(slug));
    expect(missing, `${site} "${query}": missing ${missing.join(', ')}; ${describeTop(found)}`).toEqual([]);
    if (first) expect(found[0], `${site} "${query}": ${expected[0]} should be first; ${describeTop(found)}`).toBe(expected[0]);
  });
});

describe.each(SITE_NAMES)('every title in %s', (site) => {
  it.each(SITES[site].notes.map((note) => [note.title, note.slug] as const))('%s finds its note first', (title, slug) => {
    const found = top(site, title);
    expect(found[0], `${site} "${title}": ${slug} should be first; ${describeTop(found)}`).toBe(slug);
  });
});
