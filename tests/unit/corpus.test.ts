import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';

/*
 * The 48 real notes beside the project (../shared): test data, read in place, never
 * copied. Each row: file, the answer line's letters (checked by hand against the file),
 * selectCount, the options whose explanation the note gives, and how many general notes.
 */
const SHARED = path.resolve(import.meta.dirname, '../../../shared');

type Row = [file: string, answers: string, selectCount: number, explained: string, notes: number];

const EXPECTED: Row[] = [
  ['etl-glue-minimal-operations.md', 'A', 1, 'BCD', 0],
  ['etl-migration-glue-pyspark.md', 'B', 1, 'ACDE', 0],
  ['AWS-VPN-HighAvailability-FaultTolerant-OnPremises.md', 'D', 1, 'ABCE', 0],
  ['aws-data-pipeline-redshift-etl.md', 'C', 1, 'ABDE', 0],
  ['aws-iam-permissions-serverless.md', 'A', 1, 'BCDE', 0],
  ['aws-iot-greengrass-lambda-automation.md', 'B', 1, 'ACDE', 0],
  ['batch-emr-spot-ondemand.md', 'B', 1, 'ACDE', 0],
  ['batch-inference-aws-highvolume.md', 'B', 1, 'ACDE', 0],
  ['bigdata-emr-quicksight-visualization.md', 'D', 1, 'ABC', 0],
  ['blazingtext-word2vec-sentiment-analysis.md', 'B', 1, 'ACD', 0],
  ['classification-rekognition-custom-labels-ecommerce.md', 'CEF', 3, 'ABD', 0],
  ['classification-sagemaker-lda-terabyte-recordio.md', 'C', 1, 'ABDE', 0],
  ['comprehend-classification-automation-routing.md', 'D', 1, 'ABC', 0],
  ['comprehend-sentiment-multilang-analysis.md', 'C', 1, 'ABD', 0],
  ['data-lake-glue-athena-serverless.md', 'B', 1, 'ACD', 0],
  ['dms-mysql-s3-cdc.md', 'C', 1, 'ABCD', 0],
  ['emr-genomic-spark-memory.md', 'B', 1, 'ACDE', 0],
  ['emr-spark-ml-interactivity.md', 'C', 1, 'ABDE', 0],
  ['fraud-detection-sagemaker-recall.md', 'B', 1, 'ACD', 0],
  ['hdfs-s3-mapreduce-emrfs.md', 'A', 1, 'BCD', 0],
  ['hpo-sagemaker-optimization-efficiency.md', 'CE', 2, 'ABD', 0],
  ['imbalanced-classification-ml-balancing.md', 'CD', 2, 'ABE', 1],
  ['iot-kinesis-kcl-pipeline.md', 'A', 1, 'BCD', 0],
  ['kinesis-analytics-highvolume-config.md', 'D', 1, 'ABCE', 0],
  ['linear-learner-sagemaker-convergence-troubleshooting.md', 'A', 1, 'BCD', 0],
  ['news-recommendation-kinesis-sagemaker-spot.md', 'A', 1, 'BCD', 0],
  ['nlp-comprehend-sagemaker-custom.md', 'D', 1, 'ABC', 1],
  ['nlp-preprocessing-word2vec-socialmedia.md', 'ADF', 3, 'BCE', 0],
  ['recommendation-emr-spark-collaborative.md', 'D', 1, 'ABC', 0],
  ['recommendation-kinesis-realtime-multishard.md', 'D', 1, 'ABCE', 0],
  ['recommendation-redshift-ml-inference.md', 'B', 1, 'ACD', 0],
  ['redshift-automatic-optimization-performance.md', 'D', 1, 'ABCE', 0],
  ['redshift-streaming-realtime.md', 'D', 1, 'ABC', 0],
  ['s3-glue-athena-quicksight-serverless.md', 'C', 1, 'ABD', 0],
  ['sagemaker-custom-container-deployment.md', 'BC', 2, 'ADE', 0],
  ['sagemaker-endpoints-realtime-inference-always-on-milliseconds.md', 'C', 1, 'ABDE', 0],
  ['sagemaker-offline-development-docker.md', 'C', 1, 'ABD', 0],
  ['sagemaker-pca-pipe-ebs-cost.md', 'C', 1, 'ABD', 0],
  ['sagemaker-spot-training-checkpointing.md', 'D', 1, 'ABCD', 0],
  ['sentiment-analysis-twitter-comprehend.md', 'C', 1, 'ABDE', 0],
  ['serverless-container-autoscaling-gpu.md', 'B', 1, 'ACDE', 0],
  ['social-media-rekognition-comprehend-labeling.md', 'C', 1, 'ABDE', 0],
  ['streaming-firehose-batch-s3.md', 'C', 1, 'ABDE', 0],
  ['streaming-kinesis-dynamodb-realtime.md', 'AB', 2, 'CDE', 0],
  ['streaming-kinesis-firehose-serverless.md', 'B', 1, 'ACD', 0],
  ['streaming-kinesis-realtime-analytics-ml.md', 'B', 1, 'ACDE', 0],
  ['xgboost-dmatrix-data-structure.md', 'B', 1, 'ACDE', 0],
  ['xgboost-gbdt-improvements-features.md', 'C', 1, 'ABDE', 0],
];

