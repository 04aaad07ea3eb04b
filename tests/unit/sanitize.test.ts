import { describe, expect, it } from 'vitest';
import { FRONTMATTER, parsedNote } from './helpers';

const PAYLOADS = [
  ['a script element', '<script>alert(1)</script>'],
  ['an onerror handler', '<img src="x" onerror="alert(1)">'],
  ['an inline event on any tag', '<div onclick="alert(1)" onmouseover="alert(1)">x</div>'],
  ['a javascript: link', '[click](javascript:alert(1))'],
  ['an obfuscated javascript: link', '[click](JaVaScRiPt:alert(1))'],
  ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ['an svg with onload', '<svg onload="alert(1)"><script>alert(1)</script></svg>'],
  ['a style element', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['a style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['an object/embed', '<object data="evil.swf"></object><embed src="evil.swf">'],
  ['a form', '<form action="https://evil.example"><input name="q"></form>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['a base href', '<base href="https://evil.example/">'],
  ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css">'],
] as const;

/** Anything in the HTML that could run code or load a page: none may survive. */
const ACTIVE = [
  /<script/i,
  /<iframe/i,
  /<svg/i,
  /<style/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<meta/i,
  /<base/i,
  /<link/i,
  /\son[a-z]+\s*=/i,
  /\sstyle\s*=/i,
  /(?:href|src)\s*=\s*"\s*(?:javascript|data|vbscript):/i,
];

function htmlEverywhere(payload: string): string[] {
  const text = `${FRONTMATTER}
# Title ${payload}

## 🎯 핵심 포인트

${payload}

## 📝 설명

- ${payload}

| a | b |
|---|---|
| ${payload.replace(/\|/g, '')} | x |

## 📝 관련 문제

**Question:** Stem ${payload}

**Options:**

- A) One ${payload}
- B) Two

**정답: A**

💡 추가 설명:

- **Option B** - ${payload}
- **핵심** - ${payload}

${payload}
`;
  const note = parsedNote(text);
  const question = note.questions[0];
  if (!question) throw new Error('the question must still be read');
  return [
    ...note.sections.map((section) => section.html),
    question.stemHtml,
    ...question.options.map((option) => option.html),
    ...Object.values(question.explanations),
    ...question.notes,
    question.afterHtml,
  ];
}

describe('notes are untrusted: every HTML field is sanitised', () => {
  it.each(PAYLOADS)('%s renders inert', (_name, payload) => {
    for (const html of htmlEverywhere(payload)) {
      for (const active of ACTIVE) expect(html).not.toMatch(active);
    }
  });

  it('keeps safe links, and the words inside removed markup', () => {
    const [keyPoint] = htmlEverywhere('[docs](https://docs.aws.amazon.com/glue/) <b>bold</b>');
    expect(keyPoint).toBe('<p><a href="https://docs.aws.amazon.com/glue/">docs</a> bold</p>');
  });

  it('keeps a title with markup as plain text', () => {
    const note = parsedNote(`${FRONTMATTER}\n# Glue <script>alert(1)</script> ETL\n`);
    expect(note.title).toBe('Glue alert(1) ETL');
  });
});
