import { describe, expect, it } from 'vitest';
import { editNote, generateVault, meanBytes, recombine, seeded, splitNote, type SourceNote } from '@/scripts/bench-build/vault';

/* Benchmark vaults recombine real-format notes section by section (scripts/bench-build/vault.ts). */

const KOREAN = `---

title: glue-etl.md
created: 2025-08-17
modified: 2025-08-17
tags:
- service/glue
  - constraint/serverless  
aliases: ["glue-etl", "서버리스 ETL"]

---

# Glue ETL - 최소 운영

## 🎯 핵심 포인트
Glue를 쓴다.

## 📝 설명

### 아키텍처 플로우

\`\`\`
S3
 ↓
## not a heading inside a fence? (the splitter does not know fences; real notes have none)
\`\`\`

## 🔍 주요개념

- **Glue**: 관리형

## 📝 관련 문제

**Question:** Which one?

**정답: A) Glue**

## 🔧 해결 방법

끝.
`;

const ENGLISH = `---
title: kinesis
tags:
- service/kinesis
---
# Kinesis fan-out
## Key Point
Use enhanced fan-out.
## Explanation
Why.
## Key Concepts
Shards.
## Practice Question
**Question:** Which?
`;

describe('splitNote', () => {
  it('reads the display title, tags (indented, trailing spaces), aliases and the four sections of a Korean note', () => {
    const note = splitNote('Glue-ETL.md', KOREAN.replace('## not a heading inside a fence? (the splitter does not know fences; real notes have none)\n', ''));
    expect(note.name).toBe('glue-etl');
    expect(note.h1).toBe('Glue ETL - 최소 운영');
    expect(note.tags).toEqual(['service/glue', 'constraint/serverless']);
    expect(note.aliases).toBe('aliases: ["glue-etl", "서버리스 ETL"]');
    expect(note.sections.keyPoint).toBe('## 🎯 핵심 포인트\nGlue를 쓴다.');
    expect(note.sections.explanation).toBe('## 📝 설명\n\n### 아키텍처 플로우\n\n```\nS3\n ↓\n```');
    expect(note.sections.concepts).toBe('## 🔍 주요개념\n\n- **Glue**: 관리형');
    // The question keeps what follows it, extra H2 included.
    expect(note.sections.question).toBe('## 📝 관련 문제\n\n**Question:** Which one?\n\n**정답: A) Glue**\n\n## 🔧 해결 방법\n\n끝.');
  });

  it('recognises English headings by their words', () => {
    const note = splitNote('kinesis.md', ENGLISH);
    expect(note.h1).toBe('Kinesis fan-out');
    expect(note.aliases).toBeNull();
    expect(note.sections).toEqual({
      keyPoint: '## Key Point\nUse enhanced fan-out.',
      explanation: '## Explanation\nWhy.',
      concepts: '## Key Concepts\nShards.',
      question: '## Practice Question\n**Question:** Which?',
    });
  });
});

/** Four sources whose every section names its source, so a note shows where each part came from. */
const SOURCES: SourceNote[] = ['a', 'b', 'c', 'd'].map((name) => ({
  name,
  h1: `Title ${name}`,
  tags: [`service/${name}`, 'constraint/serverless'],
  aliases: `aliases: ["${name}"]`,
  sections: {
    keyPoint: `## 🎯 핵심 포인트\nkey-${name}`,
    explanation: `## 📝 설명\nexplain-${name}`,
    concepts: `## 🔍 주요개념\nconcept-${name}`,
    question: `## 📝 관련 문제\nquestion-${name}`,
  },
}));

describe('recombine', () => {
  it.each([0, 1, 7, 123, 9999])('note %d takes each section from a different source, in order', (index) => {
    const { slug, text } = recombine(SOURCES, index);
    const from = (kind: string) => new RegExp(`${kind}-([a-d])`).exec(text)?.[1];
    const picked = ['key', 'explain', 'concept', 'question'].map(from);
    expect(new Set(picked).size).toBe(4);
    expect(text.indexOf('key-')).toBeLessThan(text.indexOf('explain-'));
    expect(text.indexOf('explain-')).toBeLessThan(text.indexOf('concept-'));
    expect(text.indexOf('concept-')).toBeLessThan(text.indexOf('question-'));
    // The slug, title and aliases follow the question's source.
    expect(slug).toBe(`${picked[3]}-${String(index).padStart(5, '0')}`);
    expect(text).toContain(`\ntitle: ${slug}\n`);
    expect(text).toContain(`\n# Title ${picked[3]} (${index})\n`);
    expect(text).toContain(`\naliases: ["${picked[3]}"]\n`);
  });

  it('dates notes within two years from 2024-01-01, modified on or after created', () => {
    for (let index = 0; index < 200; index += 1) {
      const { text } = recombine(SOURCES, index);
      const created = /\ncreated: (\d{4}-\d{2}-\d{2})\n/.exec(text)?.[1] ?? '';
      const modified = /\nmodified: (\d{4}-\d{2}-\d{2})\n/.exec(text)?.[1] ?? '';
      expect(created >= '2024-01-01' && created <= '2025-12-30').toBe(true);
      expect(modified >= created).toBe(true);
    }
  });

  it("tags a note with its question source's tags and one or two from the others, no repeats, at most six", () => {
    for (let index = 0; index < 50; index += 1) {
      const { text } = recombine(SOURCES, index);
      const tags = [...text.matchAll(/^- (.+)$/gm)].map((match) => match[1]);
      const source = /question-([a-d])/.exec(text)?.[1];
      expect(tags.slice(0, 2)).toEqual([`service/${source}`, 'constraint/serverless']);
      expect(new Set(tags).size).toBe(tags.length);
      // An extra tag can repeat constraint/serverless, which every source carries.
      expect(tags.length).toBeGreaterThanOrEqual(2);
      expect(tags.length).toBeLessThanOrEqual(4);
      expect(tags.every((tag) => /^(service\/[a-d]|constraint\/serverless)$/.test(tag ?? ''))).toBe(true);
    }
  });

  it('is the same note every time for the same index, and a new slug for each index', () => {
    expect(recombine(SOURCES, 42)).toEqual(recombine(SOURCES, 42));
    expect(new Set(generateVault(SOURCES, 500).map((note) => note.slug)).size).toBe(500);
  });

  it('reuses sources when there are fewer than four', () => {
    const { text } = recombine(SOURCES.slice(0, 1), 3);
    expect(text).toContain('key-a');
    expect(text).toContain('question-a');
  });
});

describe('seeded', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const first = seeded(7);
    const again = seeded(7);
    const values = Array.from({ length: 100 }, () => first());
    expect(Array.from({ length: 100 }, () => again())).toEqual(values);
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('editNote', () => {
  it.each<[string, string, string]>([
    ['at the end of the first section', '# T\n\n## A\n\none\n\n## B\n\ntwo\n', '# T\n\n## A\n\none\n\nNEW.\n\n## B\n\ntwo\n'],
    ['after a heading with no blank line', '## A\none\n## B\n', '## A\none\nNEW.\n\n## B\n'],
    ['at the end when there is one section', '## A\n\none\n\n', '## A\n\none\n\nNEW.\n'],
  ])('adds the sentence %s', (_, text, expected) => {
    expect(editNote(text, 'NEW.')).toBe(expected);
  });
});

describe('meanBytes', () => {
  it.each<[string[], number]>([
    [[], 0],
    [['abcd', 'ab'], 3],
    [['가'], 3],
  ])('mean of %j is %d bytes', (texts, expected) => {
    expect(meanBytes(texts.map((text, at) => ({ slug: String(at), text })))).toBe(expected);
  });
});
