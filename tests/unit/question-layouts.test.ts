import { describe, expect, it } from 'vitest';
import { splitSlots } from '@/lib/content/question/slots';
import type { Question } from '@/lib/content/schema';
import { lineContaining, parseText, parsedNote } from './helpers';

/*
 * Questions in every layout students write (NOTE-FORMAT.md §6), many to a note. Each row
 * is a note as a student might write it and what a reader must make of it, written out by
 * hand: stem, option letters, answers, which options are explained, and general notes.
 */

type Expected = { stem: string; letters: string; answers: string; explained: string; notes?: number; translated?: boolean };

function summary(question: Question): Expected {
  return {
    stem: question.stem,
    letters: question.options.map((option) => option.letter).join(''),
    answers: question.answers.join(''),
    explained: Object.keys(question.explanations).sort().join(''),
    notes: question.notes.length,
    translated: Boolean(question.translationHtml),
  };
}

const Q_BLOCK = `### Q7. A company stores logs in S3. Which solution meets these requirements? (Select TWO)

**한글 번역:** 한 회사가 S3에 로그를 저장한다. 요구 사항을 충족하는 방법은? (2개 선택)

**Options:**
- A) Use S3 Object Lock → S3 객체 잠금 사용
- B) Use S3 Versioning only
- C) Use S3 Glacier Vault Lock
- D) Use EBS snapshots

**Answer:** A, C

**해설:**
**(A) 정답** : 객체를 덮어쓸 수 없다.
**(B)** : 버전만으로는 삭제를 막지 못한다.
**(C) 정답** : 볼트 잠금이 정책을 고정한다.
**(D)** : 로그 저장소가 아니다.
**핵심 개념:** S3 Object Lock

---
`;

const Q_BLOCK_KOREAN_LABELS = `### Q8. Which service is serverless?

**선지:**
- A) Amazon EC2
- B) AWS Lambda
- C) Amazon EMR

**정답:** B

**선지별 해설:**
- **A) EC2:** 서버를 직접 관리한다.
- **B) Lambda (정답):** 서버가 없다.
- **C) EMR:** 클러스터를 관리한다.
`;

const ONE_PER_NOTE = `한 회사가 CodeDeploy로 배포한다. 어떻게 해야 하는가?

**A.** 한꺼번에 배포한다.
**B.** 절반씩 배포한다.
**C.** 수동으로 배포한다.

# 해설

정답: B

해설: 절반이 계속 요청을 받는다.

오답 이유:

A. 배포 중 처리 용량이 없다.

C. 자동화가 아니다.
`;