function load(folder: string) {
  const dir = path.join(SHARED, folder);
  if (!existsSync(dir)) throw new Error(`the shared notes are missing: expected them at ${dir}`);
  return loadContent(dir);
}

const seeds = load('seeds');
const corpus = load('corpus');
const notes = [...seeds.notes, ...corpus.notes];

describe('the real notes in ../shared', () => {
  it('ship in content/ byte for byte (the two seeds)', () => {
    const content = path.resolve(import.meta.dirname, '../../content');
    for (const file of readdirSync(path.join(SHARED, 'seeds'))) {
      expect(readFileSync(path.join(content, file)).equals(readFileSync(path.join(SHARED, 'seeds', file)))).toBe(true);
    }
  });

  it('load with no error and no warning', () => {
    expect([...seeds.problems, ...corpus.problems]).toEqual([]);
    expect(seeds.notes).toHaveLength(2);
    expect(corpus.notes).toHaveLength(46);
  });

  it.each(EXPECTED)('%s: answers %s, select %i, explains %s, %i general notes', (file, answers, selectCount, explained, generalNotes) => {
    const note = notes.find((each) => each.file === file);
    expect(note?.questions).toHaveLength(1);
    const question = note?.questions[0];
    expect(question?.answers.join('')).toBe(answers);
    expect(question?.selectCount).toBe(selectCount);
    expect(Object.keys(question?.explanations ?? {}).sort().join('')).toBe(explained);
    expect(question?.notes).toHaveLength(generalNotes);
  });

  it.each(notes.map((note) => [note.file, note] as const))('%s has the four sections in order and a full question', (_file, note) => {
    expect(note.sections.slice(0, 4).map((section) => section.kind)).toEqual(['keyPoint', 'explanation', 'concepts', 'question']);
    expect(note.title.length).toBeGreaterThan(0);
    expect(note.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const question = note.questions[0];
    expect(question?.options.length).toBeGreaterThanOrEqual(4);
    expect(question?.options.length).toBeLessThanOrEqual(6);
    expect(question?.stem).not.toMatch(/^\s*(?:\*\*)?Question/);
    for (const option of question?.options ?? []) expect(option.text).not.toMatch(/^[A-F]\)/);
    // The key's label is not repeated inside the explanation under its option.
    for (const html of Object.values(question?.explanations ?? {})) expect(html).not.toMatch(/^<p>(?:<strong>)?(?:Option|옵션) [A-F]/);
  });
});
