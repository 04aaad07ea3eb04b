import { describe, expect, it } from 'vitest';
import { splitSlots } from '@/lib/content/question/slots';
import { BODY, FRONTMATTER, VALID_NOTE, lineContaining, onlyQuestion, parseText, parsedNote, withQuestion } from './helpers';

describe('a note in the seed format', () => {
  const note = parsedNote(VALID_NOTE, 'notes/Glue ETL.md');

  it('becomes a typed Note', () => {
    expect(note).toMatchObject({
      slug: 'glue-etl',
      file: 'notes/Glue ETL.md',
      id: 'test-note',
      title: '글루로 만드는 서버리스 ETL',
      created: '2025-08-17',
      modified: '2025-08-18',
      tags: ['service/glue', 'constraint/serverless'],
      aliases: ['glue-etl', '글루'],
      summary: '운영 부담을 줄이려면 AWS Glue를 쓴다.',
      keyTerms: ['Data Catalog'],
    });
  });

  it('splits the body into its sections, in order, by their words', () => {
    expect(note.sections.map((section) => [section.kind, section.heading])).toEqual([
      ['keyPoint', '🎯 핵심 포인트'],
      ['explanation', '📝 설명'],
      ['concepts', '🔍 주요개념'],
      ['question', '📝 관련 문제'],
    ]);
    expect(note.sections[0]?.html).toBe('<p>운영 부담을 줄이려면 <strong>AWS Glue</strong>를 쓴다.</p>');
    expect(note.sections[1]?.html).toContain('<h3>Glue가 적합한 이유</h3>');
  });

  it('keeps the question out of the section HTML, leaving only its place', () => {
    const questionSection = note.sections.find((section) => section.kind === 'question');
    expect(splitSlots(questionSection?.html ?? '')).toEqual([{ kind: 'question', index: 0 }]);
  });

  it('reads the question', () => {
    const [question] = note.questions;
    expect(question).toMatchObject({
      id: 'glue-etl--q1',
      stem: 'Which service runs serverless ETL with the least operational overhead?',
      stemHtml: '<p>Which service runs serverless ETL with the least operational overhead?</p>',
      options: [
        { letter: 'A', text: 'AWS Glue', html: 'AWS Glue' },
        { letter: 'B', text: 'Amazon EMR', html: 'Amazon EMR' },
        { letter: 'C', text: 'Amazon EC2', html: 'Amazon EC2' },
      ],
      answers: ['A'],
      selectCount: 1,
      explanations: { B: '<p>클러스터를 관리해야 함</p>', C: '<p>서버를 직접 운영해야 함</p>' },
      notes: [],
      afterHtml: '',
    });
  });

  it('reports nothing', () => {
    expect(parseText(VALID_NOTE).problems).toEqual([]);
  });
});

describe('body variants', () => {
  it('reads English section names and headings with no blank line after them', () => {
    const english = `${FRONTMATTER}# Title\n## Key Point\nPoint.\n## Explanation\nWhy.\n## Key Concepts\nWhat.\n## Practice Question\n${withQuestion('').split('## 📝 관련 문제')[0] === '' ? '' : ''}**Question:** Pick one.\n**Options:**\n- A) One\n- B) Two\n\n**정답: B) Two**\n\n💡 추가 설명:\n\n- **Option A** - no\n`;
    const note = parsedNote(english);
    expect(note.sections.map((section) => section.kind)).toEqual(['keyPoint', 'explanation', 'concepts', 'question']);
    expect(note.sections[0]?.html).toBe('<p>Point.</p>');
    expect(note.questions[0]).toMatchObject({ stem: 'Pick one.', answers: ['B'], options: [{ letter: 'A' }, { letter: 'B' }] });
  });

  it('renders extra H2 sections after the question as ordinary sections, in order', () => {
    const note = parsedNote(`${VALID_NOTE}\n## 🔧 해결 방법\n\n해결.\n\n## 🔑 핵심 학습 포인트\n\n학습.\n`);
    expect(note.sections.slice(4).map((section) => [section.kind, section.heading, section.html])).toEqual([
      ['other', '🔧 해결 방법', '<p>해결.</p>'],
      ['other', '🔑 핵심 학습 포인트', '<p>학습.</p>'],
    ]);
  });

  it('keeps text before the first section as an untitled section', () => {
    const note = parsedNote(`${FRONTMATTER}\n# Title\n\nIntro line.\n\n${BODY.split('\n').slice(2).join('\n')}`);
    expect(note.sections[0]).toEqual({ kind: 'other', heading: '', html: '<p>Intro line.</p>' });
  });

  it('uses the frontmatter title, with a warning, when there is no H1', () => {
    const text = `${FRONTMATTER}\n## 🎯 핵심 포인트\n\nPoint.\n`;
    const { note, problems } = parseText(text);
    expect(note?.title).toBe('test-note');
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/no `# title`/) })]);
  });

  it('draws simple flows as diagrams and keeps box drawings and python as code', () => {
    const note = parsedNote(VALID_NOTE.replace('완전 관리형입니다.', '```\nS3\n  ↓\nGlue\n(ETL Job)\n```\n\n```\n┌──┐\n│ A │\n└──┘\n```\n\n```python\nx = 1 + \\\n    2\n```'));
    const html = note.sections[1]?.html ?? '';
    expect(html).toContain(
      '<div class="flows"><figure class="flow flow-vertical"><ol class="flow-rows"><li class="flow-row"><ol class="flow-boxes"><li class="flow-box"><span class="flow-label">S3</span></li></ol></li><li class="flow-row"><ol class="flow-boxes"><li class="flow-box"><span class="flow-label">Glue</span><span class="flow-detail">(ETL Job)</span></li></ol></li></ol></figure></div>',
    );
    expect(html).toContain('<pre tabindex="0"><code>┌──┐\n│ A │\n└──┘\n</code></pre>');
    expect(html).toContain('<pre tabindex="0"><code class="language-python">x = 1 + \\\n    2\n</code>');
  });

  it('renders trade-off labels, hard breaks, marks and inline code', () => {
    const note = parsedNote(VALID_NOTE.replace('완전 관리형입니다.', '**Lambda Timeout 증가의 장점:**\n- 장점: 빠름  \n다음 줄 ✅ `code`\n- **15분 제한** ❌'));
    const html = note.sections[1]?.html ?? '';
    expect(html).toContain('<p class="tradeoff tradeoff-pro"><strong>Lambda Timeout 증가의 장점:</strong></p>');
    expect(html).toContain('장점: 빠름<br>\n다음 줄 ✅ <code>code</code>');
    expect(html).toContain('<strong>15분 제한</strong> ❌');
  });
});

