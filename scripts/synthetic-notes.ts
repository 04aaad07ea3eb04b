/*
 * Synthetic notes in the real vault format, for benchmarks: Korean prose, an architecture
 * flow, trade-offs, key concepts and one English question (every fifth multi-answer), or
 * several, as a note that collects a topic's exam questions has.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SERVICES = ['glue', 'athena', 'emr', 'kinesis', 'redshift', 'sagemaker', 'lambda', 's3', 'dynamodb', 'step-functions'];
const CONSTRAINTS = ['serverless', 'minimal-operations', 'cost-optimization', 'real-time', 'high-availability'];
const LETTERS = ['A', 'B', 'C', 'D', 'E'];

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** A question block in the vault format; `variant` tells apart several questions of one note (0 reads as a note's only question). */
function syntheticQuestion(index: number, variant: number): string {
  const service = pick(SERVICES, index);
  const other = pick(SERVICES, index + 3);
  const shift = index + variant;
  const multi = shift % 5 === 0;
  const answers = multi ? ['A', 'C'] : [pick(LETTERS, shift)];
  const which = variant === 0 ? `note ${index}` : `note ${index} question ${variant + 1}`;
  const options = LETTERS.map((letter, at) => `- ${letter}) Use ${pick(SERVICES, shift + at)} with option ${at + 1} for ${which}`);
  const explanations = LETTERS.filter((letter) => !answers.includes(letter)).map(
    (letter) => `- **Option ${letter} (${other})** - ${other}는 이 요구사항에 맞지 않으며 운영 부담이 늘어납니다 (${index}).`,
  );
  return `**Question:** A data team needs to process large volumes of records with ${service} and ${other} while minimising operational overhead${variant === 0 ? '' : ` (case ${variant + 1})`}. Which approach meets these requirements?${multi ? ' (Select TWO.)' : ''}

**Options:**

${options.join('\n')}

**정답: ${answers.map((letter) => `${letter})`).join(' & ')} synthetic answer**

💡 추가 설명:

${explanations.join('\n')}
`;
}

export function syntheticNote(index: number, questions = 1): string {
  const service = pick(SERVICES, index);
  const other = pick(SERVICES, index + 3);
  return `---

title: synthetic-${service}-${index}
created: 2025-08-${String((index % 28) + 1).padStart(2, '0')}
modified: 2025-09-01
tags:
- service/${service}
- service/${other}
- constraint/${pick(CONSTRAINTS, index)}
- usecase/etl-batch
- comparison/${service}-vs-${other}
aliases: ["${service}-${index}", "${service} 정리", "note-${index}"]

---

# ${service.toUpperCase()} 활용 노트 ${index} - 데이터 파이프라인 설계

## 🎯 핵심 포인트

${service}는 ${pick(CONSTRAINTS, index)} 요구사항에서 ${other}보다 적합한 선택이며, **운영 부담**을 크게 줄여준다.

## 📝 설명

### ${service}가 이 시나리오에 적합한 이유

${service}는 완전 관리형 서비스로 인프라 프로비저닝 없이 데이터를 처리할 수 있습니다. 대용량 데이터와 \`배치 처리\`에서 특히 유리합니다.

- **서버리스**: 클러스터 관리 불필요
- **자동 확장**: 워크로드에 따라 리소스 조정
- **사용량 기반 과금**: 실행 시간만큼 비용 지불

### 아키텍처 플로우

\`\`\`
Data Sources
      ↓
  ${service}
      ↓
  Amazon S3
      ↓
  ${other}
\`\`\`

### Trade-offs 고려사항

**${service} 장점**:
- 완전 관리형 서비스로 운영 부담 최소화
- 다양한 데이터 소스 지원

**${other} 단점**:
- **실행 시간 제한**: 장시간 작업에 부적합
- 복잡한 의존성 관리 필요

## 🔍 주요개념

### 핵심 비교

- **${service}**: 자동 코드 생성, 내장 커넥터 ✅
- **${other}**: 모든 로직을 직접 구현 ❌

## 📝 관련 문제

${Array.from({ length: questions }, (_, variant) => syntheticQuestion(index, variant)).join('\n')}`;
}

/** Writes `count` notes, each with `questions` questions, into a fresh folder and returns its path. */
export function writeSyntheticVault(dir: string, count: number, questions = 1): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index += 1) {
    writeFileSync(path.join(dir, `synthetic-${String(index).padStart(5, '0')}.md`), syntheticNote(index, questions));
  }
  return dir;
}
