import { describe, expect, it } from 'vitest';
import { matchExplanationKey, type KeyOption } from '@/lib/content/question/explanation-key';

const options = (...texts: string[]): KeyOption[] => texts.map((text, index) => ({ letter: 'ABCDEF'.charAt(index), text }));

const SERVICES = options(
  'Amazon Elastic Kubernetes Service (EKS)',
  'AWS Fargate',
  'Amazon Elastic Inference',
  'Use T3 instances with burstable CPU',
  'Amazon ECS (EC2 launch type)',
  'CreateNotebookInstanceLifecycleConfig',
);
const ACRONYM_ONLY = options('Amazon Elastic Kubernetes Service', 'AWS Lambda', 'Amazon EC2');
const REDSHIFT = options(
  'Use compound sorting on the fact table',
  'Use interleaved sorting on the fact table',
  'Create a distribution style of ALL on their tables',
  'Create a distribution style of EVEN on their tables',
);
const AMBIGUOUS = options('Kinesis Data Streams with Lambda', 'Kinesis Data Streams with KCL', 'Amazon SQS');

describe('matchExplanationKey', () => {
  it.each([
    ['letter', 'Option A', SERVICES, ['A']],
    ['Korean letter', '옵션 B', SERVICES, ['B']],
    ['letter and paren', 'A)', SERVICES, ['A']],
    ['letter and label', 'Option B (Lambda + S3)', SERVICES, ['B']],
    ['Korean letter and label', '옵션 A (Aurora Database)', SERVICES, ['A']],
    ['letter paren and label', 'F) CreateNotebookInstanceLifecycleConfig', SERVICES, ['F']],
    ['letter then Korean label', 'A (훈련 채널)', SERVICES, ['A']],
    ['label then letter', 'EMR (옵션 C)', SERVICES, ['C']],
    ['label then English letter', 'Amazon OpenSearch (Option D)', SERVICES, ['D']],
    ['two letters', 'Options A & C', SERVICES, ['A', 'C']],
    ['colon inside bold', 'Option E:', SERVICES, ['E']],
    ['whole option text', 'Amazon Elastic Inference', SERVICES, ['C']],
    ['words of the option', 'T3', SERVICES, ['D']],
    ['acronym in the option', 'Amazon EKS', SERVICES, ['A']],
    ['option with parenthesis', 'Amazon ECS (EC2 launch type)', SERVICES, ['E']],
    ['acronym of the option words', 'Amazon EKS', ACRONYM_ONLY, ['A']],
    ['option words in another order', 'ALL distribution', REDSHIFT, ['C']],
    ['one key for two options', 'Compound/Interleaved sorting', REDSHIFT, ['A', 'B']],
    ['exact name among longer options', 'Amazon SQS', AMBIGUOUS, ['C']],
  ])('%s: %j -> %j', (_form, key, opts, letters) => {
    expect(matchExplanationKey(key, opts)).toEqual({ kind: 'options', letters });
  });

  it.each([
    ['핵심 원인'],
    ['핵심 통찰:'],
    ['정답 D'],
    ['핵심 포인트'],
    ['Key insight'],
  ])('%j names no option: a general note', (key) => {
    expect(matchExplanationKey(key, SERVICES)).toEqual({ kind: 'general' });
  });

  it.each([
    ['Option G', SERVICES, /option G/],
    ['Kinesis Data Streams', AMBIGUOUS, /names none of them for certain/],
    ['distribution style', REDSHIFT, /names none of them for certain/],
  ])('%j cannot be matched with confidence', (key, opts, reason) => {
    const match = matchExplanationKey(key, opts);
    expect(match.kind).toBe('unmatched');
    expect(match.kind === 'unmatched' ? match.reason : '').toMatch(reason);
  });
});