describe('question block variants', () => {
  it('reads a stem on the line after **Question:**', () => {
    const question = onlyQuestion(withQuestion('**Question:**  \nA long stem\non two lines.\n\n**Options:**\n\n- A) One\n- B) Two\n\n**정답: A) One**\n\n💡 추가 설명:\n\n- **Option B** - 아님\n'));
    expect(question.stem).toBe('A long stem on two lines.');
    expect(question.stemHtml).toBe('<p>A long stem\non two lines.</p>');
  });

  it('reads a block with no blank lines at all', () => {
    const question = onlyQuestion(withQuestion('**Question:** Q?\n**Options:**\n- A) One\n- B) Two\n**정답: A) One**\n💡 추가 설명:\n- **Option B** - 아님\n'));
    expect(question).toMatchObject({ stem: 'Q?', answers: ['A'], explanations: { B: '<p>아님</p>' } });
    expect(question.options.map((option) => option.text)).toEqual(['One', 'Two']);
  });

  it('reads options with no blank line after **Options:** and trailing spaces', () => {
    const question = onlyQuestion(withQuestion('**Question:** Q?\n\n**Options:**\n- A) One  \n- B) Two  \n\n**정답: A**\n\n💡 추가 설명:\n\n- **Option B** - 아님\n'));
    expect(question.options.map((option) => [option.letter, option.text])).toEqual([['A', 'One'], ['B', 'Two']]);
  });

  it.each([
    ['(Select two.)', 'C, E', ['C', 'E'], 2],
    ['(SELECT TWO)', 'A) & C)', ['A', 'C'], 2],
    ['(CHOOSE TWO)', 'A) Amazon S3, C) Amazon EMR', ['A', 'C'], 2],
    ['(Select THREE.)', 'A, D, F) 불용어 제거, 소문자 정규화, 토큰화', ['A', 'D', 'F'], 3],
    ['(Select 2)', 'B, C) 250ms 소켓 연결 수락 & 포트 8080', ['B', 'C'], 2],
    ['', 'A, B) no marker at all', ['A', 'B'], 2],
    ['', 'E) None of the above', ['E'], 1],
  ])('marker %j with answer line %j', (marker, answerLine, answers, selectCount) => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F'];
    const wrong = letters.filter((letter) => !answers.includes(letter));
    const text = withQuestion(
      `**Question:** Which ones? ${marker}\n\n**Options:**\n\n${letters.map((l) => `- ${l}) Choice ${l}`).join('\n')}\n\n**정답: ${answerLine}**\n\n💡 추가 설명:\n\n${wrong.map((l) => `- **Option ${l}** - 아님`).join('\n')}\n`,
    );
    const { note, problems } = parseText(text);
    expect(problems).toEqual([]);
    expect(note?.questions[0]).toMatchObject({ answers, selectCount });
  });

  it('reads `**KEY**: text` explanations and keeps non-option items as notes', () => {
    const question = onlyQuestion(withQuestion('**Question:** Q?\n\n**Options:**\n\n- A) AWS Glue\n- B) Amazon EMR\n- C) Amazon EC2\n\n**정답: A**\n\n💡 추가 설명:\n\n- **Option B**: 관리 필요\n- **Option C:** 서버 운영\n- **핵심 통찰**: 서버리스가 답\n- 굵은 글씨 없는 항목\n'));
    expect(question.explanations).toEqual({ B: '<p>관리 필요</p>', C: '<p>서버 운영</p>' });
    expect(question.notes).toEqual(['<p><strong>핵심 통찰</strong>: 서버리스가 답</p>', '<p>굵은 글씨 없는 항목</p>']);
  });

  it('also explains the correct option when the note does', () => {
    const question = onlyQuestion(withQuestion(`${QUESTION_WITH('- **Option A** - 정답 이유\n- **Option B** - 아님\n- **Option C** - 아님')}`));
    expect(Object.keys(question.explanations)).toEqual(['A', 'B', 'C']);
  });

  it('keeps everything after the explanations as after-content', () => {
    const question = onlyQuestion(withQuestion(`${QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님')}\n---\n\n**실제 적절한 해결책들:**\n- 하나\n\n### 🚨 실무 고려사항\n\n주의.\n`));
    expect(question.afterHtml).toBe('<hr>\n<p><strong>실제 적절한 해결책들:</strong></p>\n<ul>\n<li>하나</li>\n</ul>\n<h3>🚨 실무 고려사항</h3>\n<p>주의.</p>');
  });

  it('drops a closing rule that separates nothing', () => {
    const question = onlyQuestion(withQuestion(`${QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님')}\n---\n`));
    expect(question.afterHtml).toBe('');
  });

  it('reads several questions, each with a position id', () => {
    const two = `${QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님')}\n${QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님').replace('Pick one?', 'Pick another?')}`;
    const note = parsedNote(withQuestion(two));
    expect(note.questions.map((question) => [question.id, question.stem])).toEqual([
      ['test-note--q1', 'Pick one?'],
      ['test-note--q2', 'Pick another?'],
    ]);
  });
});

