import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseNote, type ParsedNote } from '@/lib/content/parse-note';
import type { Note, Problem, Question } from '@/lib/content/schema';

export const FRONTMATTER = `---
title: test-note
created: 2025-08-17
modified: 2025-08-18
tags:
- service/glue
- constraint/serverless
aliases: ["glue-etl", "글루"]
---
`;

export const QUESTION = `**Question:** Which service runs serverless ETL with the least operational overhead?

**Options:**

- A) AWS Glue
- B) Amazon EMR
- C) Amazon EC2

**정답: A) AWS Glue**

💡 추가 설명:

- **Option B** - 클러스터를 관리해야 함
- **Option C** - 서버를 직접 운영해야 함
`;

export const BODY = `# 글루로 만드는 서버리스 ETL

## 🎯 핵심 포인트

운영 부담을 줄이려면 **AWS Glue**를 쓴다.

## 📝 설명

### Glue가 적합한 이유

완전 관리형입니다.

## 🔍 주요개념

- **Data Catalog**: 스키마 저장소

## 📝 관련 문제

${QUESTION}`;

export const VALID_NOTE = `${FRONTMATTER}\n${BODY}`;

/** A valid note whose question block is replaced. */
export function withQuestion(question: string): string {
  return `${FRONTMATTER}\n${BODY.replace(QUESTION, question)}`;
}

export function parseText(text: string, file = 'test-note.md'): ParsedNote {
  return parseNote(file, new TextEncoder().encode(text));
}

export function parsedNote(text: string, file?: string): Note {
  const { note, problems } = parseText(text, file);
  if (!note) throw new Error(`expected a note, got ${JSON.stringify(problems)}`);
  return note;
}

export function onlyQuestion(text: string): Question {
  const [question, ...others] = parsedNote(text).questions;
  if (!question || others.length > 0) throw new Error('expected exactly one question');
  return question;
}

export function messages(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.message}`);
}

/** 1-based line of the first line containing `needle`. */
export function lineContaining(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`no line contains ${needle}`);
  return index + 1;
}

/** Writes files (paths relative to `dir`, folders made as needed) and returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}
