import { describe, expect, it } from 'vitest';
import { noteSlugs, slugSegment } from '@/lib/content/vault/slugs';

/*
 * vault/slugs.ts: each note's URL segment from its path alone. Every expected slug below
 * is written out by hand from the rules in the module header and NOTE-FORMAT.md section 5.
 */

/** The slugs as a plain object, so that the comparison ignores the Map's order. */
function slugsOf(files: readonly string[]): Record<string, string> {
  return Object.fromEntries(noteSlugs(files));
}

describe('slugSegment: one path segment as a slug', () => {
  it.each([
    ['a plain name keeps its text', 'etl-glue.md', 'etl-glue'],
    ['lower case', 'Amazon-S3.md', 'amazon-s3'],
    ['an upper-case .MD extension goes', 'Note.MD', 'note'],
    ['a mixed-case .Md extension goes', 'Note.Md', 'note'],
    ['spaces become hyphens', 'Route 53.md', 'route-53'],
    ['a run of spaces becomes one hyphen', 'Amazon   EBS.md', 'amazon-ebs'],
    ['spaces around the name go', '  padded  .md', 'padded'],
    ['# ? % are stripped', 'C# vs F#?%.md', 'c-vs-f'],
    ['the other URL-unsafe characters are stripped', 'a"<b>|*:~c.md', 'abc'],
    ['a backslash is stripped', 'a\\b.md', 'ab'],
    ['Korean is kept', '서버리스 ETL.md', '서버리스-etl'],
    ['NFD Hangul comes out NFC', '\u1112\u1161\u11AB\u1100\u1173\u11AF.md', '\uD55C\uAE00'],
    ['NFD Latin comes out NFC', 'Cafe\u0301.md', 'caf\u00E9'],
    ['ampersands, digits and underscores are kept, dots read as spaces', '4.Monitoring & Logging_1.md', '4-monitoring-&-logging_1'],
    ['a folder name (no extension)', '1. Security', '1-security'],
    ['only .md is an extension; other dots are spaces', 'diagram.png', 'diagram-png'],
    ['a version number', 'Lambda v2.1 notes.md', 'lambda-v2-1-notes'],
    ['a name of unsafe characters only is "note"', '#?%.md', 'note'],
    ['an empty name is "note"', '.md', 'note'],
  ])('%s: %j → %j', (_case, segment, expected) => {
    expect(slugSegment(segment)).toBe(expected);
  });
});

describe('noteSlugs: a file name no other note shares keeps its own slug', () => {
  it.each([
    ['at the root', ['etl-glue.md'], { 'etl-glue.md': 'etl-glue' }],
    ['in a folder', ['Analytics/etl-glue.md'], { 'Analytics/etl-glue.md': 'etl-glue' }],
    ['deep in folders', ['1. Security/_concepts/deep/etl-glue.md'], { '1. Security/_concepts/deep/etl-glue.md': 'etl-glue' }],
    ['Korean', ['네트워크/서버리스 ETL.md'], { '네트워크/서버리스 ETL.md': '서버리스-etl' }],
    ['an NFD file name, slugged NFC (keyed by the path as given)', ['\u1112\u1161\u11AB\u1100\u1173\u11AF.md'], { '\u1112\u1161\u11AB\u1100\u1173\u11AF.md': '\uD55C\uAE00' }],
    ['a .MD extension', ['Notes/README.MD'], { 'Notes/README.MD': 'readme' }],
    ['spaces and capitals', ['Networking/Route 53/Route 53.md'], { 'Networking/Route 53/Route 53.md': 'route-53' }],
    ['# ? % stripped', ['Languages/C# & F#?.md'], { 'Languages/C# & F#?.md': 'c-&-f' }],
    [
      'several unique names side by side',
      ['a/one.md', 'b/two.md', 'three.md'],
      { 'a/one.md': 'one', 'b/two.md': 'two', 'three.md': 'three' },
    ],
  ])('%s', (_case, files, expected) => {
    expect(slugsOf(files)).toEqual(expected);
  });
});

/** Thirty folders, each with a README.md, as in one of the public vaults. */
const THIRTY_READMES: Record<string, string> = {
  'EC2/README.md': 'ec2~readme',
  'S3/README.md': 's3~readme',
  'RDS/README.md': 'rds~readme',
  'VPC/README.md': 'vpc~readme',
  'IAM/README.md': 'iam~readme',
  'Lambda/README.md': 'lambda~readme',
  'DynamoDB/README.md': 'dynamodb~readme',
  'CloudFront/README.md': 'cloudfront~readme',
  'Route 53/README.md': 'route-53~readme',
  'ELB/README.md': 'elb~readme',
  'EBS/README.md': 'ebs~readme',
  'EFS/README.md': 'efs~readme',
  'SQS/README.md': 'sqs~readme',
  'SNS/README.md': 'sns~readme',
  'Kinesis/README.md': 'kinesis~readme',
  'Glue/README.md': 'glue~readme',
  'Athena/README.md': 'athena~readme',
  'Redshift/README.md': 'redshift~readme',
  'EMR/README.md': 'emr~readme',
  'KMS/README.md': 'kms~readme',
  'CloudWatch/README.md': 'cloudwatch~readme',
  'CloudTrail/README.md': 'cloudtrail~readme',
  'Config/README.md': 'config~readme',
  'Organizations/README.md': 'organizations~readme',
  'ECS/README.md': 'ecs~readme',
  'EKS/README.md': 'eks~readme',
  'Step Functions/README.md': 'step-functions~readme',
  'API Gateway/README.md': 'api-gateway~readme',
  'Cognito/README.md': 'cognito~readme',
  '1. Security/README.md': '1-security~readme',
};