function QUESTION_WITH(explanations: string): string {
  return `**Question:** Pick one?\n\n**Options:**\n\n- A) AWS Glue\n- B) Amazon EMR\n- C) Amazon EC2\n\n**정답: A) AWS Glue**\n\n💡 추가 설명:\n\n${explanations}\n`;
}

describe('question ids and fingerprints', () => {
  const base = onlyQuestion(VALID_NOTE);

  it.each([
    ['the stem changes', VALID_NOTE.replace('least operational overhead', 'lowest cost')],
    ['an option changes', VALID_NOTE.replace('- C) Amazon EC2', '- C) Amazon EC2 Spot')],
    ['the answer changes', VALID_NOTE.replace('**정답: A) AWS Glue**', '**정답: B) Amazon EMR**').replace('- **Option B** - 클러스터를 관리해야 함', '- **Option A** - 아님')],
  ])('the fingerprint changes when %s, the id does not', (_change, text) => {
    const edited = onlyQuestion(text);
    expect(edited.id).toBe(base.id);
    expect(edited.fingerprint).not.toBe(base.fingerprint);
  });

  it.each([
    ['an explanation changes', VALID_NOTE.replace('클러스터를 관리해야 함', '클러스터 운영 부담')],
    ['the key point changes', VALID_NOTE.replace('운영 부담을 줄이려면', '관리 부담을 줄이려면')],
    ['trailing spaces are added', VALID_NOTE.replace('- B) Amazon EMR', '- B) Amazon EMR  ')],
  ])('the fingerprint stays when %s', (_change, text) => {
    expect(onlyQuestion(text).fingerprint).toBe(base.fingerprint);
  });
});