const ROWS: [layout: string, markdown: string, expected: Expected[]][] = [
  [
    'Q-block: ### Q, **Options:**, → translations, **Answer:**, **(A) 정답** : lines, **핵심 개념:**',
    Q_BLOCK,
    [{ stem: 'A company stores logs in S3. Which solution meets these requirements? (Select TWO)', letters: 'ABCD', answers: 'AC', explained: 'ABCD', notes: 0, translated: true }],
  ],
  ['Q-block with Korean labels and - **A) …:** items', Q_BLOCK_KOREAN_LABELS, [{ stem: 'Which service is serverless?', letters: 'ABC', answers: 'B', explained: 'ABC', notes: 0, translated: false }]],
  ['one question per note: **A.** options, # 해설, 정답: B, 오답 이유: with A. paragraphs', ONE_PER_NOTE, [{ stem: '한 회사가 CodeDeploy로 배포한다. 어떻게 해야 하는가?', letters: 'ABC', answers: 'B', explained: 'AC', notes: 1, translated: false }]],
  [
    'A. options and a bold numbered opener',
    '**Q3.** Which is a queue?\n\nA. Amazon SQS\nB. Amazon SNS\n\n**Answer:** A\n',
    [{ stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false }],
  ],
  ['(A) options', 'Which is a queue?\n\n(A) Amazon SQS\n(B) Amazon SNS\n\n정답: A\n', [{ stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false }]],
  ['a) options, lower case, and the answer too', 'Which are queues?\n\na) Amazon SQS\nb) Amazon SNS\nc) Amazon MQ\n\nAnswer: a, c\n', [{ stem: 'Which are queues?', letters: 'ABC', answers: 'AC', explained: '', notes: 0, translated: false }]],
  ['a) options, lower case', 'Which is a queue?\n\na) Amazon SQS\nb) Amazon SNS\n\nAnswer: A\n', [{ stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false }]],
  ['the answer as text: 정답: B) SNS', 'Which sends email?\n\n- A) Amazon SQS\n- B) Amazon SNS\n\n**정답: B) Amazon SNS**\n', [{ stem: 'Which sends email?', letters: 'AB', answers: 'B', explained: '', notes: 0, translated: false }]],
  [
    'the answer in a folded callout, with explanations inside',
    'Which is a queue?\n\n- A) Amazon SQS\n- B) Amazon SNS\n\n> [!answer]- 정답\n> A\n>\n> - **B) SNS:** 주제에 발행한다.\n',
    [{ stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: 'B', notes: 0, translated: false }],
  ],
  [
    'the answer in a one-line <details>',
    'Which is a queue?\n\n- A) Amazon SQS\n- B) Amazon SNS\n\n<details><summary>정답</summary>A</details>\n',
    [{ stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false }],
  ],
  [
    'the answer in a <details> block with markdown inside',
    'Which is a queue?\n\n- A) Amazon SQS\n- B) Amazon SNS\n\n<details>\n<summary>Show answer</summary>\n\n**Answer:** A\n\n- **B) SNS:** pub/sub, not a queue\n\n</details>\n',
    [{ stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: 'B', notes: 0, translated: false }],
  ],
  [
    'select two from "Choose two" and from (2개 선택)',
    '### Q1. Pick the queues. Choose two.\n\n- A) SQS\n- B) SNS\n- C) Amazon MQ\n\n**Answer:** A, C\n\n### Q2. 큐를 고르시오. (2개 선택)\n\n- A) SQS\n- B) SNS\n- C) Amazon MQ\n\n**정답:** A, C\n',
    [
      { stem: 'Pick the queues. Choose two.', letters: 'ABC', answers: 'AC', explained: '', notes: 0, translated: false },
      { stem: '큐를 고르시오. (2개 선택)', letters: 'ABC', answers: 'AC', explained: '', notes: 0, translated: false },
    ],
  ],
  ['several answers with no marker: the answer line decides', 'Pick the queues.\n\n- A) SQS\n- B) SNS\n- C) Amazon MQ\n\nAnswer: A, C\n', [{ stem: 'Pick the queues.', letters: 'ABC', answers: 'AC', explained: '', notes: 0, translated: false }]],
  [
    'an H2 that is the question',
    '## Q4. Which stores objects?\n\n- A) Amazon S3\n- B) Amazon EBS\n\n**Answer:** A\n',
    [{ stem: 'Which stores objects?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false }],
  ],
  [
    'a question in a [!question] callout, its answer in a nested folded callout',
    '> [!question] Q5. Which stores objects?\n> - A) Amazon S3\n> - B) Amazon EBS\n>\n> > [!success]- Answer\n> > A\n',
    [{ stem: 'Which stores objects?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false }],
  ],
  [
    'a [!question] callout with no title, the stem in its body',
    '> [!question]\n> Which stores objects?\n>\n> A. Amazon S3\n> B. Amazon EBS\n>\n> **정답:** B\n',
    [{ stem: 'Which stores objects?', letters: 'AB', answers: 'B', explained: '', notes: 0, translated: false }],
  ],
  [
    'Q-blocks, then the same blocks with no rule between them',
    `${Q_BLOCK}\n${Q_BLOCK_KOREAN_LABELS}`,
    [
      { stem: 'A company stores logs in S3. Which solution meets these requirements? (Select TWO)', letters: 'ABCD', answers: 'AC', explained: 'ABCD', notes: 0, translated: true },
      { stem: 'Which service is serverless?', letters: 'ABC', answers: 'B', explained: 'ABC', notes: 0, translated: false },
    ],
  ],
  [
    'questions with no mark, one after another, each after a rule',
    'Which is a queue?\n\n- A) SQS\n- B) SNS\n\n정답: A\n\n---\n\nWhich is a topic?\n\n- A) SQS\n- B) SNS\n\n정답: B\n',
    [
      { stem: 'Which is a queue?', letters: 'AB', answers: 'A', explained: '', notes: 0, translated: false },
      { stem: 'Which is a topic?', letters: 'AB', answers: 'B', explained: '', notes: 0, translated: false },
    ],
  ],
];

describe('every layout, many questions to a note', () => {
  it.each(ROWS)('%s', (_layout, markdown, expected) => {
    const { note, problems } = parseText(markdown);
    expect(problems.filter((problem) => problem.kind !== 'unanswered-question')).toEqual([]);
    expect(note?.questions.map(summary)).toEqual(expected);
  });

  it('puts each question where it was written, between the note\'s own text', () => {
    const note = parsedNote(`# T\n\nIntro.\n\n${Q_BLOCK}\nBetween.\n\n${Q_BLOCK_KOREAN_LABELS}\n## After\n\nEnd.\n`);
    const parts = note.sections.flatMap((section) => splitSlots(section.html));
    expect(parts.map((part) => (part.kind === 'html' ? part.html.replace(/<[^>]+>/g, '').trim() : `Q${part.index}`))).toEqual(['Intro.', 'Q0', 'Between.', 'Q1', 'End.']);
    // Text after the answer belongs to the question, and shows once it is graded.
    expect(note.questions[0]?.afterHtml).toContain('핵심 개념');
    expect(note.questions[1]?.stem).toBe('Which service is serverless?');
  });

  it('heads a section whose H2 is a question by its number alone', () => {
    const note = parsedNote('## Q4. Which stores objects?\n\n- A) Amazon S3\n- B) Amazon EBS\n\n**Answer:** A\n');
    expect(note.sections.map((section) => section.heading)).toEqual(['Q4']);
  });

  it('does not take an explanation heading (# 해설) for the note\'s title', () => {
    expect(parsedNote(ONE_PER_NOTE, 'CodeDeploy 문제.md').title).toBe('CodeDeploy 문제');
  });
});

describe('explanations go to the option they name', () => {
  it.each([
    ['**(B) 정답** : paragraph', '**해설:**\n**(A)** : no A\n**(B) 정답** : yes B', { A: 'no A', B: 'yes B' }],
    ['- **A) label (정답):** item', '- **A) SQS (정답):** yes A\n- **B) SNS:** no B', { A: 'yes A', B: 'no B' }],
    ['A. paragraph after 오답 이유:', '오답 이유:\n\nB. no B', { B: 'no B' }],
    ['(B) plain line', '**해설:**\n(B) no B', { B: 'no B' }],
    ['- **Option B** - template-style item', '💡 추가 설명:\n\n- **Option B** - no B', { B: 'no B' }],
  ])('%s', (_form, explanation, expected) => {
    const [question] = parsedNote(`Which is a queue?\n\n- A) SQS\n- B) SNS\n\n**Answer:** A\n\n${explanation}\n`).questions;
    const text = Object.fromEntries(Object.entries(question?.explanations ?? {}).map(([letter, html]) => [letter, html.replace(/<[^>]+>/g, '').trim()]));
    expect(text).toEqual(expected);
  });

  it('keeps text that names no option as a general note, and the rest for after grading', () => {
    const [question] = parsedNote('Which is a queue?\n\n- A) SQS\n- B) SNS\n\n정답: A\n\n해설: 큐는 메시지를 쌓아 둔다.\n\n**핵심 개념:** SQS\n').questions;
    expect(question?.notes).toEqual(['<p>큐는 메시지를 쌓아 둔다.</p>']);
    expect(question?.afterHtml).toBe('<p><strong>핵심 개념:</strong> SQS</p>');
    expect(question?.explanations).toEqual({});
  });
});

describe('translations are kept apart from the stem and the options', () => {
  it('reads the stem\'s **한글 번역:** and an option\'s → 번역', () => {
    const [question] = parsedNote(Q_BLOCK).questions;
    expect(question?.stemHtml).not.toContain('한글');
    expect(question?.translationHtml).toBe('<p>한 회사가 S3에 로그를 저장한다. 요구 사항을 충족하는 방법은? (2개 선택)</p>');
    expect(question?.options[0]).toMatchObject({ text: 'Use S3 Object Lock', html: 'Use S3 Object Lock', translationHtml: 'S3 객체 잠금 사용' });
    expect(question?.options[1]).not.toHaveProperty('translationHtml');
  });

  it.each([
    ['an English arrow', '- A) Send S3 → Lambda events', 'Send S3 → Lambda events'],
    ['a Korean option with an arrow', '- A) 로그 → 버킷으로 보낸다', '로그 → 버킷으로 보낸다'],
  ])('leaves %s alone', (_case, option, text) => {
    const [question] = parsedNote(`Which?\n\n${option}\n- B) other\n\n정답: A\n`).questions;
    expect(question?.options[0]).toEqual({ letter: 'A', text, html: text.replace('→', '→') });
  });
});

describe('never guess', () => {
  it.each([
    ['a callout of another kind with a lettered list', '> [!tip] 외우기\n> 비교:\n> - A) 첫째\n> - B) 둘째\n', 0],
    ['a lettered list with no stem', '## 목록\n\n- A) 첫째\n- B) 둘째\n', 0],
    ['one lettered line in prose', 'A. Smith wrote the paper.\n\nIt was good.\n', 0],
    ['a numbered heading with no options', '### Q1. What is S3?\n\nObject storage.\n\n**Answer:** it stores objects\n', 0],
  ])('%s is text, and no question, with no warning', (_case, markdown, count) => {
    const { note, problems } = parseText(markdown);
    expect(note?.questions).toHaveLength(count);
    expect(problems).toEqual([]);
  });

  it.each([
    ['an answer letter with no such option', '### Q1. Which?\n\n- A) one\n- B) two\n\n**Answer:** E\n', '**Answer:** E', /answer E is not one of the options \(A, B\)/],
    ['an answer line with no letter', '### Q1. Which?\n\n- A) one\n- B) two\n\n**Answer:** the first one\n', '**Answer:**', /names no option letter/],
    ['an answer in words that start with a lone letter', '### Q1. Which?\n\na) one\nb) two\n\n**Answer:** a queue, not a topic\n', '**Answer:**', /names no option letter/],
    ['an explanation for a letter that does not exist', '### Q1. Which?\n\n- A) one\n- B) two\n\n**Answer:** A\n\n**해설:**\n**(C)** : 없는 보기\n', '**(C)**', /names an option the question does not have/],
  ])('%s is a warning on its line; the question is shown as written and never graded', (_case, markdown, lineText, message) => {
    const text = `# T\n\nBefore.\n\n${markdown}\nAfter.\n`;
    const { note, problems } = parseText(text);
    expect(problems).toEqual([{ file: 'test-note.md', line: lineContaining(text, lineText), severity: 'warning', message: expect.stringMatching(message) }]);
    expect(note?.questions).toEqual([]);
    const html = note?.sections.map((section) => section.html).join('') ?? '';
    expect(html).toContain('Which?');
    expect(html).toContain('Before.');
    expect(html).toContain('After.');
  });
});

describe('a sheet of questions without answers', () => {
  const SHEET = '# Sheet\n\n### Q1. First?\n- A) one\n- B) two\n\n### Q2. Second?\n- A) one\n- B) two\n\n### Q3. Third?\n- A) one\n- B) two\n';

  it('is shown as written, counted, never graded, and told once with its count', () => {
    const { note, problems } = parseText(SHEET);
    expect(note?.questions).toEqual([]);
    expect(note?.unansweredQuestions).toBe(3);
    expect(note?.sections[0]?.html).toContain('First?');
    expect(problems).toEqual([
      { file: 'test-note.md', line: lineContaining(SHEET, 'Q1.'), severity: 'warning', kind: 'unanswered-question', message: expect.stringMatching(/^3 questions have lettered options but no answer \(a question sheet\)/) },
    ]);
  });

  it('among answered questions, names each unanswered one with its line', () => {
    const text = '### Q1. First?\n- A) one\n- B) two\n\n**Answer:** A\n\n### Q2. Second?\n- A) one\n- B) two\n';
    const { note, problems } = parseText(text);
    expect(note?.questions.map((question) => question.stem)).toEqual(['First?']);
    expect(note?.unansweredQuestions).toBe(1);
    expect(problems).toEqual([{ file: 'test-note.md', line: lineContaining(text, 'Q2.'), severity: 'warning', kind: 'unanswered-question', message: expect.stringMatching(/no readable answer/) }]);
  });
});

describe('a 문제 section outside the template', () => {
  it('is read as any other layout: an unreadable question is a warning, never an error that stops the build', () => {
    const text = '# 모음\n\n## 문제\n\n**Question:** Which one?\n\n- A) one\n- B) two\n\n**Question:** And this?\n\n- A) one\n- B) two\n\n**Answer:** C\n';
    const { note, problems } = parseText(text);
    expect(note?.questions).toEqual([]);
    expect(problems.map((problem) => [problem.line, problem.severity]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [lineContaining(text, '**Question:** Which'), 'warning'],
      [lineContaining(text, '**Answer:** C'), 'warning'],
    ]);
  });
});