describe('noteSlugs: notes that share a name take as many folders as tell them apart', () => {
  it('thirty README.md in thirty folders are `<folder>~readme`', () => {
    expect(slugsOf(Object.keys(THIRTY_READMES))).toEqual(THIRTY_READMES);
  });

  it.each([
    ['two folders', ['ec2/README.md', 's3/README.md'], { 'ec2/README.md': 'ec2~readme', 's3/README.md': 's3~readme' }],
    [
      'the same folder name in two places takes one more folder',
      ['a/x/README.md', 'b/x/README.md'],
      { 'a/x/README.md': 'a~x~readme', 'b/x/README.md': 'b~x~readme' },
    ],
    [
      'only the clashing ones go deeper',
      ['a/x/README.md', 'b/x/README.md', 'c/README.md'],
      { 'a/x/README.md': 'a~x~readme', 'b/x/README.md': 'b~x~readme', 'c/README.md': 'c~readme' },
    ],
    [
      'a shallower path that is the tail of a deeper one keeps all its folders',
      ['x/README.md', 'a/x/README.md'],
      { 'x/README.md': 'x~readme', 'a/x/README.md': 'a~x~readme' },
    ],
    ['a root README next to a folder one', ['README.md', 'docs/README.md'], { 'README.md': 'readme', 'docs/README.md': 'docs~readme' }],
    [
      'names equal after case folding and .MD share a name',
      ['Guide/readme.md', 'Notes/README.MD'],
      { 'Guide/readme.md': 'guide~readme', 'Notes/README.MD': 'notes~readme' },
    ],
    [
      'folder names are slugged too (spaces, Korean, NFD)',
      ['네트워크 기초/개요.md', '\u1107\u1169\u110b\u1161\u11ab/\u1100\u1162\u110b\u116d.md'],
      { '네트워크 기초/개요.md': '네트워크-기초~개요', '\u1107\u1169\u110b\u1161\u11ab/\u1100\u1162\u110b\u116d.md': '보안~개요' },
    ],
    [
      'names that differ only in removed characters, in different folders',
      ['a/C# vs F#.md', 'b/C vs F.md'],
      { 'a/C# vs F#.md': 'a~c-vs-f', 'b/C vs F.md': 'b~c-vs-f' },
    ],
  ])('%s', (_case, files, expected) => {
    expect(slugsOf(files)).toEqual(expected);
  });
});

describe('noteSlugs: what is left the same is numbered in path order', () => {
  it.each([
    // ' ' (0x20) sorts before '#' (0x23): `C vs F.md` comes first and keeps the slug.
    ['C# vs F#.md and C vs F.md', ['C# vs F#.md', 'C vs F.md'], { 'C vs F.md': 'c-vs-f', 'C# vs F#.md': 'c-vs-f-2' }],
    ['a b.md and a-b.md', ['a-b.md', 'a b.md'], { 'a b.md': 'a-b', 'a-b.md': 'a-b-2' }],
    [
      'three names alike',
      ['what?.md', 'what.md', 'what%.md'],
      { 'what%.md': 'what', 'what.md': 'what-2', 'what?.md': 'what-3' },
    ],
    [
      'same folder, names alike: the folder does not tell them apart',
      ['x/C.md', 'x/C#.md'],
      // '#' (0x23) sorts before '.' (0x2e).
      { 'x/C#.md': 'x~c', 'x/C.md': 'x~c-2' },
    ],
    [
      'folders alike after slugging',
      ['C/README.md', 'C#/README.md'],
      // '#' (0x23) sorts before '/' (0x2f).
      { 'C#/README.md': 'c~readme', 'C/README.md': 'c~readme-2' },
    ],
    [
      'a note whose own unique name looks numbered keeps it; the numbered one skips it',
      ['C vs F.md', 'C# vs F#.md', 'c-vs-f-2.md'],
      { 'C vs F.md': 'c-vs-f', 'C# vs F#.md': 'c-vs-f-3', 'c-vs-f-2.md': 'c-vs-f-2' },
    ],
  ])('%s', (_case, files, expected) => {
    expect(slugsOf(files)).toEqual(expected);
  });
});

describe('noteSlugs: distinct, and independent of the order of its input', () => {
  const vault = [
    ...Object.keys(THIRTY_READMES),
    'a/x/README.md',
    'b/x/README.md',
    'README.md',
    'C# vs F#.md',
    'C vs F.md',
    'Analytics/etl-glue.md',
    '\u1112\u1161\u11AB\u1100\u1173\u11AF.md',
    'Networking/Route 53/Route 53.md',
    'a b.md',
    'a-b.md',
  ];
  const expected: Record<string, string> = {
    ...THIRTY_READMES,
    'a/x/README.md': 'a~x~readme',
    'b/x/README.md': 'b~x~readme',
    'README.md': 'readme',
    'C vs F.md': 'c-vs-f',
    'C# vs F#.md': 'c-vs-f-2',
    'Analytics/etl-glue.md': 'etl-glue',
    '\u1112\u1161\u11AB\u1100\u1173\u11AF.md': '\uD55C\uAE00',
    'Networking/Route 53/Route 53.md': 'route-53',
    'a b.md': 'a-b',
    'a-b.md': 'a-b-2',
  };

  it.each([
    ['as listed', vault],
    ['reversed', [...vault].reverse()],
    ['sorted', [...vault].sort()],
    ['interleaved', [...vault.filter((_, index) => index % 2 === 1), ...vault.filter((_, index) => index % 2 === 0)]],
  ])('gives the same slugs %s', (_case, files) => {
    expect(slugsOf(files)).toEqual(expected);
  });

  it('gives every note a slug, all of them distinct', () => {
    const slugs = [...noteSlugs(vault).values()];
    expect(slugs).toHaveLength(vault.length);
    expect(new Set(slugs).size).toBe(vault.length);
  });
});