describe('bad question blocks', () => {
  it.each([
    ['one option', '**Question:** Q?\n\n**Options:**\n\n- A) Only\n\n**정답: A) Only**\n', '- A) Only', /only one option/],
    ['no options', '**Question:** Q?\n\n**정답: A) Only**\n', '**Question:**', /no options/],
    ['no answer line', '**Question:** Q?\n\n**Options:**\n\n- A) One\n- B) Two\n', '**Question:**', /no answer line/],
    ['an answer line with no letter', '**Question:** Q?\n\n**Options:**\n\n- A) One\n- B) Two\n\n**정답: AWS Glue**\n', '**정답', /names no option letter/],
    ['answer letter G', '**Question:** Q?\n\n**Options:**\n\n- A) One\n- B) Two\n- C) 3\n- D) 4\n- E) 5\n- F) 6\n\n**정답: G) Seven**\n', '**정답', /answer G is not one of the options \(A, B, C, D, E, F\)/],
    ['a repeated option letter', '**Question:** Q?\n\n**Options:**\n\n- A) One\n- A) Two\n\n**정답: A**\n', '- A) Two', /option A is listed twice/],
  ])('%s is an error on its line; the note still loads', (_case, question, lineText, message) => {
    const text = withQuestion(question);
    const { note, problems } = parseText(text);
    expect(problems).toContainEqual({ file: 'test-note.md', line: lineContaining(text, lineText), severity: 'error', message: expect.stringMatching(message) });
    expect(note?.questions).toEqual([]);
    // The reader still sees the question as text.
    expect(note?.sections.find((section) => section.kind === 'question')?.html).toContain('Q?');
  });

  it.each([
    [
      'a wrong option with no explanation',
      QUESTION_WITH('- **Option B** - 아님'),
      '- C) Amazon EC2',
      /wrong option C has no explanation/,
    ],
    [
      'an explanation key that matches no option',
      QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님\n- **Option G** - 없는 보기'),
      '**Option G**',
      /"Option G" names option G, which the question does not have; kept as a general note/,
    ],
    [
      'a select marker that disagrees with the answer count',
      QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님').replace('Pick one?', 'Pick one? (Select two.)'),
      '**Question:**',
      /says select 2 but the answer line gives 1/,
    ],
    [
      'an option list item with no letter',
      QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님').replace('- C) Amazon EC2', '- C) Amazon EC2\n- Amazon S3'),
      '- Amazon S3',
      /no `A\)` letter/,
    ],
  ])('%s is a warning on its line', (_case, question, lineText, message) => {
    const text = withQuestion(question);
    const { note, problems } = parseText(text);
    expect(problems).toEqual([{ file: 'test-note.md', line: lineContaining(text, lineText), severity: 'warning', message: expect.stringMatching(message) }]);
    expect(note?.questions).toHaveLength(1);
  });

  it('keeps an unmatched explanation as a general note', () => {
    const question = onlyQuestion(withQuestion(QUESTION_WITH('- **Option B** - 아님\n- **Option C** - 아님\n- **Option G** - 없는 보기')));
    expect(question.notes).toEqual(['<p><strong>Option G</strong> - 없는 보기</p>']);
  });

  it('warns about a question section with no question in it', () => {
    const text = withQuestion('문제는 아직 없음.\n');
    const { problems } = parseText(text);
    expect(problems).toEqual([expect.objectContaining({ line: lineContaining(text, '## 📝 관련 문제'), severity: 'warning', message: expect.stringMatching(/holds no `\*\*Question:\*\*` block/) })]);
  });
});

describe('a note of any other shape', () => {
  const text = '#aws\n\n# VPC 정리\n\n리전 안의 **사설 네트워크**.\n\n## 서브넷\n\n퍼블릭과 프라이빗.\n\n### 라우팅\n\n%%숨긴 메모%%\n\n![[Other note]]\n';
  const note = parsedNote(text, 'Networking/VPC.md');

  it('is titled by its H1, tagged by its inline tags, summed up by its first paragraph with words', () => {
    expect(note).toMatchObject({ title: 'VPC 정리', tags: ['aws'], summary: '리전 안의 사설 네트워크.', id: '', aliases: [], created: null });
  });

  it('gives search its headings, bold terms and prose, and no comment', () => {
    // The title is indexed as the title, not again here.
    expect(note.keyTerms).toEqual(['사설 네트워크', '서브넷', '라우팅']);
    expect(note.bodyText).toBe('#aws 리전 안의 사설 네트워크. 서브넷 퍼블릭과 프라이빗. 라우팅 Other note');
  });

  it('lists its headings in reading order with the anchor each lands on', () => {
    expect(note.headings).toEqual([
      { depth: 1, text: 'VPC 정리', anchor: '' },
      { depth: 2, text: '서브넷', anchor: 'section-2' },
      { depth: 3, text: '라우팅', anchor: 'user-content-라우팅' },
    ]);
  });

  it('a template note keeps its search text as before: concepts only, no prose', () => {
    const template = parsedNote(VALID_NOTE);
    expect(template.bodyText).toBe('');
    expect(template.keyTerms).toEqual(['Data Catalog']);
  });

  it('a template note\'s H3 carries no id (bytes on the heaviest pages): a link to it lands on its section', () => {
    const template = parsedNote(VALID_NOTE);
    expect(template.headings).toContainEqual({ depth: 3, text: 'Glue가 적합한 이유', anchor: 'explanation' });
    expect(template.sections[1]?.html).not.toContain(' id=');
  });
});
