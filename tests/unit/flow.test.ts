import { describe, expect, it } from 'vitest';
import { readFlows } from '@/lib/content/render/flow';

const labels = (code: string) => readFlows(code)?.map((flow) => ({ caption: flow.caption, direction: flow.direction, rows: flow.rows.map((row) => [row.linkLabel, ...row.boxes.map((box) => [box.label, ...box.detail].join(' | '))]) }));

describe('readFlows: simple arrow flows become diagrams', () => {
  it.each([
    [
      'one step a line with ↓ between, details under a step',
      'Custom Data Sources\n        ↓\n    AWS Glue\n  (ETL Job/Crawler)\n        ↓\n   Amazon S3\n',
      [{ caption: '', direction: 'vertical', rows: [['', 'Custom Data Sources'], ['', 'AWS Glue | (ETL Job/Crawler)'], ['', 'Amazon S3']] }],
    ],
    [
      'a row of bracketed boxes',
      '[고객 웹/앱] → [백엔드 API] → [SageMaker Endpoint] → [실시간 응답]',
      [{ caption: '', direction: 'horizontal', rows: [['', '고객 웹/앱', '백엔드 API', 'SageMaker Endpoint', '실시간 응답']] }],
    ],
    [
      'rows joined by ↓, with labels on the arrows and details in parentheses',
      'AWS Lambda (클라우드 개발)\n    ↓ 함수 정의 및 관리\nGreengrass 배포 그룹\n    ↓\n센서 데이터 → [Lambda A: 읽기] → [Lambda B: 처리]',
      [{ caption: '', direction: 'vertical', rows: [['', 'AWS Lambda | (클라우드 개발)'], ['함수 정의 및 관리', 'Greengrass 배포 그룹'], ['', '센서 데이터', 'Lambda A: 읽기', 'Lambda B: 처리']] }],
    ],
    [
      'captioned flows separated by a blank line',
      'Legacy:\nMapReduce → HDFS\n\nMigrated:\nMapReduce → EMRFS → Amazon S3',
      [
        { caption: 'Legacy', direction: 'horizontal', rows: [['', 'MapReduce', 'HDFS']] },
        { caption: 'Migrated', direction: 'horizontal', rows: [['', 'MapReduce', 'EMRFS', 'Amazon S3']] },
      ],
    ],
    ['ASCII arrows', 'S3 -> Glue -> Athena', [{ caption: '', direction: 'horizontal', rows: [['', 'S3', 'Glue', 'Athena']] }]],
  ])('%s', (_case, code, expected) => {
    expect(labels(code)).toEqual(expected);
  });

  it.each([
    ['box drawings', '┌──┐\n│ A │ → B\n└──┘'],
    ['branches', 'Sources\n    ↓\n    ├─ Amazon S3\n    └─ RDS'],
    ['arrows pointing back', 'Athena ← Analysts\n   ↓\nS3'],
    ['two-way arrows', 'A ↔ B'],
    ['side-by-side columns', 'Word2Vec\n    ↓           ↓\nSkip-gram    CBOW'],
    ['an arrow with no step before it', '↓\nGlue'],
    ['a dangling arrow', 'S3 → Glue →'],
    ['a numbered list', 'A → B\n\n1. Trust Policy\n2. Permission Policy'],
    ['python', 'def f(x):\n    return x'],
    ['a single step', 'AWS Glue'],
    ['a table drawn with pipes', 'a | b\n--|--'],
  ])('%s stay monospace', (_case, code) => {
    expect(readFlows(code)).toBeNull();
  });
});
