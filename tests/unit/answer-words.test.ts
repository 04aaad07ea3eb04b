import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerLineWords } from '@/lib/content/question/answer-line';
import { loadContent } from '@/lib/content/load';

/*
 * "The right answer explained": the answer line's own words are shown under the right
 * option only when they add to it. Every answer-line form of the note format, then every
 * seed and corpus note (../shared, read in place) with what a reader sees, checked by hand.
 */

describe('answerLineWords', () => {
  it.each<[string, string, string[], string | null]>([
    ['a copy of the option', 'B) AWS Batch', ['AWS Batch'], null],
    ['a copy of a long option', 'A) Create an ETL job using AWS Glue', ['Create an ETL job using AWS Glue'], null],
    ['a shortening', 'B) AWS Glue ETL job with PySpark', ['Use AWS Glue ETL job with PySpark and Glue triggers for scheduling'], null],
    ['each option copied after its own letter', 'A) Amazon S3, C) Amazon EMR', ['Amazon S3', 'Amazon EMR'], null],
    ['letters only, commas', 'C, E, F', ['One', 'Two', 'Three'], null],
    ['letters only, ampersand', 'A) & C)', ['One', 'Three'], null],
    ['the `Option B` form', 'Option B', ['Anything'], null],
    ['case and punctuation do not make words new', 'B) aws batch.', ['AWS Batch'], null],
    ['a close English paraphrase', 'D) Turn on concurrency scaling for the WLM queue used by the BI users', ['Turn on concurrency scaling for the WLM queue that the BI users’ queries are routed to'], null],
    ['a Korean summary of several letters', 'A, D, F) 불용어 제거, 소문자 정규화, 토큰화', ['Remove stop words', 'Lowercase', 'Tokenize'], '불용어 제거, 소문자 정규화, 토큰화'],
    ['Korean and English mixed', 'B, E) CTAS로 Parquet + Snappy 변환, event_date로 파티셔닝', ['Use a CTAS query to rewrite in Apache Parquet with Snappy', 'Partition the table by event_date'], 'CTAS로 Parquet + Snappy 변환, event_date로 파티셔닝'],
    ['one Korean word is enough', 'D) Amazon EMR → S3 → QuickSight 파이프라인', ['Run Amazon EMR, store in S3, dashboard in QuickSight'], 'Amazon EMR → S3 → QuickSight 파이프라인'],
    ['an English digest in new words', 'C, E, F) Data Augmentation + Custom Labels + Class Balancing', ['Augment images', 'Use Custom Labels', 'Check for class imbalances'], 'Data Augmentation + Custom Labels + Class Balancing'],
    ['an ampersand inside the words', 'B, C) 250ms 소켓 연결 수락 & 포트 8080 엔드포인트 구현', ['Accept socket connections within 250 ms', 'Implement /ping on port 8080'], '250ms 소켓 연결 수락 & 포트 8080 엔드포인트 구현'],
    ['no letter at all (bad input)', 'AWS Glue', ['AWS Glue'], null],
    ['empty (bad input)', '', ['AWS Glue'], null],
  ])('%s: %j', (_, line, rightOptions, expected) => {
    expect(answerLineWords(line, rightOptions)).toBe(expected);
  });
});

const SHARED = path.resolve(import.meta.dirname, '../../../shared');

/** Each real note's answer words as a reader should see them ('' for none). */
const EXPECTED: Record<string, string> = {
  'etl-glue-minimal-operations.md': '',
  'etl-migration-glue-pyspark.md': '',
  'bigdata-emr-quicksight-visualization.md': 'Amazon EMR → S3 → QuickSight 파이프라인',
  'classification-rekognition-custom-labels-ecommerce.md': 'Data Augmentation + Custom Labels + Class Balancing',
  'emr-spark-ml-interactivity.md': 'm5.large 인스턴스 클러스터 구성',
  'hpo-sagemaker-optimization-efficiency.md': 'max_jobs/max_parallel_jobs 조정 및 Early Stopping 활성화',
  'imbalanced-classification-ml-balancing.md': '데이터 증강 + False Negative 비용 가중',
  'iot-kinesis-kcl-pipeline.md': 'Amazon Kinesis Data Streams와 KCL 사용',
  'nlp-preprocessing-word2vec-socialmedia.md': '불용어 제거, 소문자 정규화, 토큰화',
  'sagemaker-custom-container-deployment.md': '250ms 소켓 연결 수락 & 포트 8080 엔드포인트 구현',
  // Copies, shortenings and close paraphrases of long English options.
  'nlp-comprehend-sagemaker-custom.md': '',
  'aws-data-pipeline-redshift-etl.md': '',
  'streaming-kinesis-dynamodb-realtime.md': '',
  's3-glue-athena-quicksight-serverless.md': '',
  'AWS-VPN-HighAvailability-FaultTolerant-OnPremises.md': '',
};

describe('the real notes in ../shared', () => {
  const notes = ['seeds', 'corpus'].flatMap((folder) => {
    const dir = path.join(SHARED, folder);
    if (!existsSync(dir)) throw new Error(`the shared notes are missing: expected them at ${dir}`);
    return loadContent(dir).notes;
  });

  it.each(Object.entries(EXPECTED))('%s: %j', (file, words) => {
    expect(notes.find((note) => note.file === file)?.questions[0]?.answerWords).toBe(words);
  });

  it('every other note copies or shortens its option: no words shown', () => {
    const others = notes.filter((note) => !(note.file in EXPECTED));
    expect(others).toHaveLength(48 - Object.keys(EXPECTED).length);
    for (const note of others) expect([note.file, note.questions[0]?.answerWords]).toEqual([note.file, '']);
  });
});
