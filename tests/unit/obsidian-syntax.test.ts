import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, renderHtml } from '@/lib/content/render/markdown';
import { blockAnchor, markBlockIds } from '@/lib/content/render/obsidian/block-ids';
import { stripComments } from '@/lib/content/render/obsidian/comments';
import { headingAnchor, markHeadingIds } from '@/lib/content/render/obsidian/heading-ids';
import { markHighlights } from '@/lib/content/render/obsidian/highlight';
import { readInlineTags } from '@/lib/content/render/obsidian/inline-tags';

/**
 * The tree as compact pseudo-HTML, so each case reads on one line: a node is shown by its
 * `data.hName` (else its type) with a link's url and its `hProperties`; text as written.
 */
function outline(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      const name = node.data?.hName ?? node.type;
      const props = Object.entries({ ...(node.type === 'link' ? { url: node.url } : {}), ...node.data?.hProperties })
        .map(([key, value]) => ` ${key}=${String(value)}`)
        .join('');
      const inner = 'children' in node ? outline(node.children) : 'value' in node ? node.value : '';
      return `<${name}${props}>${inner}</${name}>`;
    })
    .join('');
}

function transformed(markdown: string, transform: (tree: Root) => unknown): { tree: Root; result: unknown } {
  const tree = parseMarkdown(markdown);
  const result = transform(tree);
  return { tree, result };
}

const tagHref = (tag: string) => `/tags/${tag}`;

describe('stripComments: %%…%% never reaches the page, line numbers stay', () => {
  it.each([
    ['an inline comment', 'a %%hidden%% b', 'a  b', null],
    ['two comments on a line', 'a %%x%% b %%y%% c', 'a  b  c', null],
    ['a comment across lines keeps its line breaks', 'a %%one\ntwo\nthree%% b\nnext', 'a \n\n b\nnext', null],
    ['a line holding only a comment stays, empty', 'before\n%%note%%\nafter', 'before\n\nafter', null],
    ['a block comment between paragraphs', 'a\n%%\nsecret\n%%\nb', 'a\n\n\n\nb', null],
    ['an empty comment', 'x%%%%y', 'xy', null],
    ['a single % is text', '50% of 100%', '50% of 100%', null],
    ['unclosed: hides the rest of the file, reports its line', 'a\nb %%rest\nc\nd', 'a\nb \n\n', 2],
    ['unclosed on the first line', '%% open', '', 1],
    ['three % open a comment that never closes', 'a %%% b', 'a ', 1],
    ['closed, then reopened and never closed: the reopening line', '%%a\nb%% c %%d\ne', '\n c \n', 2],
    ['unclosed after closed ones', 'a %%b%% c\nd %%e\nf', 'a  c\nd \n', 2],
    ['not in a backtick fence', '```\n%% not a comment %%\n```\nx %%y%%', '```\n%% not a comment %%\n```\nx ', null],
    ['not in a tilde fence with an info string', '~~~yaml\nk: %%v\n~~~\n%%c%%', '~~~yaml\nk: %%v\n~~~\n', null],
    ['a fence closes only on one at least as long', '````\n```\n%%a\n````\n%%b%%', '````\n```\n%%a\n````\n', null],
    ['a fence closes only on its own character', '```\n~~~\n%%a%%\n```', '```\n~~~\n%%a%%\n```', null],
    ['a closing line with text after the run closes nothing', '```\n```js\n%%a%%\n```', '```\n```js\n%%a%%\n```', null],
    ['a fence may be indented up to 3 spaces', '   ```\n%%a%%\n   ```', '   ```\n%%a%%\n   ```', null],
    ['4 spaces are no fence', '    ```\n%%a%%', '    ```\n', null],
    ['a backtick fence info string with a backtick is no fence', '```a`b\n%%c%%', '```a`b\n', null],
    ['an unclosed fence runs to the end', '```\n%%a', '```\n%%a', null],
    ['not in an inline code span', 'use `%%` here %%c%%', 'use `%%` here ', null],
    ['a code span of two backticks ends on two', '``a ` %%b%% ``, %%c%%', '``a ` %%b%% ``, ', null],
    ['an unmatched backtick is text', 'a ` b %%c%%', 'a ` b ', null],
    ['a code span ends with its line', 'a `x\n%%c%% y`', 'a `x\n y`', null],
    ['an escaped backtick opens no code span', 'a \\`%%c%%`', 'a \\``', null],
    ['backticks inside a comment are comment', 'a %%`x%%` b', 'a ` b', null],
    ['a fence inside a comment is comment', '%%\n```\n%%\nb %%c%%', '\n\n\nb ', null],
    ['CRLF line ends are kept', 'a %%x\r\ny%% b\r\nc', 'a \r\n b\r\nc', null],
    ['an empty body', '', '', null],
  ])('%s', (_case, body, text, unclosedAt) => {
    const stripped = stripComments(body);
    expect(stripped).toEqual({ text, unclosedAt });
    expect(stripped.text.split('\n')).toHaveLength(body.split('\n').length);
  });

  it('keeps the lines after a comment where they were for the parser', () => {
    const tree = parseMarkdown(stripComments('%%\nprivate\n%%\n# Title').text);
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([['heading', 4]]);
  });

  it('hides a comment from the rendered page', () => {
    expect(renderHtml(parseMarkdown(stripComments('Visible %%secret%% text').text).children)).toBe('<p>Visible  text</p>');
  });
});

describe('markHighlights: ==text== becomes a <mark> node', () => {
  it.each([
    ['a highlight in a sentence', 'a ==b== c', '<paragraph>a <mark>b</mark> c</paragraph>'],
    ['across sibling nodes', '==a **b** c==', '<paragraph><mark>a <strong>b</strong> c</mark></paragraph>'],
    ['holding inline code', '==run `aws s3 ls` now==', '<paragraph><mark>run <inlineCode>aws s3 ls</inlineCode> now</mark></paragraph>'],
    ['holding a link', '==a [b](u) c==', '<paragraph><mark>a <link url=u>b</link> c</mark></paragraph>'],
    ['two on a line', '==a== and ==b==', '<paragraph><mark>a</mark> and <mark>b</mark></paragraph>'],
    ['around bold only', '==**bold**==', '<paragraph><mark><strong>bold</strong></mark></paragraph>'],
    ['inside bold', '**==a==**', '<paragraph><strong><mark>a</mark></strong></paragraph>'],
    ['inside link text', '[==a==](u)', '<paragraph><link url=u><mark>a</mark></link></paragraph>'],
    ['in a heading', '## ==Key== idea', '<heading><mark>Key</mark> idea</heading>'],
    ['in a blockquote', '> ==quoted==', '<blockquote><paragraph><mark>quoted</mark></paragraph></blockquote>'],
    ['in a table cell', '| a |\n|---|\n| ==x== y |', '<table><tableRow><tableCell>a</tableCell></tableRow><tableRow><tableCell><mark>x</mark> y</tableCell></tableRow></table>'],
    ['unclosed: to the end of its line', '==open\nnext line', '<paragraph><mark>open</mark>\nnext line</paragraph>'],
    ['unclosed: to a hard break', '==open  \nnext', '<paragraph><mark>open</mark><break></break>next</paragraph>'],
    ['unclosed: to the end of the paragraph', 'a ==b c', '<paragraph>a <mark>b c</mark></paragraph>'],
    ['a closer on the next line does not close it', '==a\nb==', '<paragraph><mark>a</mark>\nb==</paragraph>'],
    ['a lone == between spaces is a comparison', 'if x == y then', '<paragraph>if x == y then</paragraph>'],
    ['a comparison before a highlight', 'x == y, ==z==', '<paragraph>x == y, <mark>z</mark></paragraph>'],
    ['an opener needs a non-space after it', '== a==', '<paragraph>== a==</paragraph>'],
    ['a closer needs a non-space before it', '==a == b==', '<paragraph><mark>a == b</mark></paragraph>'],
    ['empty ==== is text', '====', '<paragraph>====</paragraph>'],
    ['=== is text', 'a === b', '<paragraph>a === b</paragraph>'],
    ['not in inline code', '`==a==`', '<paragraph><inlineCode>==a==</inlineCode></paragraph>'],
    ['not in a code block', '```\n==a==\n```', '<code>==a==</code>'],
    ['not in raw HTML', '<div>\n==a==\n</div>', '<html><div>\n==a==\n</div></html>'],
    ['not in a link URL', '[x](https://e.com/==a==)', '<paragraph><link url=https://e.com/==a==>x</link></paragraph>'],
    ['not in a bare URL', 'see https://e.com/==a==b', '<paragraph>see <link url=https://e.com/==a==b>https://e.com/==a==b</link></paragraph>'],
  ])('%s', (_case, markdown, expected) => {
    const { tree } = transformed(markdown, markHighlights);
    expect(outline(tree.children)).toBe(expected);
  });

  it('builds a phrasing node of its own, rendered as <mark>', () => {
    const { tree } = transformed('==a **b**==', markHighlights);
    const [paragraph] = tree.children;
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual([
      {
        type: 'highlight',
        data: { hName: 'mark' },
        children: [
          { type: 'text', value: 'a ' },
          { type: 'strong', position: expect.anything(), children: [{ type: 'text', value: 'b', position: expect.anything() }] },
        ],
      },
    ]);
  });

  it.each([
    ['x == y', '<p>x == y</p>'],
    ['====', '<p>====</p>'],
    ['`==a==`', '<p><code>==a==</code></p>'],
  ])('leaves %j as text on the page', (markdown, html) => {
    const { tree } = transformed(markdown, markHighlights);
    expect(renderHtml(tree.children)).toBe(html);
  });
});

describe('markBlockIds: a trailing ^id names its block', () => {
  const marked = (tree: Root) => {
    const found: string[] = [];
    visit(tree, (node) => {
      const id = node.data?.hProperties?.id;
      if (id !== undefined) found.push(`${node.type}#${String(id)}: ${toString(node)}`);
    });
    return found;
  };

  it.each([
    ['a paragraph', 'Some text ^abc', ['abc'], ['paragraph#block-abc: Some text']],
    ['the anchor is lower case, the id as written', 'Text ^Key-1', ['Key-1'], ['paragraph#block-key-1: Text']],
    ['after bold', '**bold** ^b1', ['b1'], ['paragraph#block-b1: bold']],
    ['on its own last line', 'line one\n^x2', ['x2'], ['paragraph#block-x2: line one']],
    ['after a hard break', 'line one\\\n^x3', ['x3'], ['paragraph#block-x3: line one']],
    ['trailing spaces after the id', 'text ^abc   ', ['abc'], ['paragraph#block-abc: text']],
    ['a tight list item takes it, not its paragraph', '- item ^i1\n- two', ['i1'], ['listItem#block-i1: item']],
    ['an ordered list item', '1. first ^o1', ['o1'], ['listItem#block-o1: first']],
    ['a list item with a nested list', '- item ^a\n  - sub', ['a'], ['listItem#block-a: itemsub']],
    ['the last paragraph of a loose item names the item', '- first\n\n  second ^b', ['b'], ['listItem#block-b: firstsecond']],
    ['an earlier paragraph of an item names itself', '- first ^a\n\n  second', ['a'], ['paragraph#block-a: first']],
    ['a paragraph in a blockquote', '> quoted ^q', ['q'], ['paragraph#block-q: quoted']],
    ['several, in order', 'one ^a\n\ntwo ^b', ['a', 'b'], ['paragraph#block-a: one', 'paragraph#block-b: two']],
    ['a repeated id names only its first block', 'one ^a\n\ntwo ^A', ['a'], ['paragraph#block-a: one']],
  ])('%s', (_case, markdown, ids, expected) => {
    const { tree, result } = transformed(markdown, markBlockIds);
    expect(result).toEqual(ids);
    expect(marked(tree)).toEqual(expected);
  });

  it.each([
    ['no space before the caret', 'text^abc', '<paragraph>text^abc</paragraph>'],
    ['not at the end', 'a ^abc b', '<paragraph>a ^abc b</paragraph>'],
    ['characters an id cannot hold', 'text ^a_b', '<paragraph>text ^a_b</paragraph>'],
    ['a caret alone', 'text ^', '<paragraph>text ^</paragraph>'],
    ['in inline code', 'a `^abc`', '<paragraph>a <inlineCode>^abc</inlineCode></paragraph>'],
    ['right after bold', '**b**^abc', '<paragraph><strong>b</strong>^abc</paragraph>'],
    ['a paragraph of only the marker', '^abc', '<paragraph>^abc</paragraph>'],
    ['a heading', '## Title ^abc', '<heading>Title ^abc</heading>'],
    ['a code block', '```\ntext ^abc\n```', '<code>text ^abc</code>'],
  ])('no block id: %s', (_case, markdown, expected) => {
    const { tree, result } = transformed(markdown, markBlockIds);
    expect(result).toEqual([]);
    expect(outline(tree.children)).toBe(expected);
  });

  it.each([
    ['abc', 'block-abc'],
    ['Key-1', 'block-key-1'],
  ])('blockAnchor(%j) is %j', (id, anchor) => {
    expect(blockAnchor(id)).toBe(anchor);
  });
});

describe('markHeadingIds: headings get unique GitHub slugs', () => {
  const ids = (tree: Root) => {
    const found: unknown[] = [];
    visit(tree, 'heading', (heading) => {
      found.push(heading.data?.hProperties?.id);
    });
    return found;
  };

  it.each([
    ['one heading', '# What is S3?', [], [{ depth: 1, text: 'What is S3?', anchor: 'what-is-s3' }]],
    [
      'repeats are numbered',
      '# Intro\n## Intro\n### Intro',
      [],
      [
        { depth: 1, text: 'Intro', anchor: 'intro' },
        { depth: 2, text: 'Intro', anchor: 'intro-1' },
        { depth: 3, text: 'Intro', anchor: 'intro-2' },
      ],
    ],
    ['ids taken first are never reused', '## Block A\n## Intro', ['block-a', 'intro'], [{ depth: 2, text: 'Block A', anchor: 'block-a-1' }, { depth: 2, text: 'Intro', anchor: 'intro-1' }]],
    ['Korean text and inline code', '## 네트워크 `VPC` 설정', [], [{ depth: 2, text: '네트워크 VPC 설정', anchor: '네트워크-vpc-설정' }]],
    ['emphasis is plain text', '## **Amazon** _S3_ Basics', [], [{ depth: 2, text: 'Amazon S3 Basics', anchor: 'amazon-s3-basics' }]],
    ['a setext heading', 'Title\n=====', [], [{ depth: 1, text: 'Title', anchor: 'title' }]],
    ['a heading in a blockquote', '> ## Quoted', [], [{ depth: 2, text: 'Quoted', anchor: 'quoted' }]],
  ])('%s', (_case, markdown, taken, expected) => {
    const { tree, result } = transformed(markdown, (root) => markHeadingIds(root, taken));
    expect(result).toEqual(expected);
    expect(ids(tree)).toEqual(expected.map((heading) => heading.anchor));
  });

  it('gives no id to a heading without a slug', () => {
    const { tree, result } = transformed('## !!!\n## ???', markHeadingIds);
    expect(result).toEqual([
      { depth: 2, text: '!!!', anchor: '' },
      { depth: 2, text: '???', anchor: '' },
    ]);
    expect(ids(tree)).toEqual([undefined, undefined]);
  });

  it('starts afresh on every call', () => {
    const first = markHeadingIds(parseMarkdown('# Intro'));
    const second = markHeadingIds(parseMarkdown('# Intro'));
    expect([first, second]).toEqual([[{ depth: 1, text: 'Intro', anchor: 'intro' }], [{ depth: 1, text: 'Intro', anchor: 'intro' }]]);
  });

  it('accepts any iterable of taken ids', () => {
    expect(markHeadingIds(parseMarkdown('# Intro'), new Set(['intro']))).toEqual([{ depth: 1, text: 'Intro', anchor: 'intro-1' }]);
  });

  it.each([
    ['What is S3?', 'what-is-s3'],
    ['Amazon S3 Basics', 'amazon-s3-basics'],
    ['네트워크 설정', '네트워크-설정'],
    ['  spaced   out  ', 'spaced-out'],
    ['!!!', ''],
  ])('headingAnchor(%j) is %j', (text, anchor) => {
    expect(headingAnchor(text)).toBe(anchor);
  });
});

describe('readInlineTags: #tag in prose becomes a link to the tag', () => {
  it.each([
    ['a tag at the start', '#aws notes', ['aws'], '<paragraph><link url=/tags/aws className=tag>#aws</link> notes</paragraph>'],
    ['after a space, written case kept, lower-cased for the link', 'see #AWS', ['aws'], '<paragraph>see <link url=/tags/aws className=tag>#AWS</link></paragraph>'],
    ['nested, with trailing / left out', 'on #Net/VPC/ here', ['net/vpc'], '<paragraph>on <link url=/tags/net/vpc className=tag>#Net/VPC</link>/ here</paragraph>'],
    ['after an opening parenthesis', '(#ec2)', ['ec2'], '<paragraph>(<link url=/tags/ec2 className=tag>#ec2</link>)</paragraph>'],
    ['ends at punctuation', 'about #s3.', ['s3'], '<paragraph>about <link url=/tags/s3 className=tag>#s3</link>.</paragraph>'],
    ['with - and _ and digits', '#ml-ops_2024', ['ml-ops_2024'], '<paragraph><link url=/tags/ml-ops_2024 className=tag>#ml-ops_2024</link></paragraph>'],
    ['Korean', '주제 #네트워크', ['네트워크'], '<paragraph>주제 <link url=/tags/네트워크 className=tag>#네트워크</link></paragraph>'],
    ['repeats once, first-seen order', '#b #a #B', ['b', 'a'], '<paragraph><link url=/tags/b className=tag>#b</link> <link url=/tags/a className=tag>#a</link> <link url=/tags/b className=tag>#B</link></paragraph>'],
    ['on a second line', 'first\n#second', ['second'], '<paragraph>first\n<link url=/tags/second className=tag>#second</link></paragraph>'],
    ['in a heading', '## Notes #aws', ['aws'], '<heading>Notes <link url=/tags/aws className=tag>#aws</link></heading>'],
    ['in bold', '**#key**', ['key'], '<paragraph><strong><link url=/tags/key className=tag>#key</link></strong></paragraph>'],
    ['in a table cell', '| a |\n|---|\n| #t |', ['t'], '<table><tableRow><tableCell>a</tableCell></tableRow><tableRow><tableCell><link url=/tags/t className=tag>#t</link></tableCell></tableRow></table>'],
    ['in document order across nesting', '**#a** #b', ['a', 'b'], '<paragraph><strong><link url=/tags/a className=tag>#a</link></strong> <link url=/tags/b className=tag>#b</link></paragraph>'],
  ])('%s', (_case, markdown, tags, expected) => {
    const { tree, result } = transformed(markdown, (root) => readInlineTags(root, tagHref));
    expect(result).toEqual(tags);
    expect(outline(tree.children)).toBe(expected);
  });

  it.each([
    ['digits only', 'step #1 and #2024', '<paragraph>step #1 and #2024</paragraph>'],
    ['C# and F#', 'C# and F# code', '<paragraph>C# and F# code</paragraph>'],
    ['a # followed by a space', '# is not a tag here: a # b', '<heading>is not a tag here: a # b</heading>'],
    ['a page fragment', 'page#frag', '<paragraph>page#frag</paragraph>'],
    ['a URL fragment', 'https://x.io/#frag', '<paragraph><link url=https://x.io/#frag>https://x.io/#frag</link></paragraph>'],
    ['a URL fragment without a scheme', 'x.io/#frag', '<paragraph>x.io/#frag</paragraph>'],
    ['right after bold', '**b**#tag', '<paragraph><strong>b</strong>#tag</paragraph>'],
    ['a same-note wikilink', '[[#Heading]]', '<paragraph>[[#Heading]]</paragraph>'],
    ['in inline code', '`#tag`', '<paragraph><inlineCode>#tag</inlineCode></paragraph>'],
    ['in a code block', '```\n#tag\n```', '<code>#tag</code>'],
    ['in link text', '[#tag](u)', '<paragraph><link url=u>#tag</link></paragraph>'],
    ['in a link URL', '[x](#tag)', '<paragraph><link url=#tag>x</link></paragraph>'],
    ['a lone #', 'a # b #', '<paragraph>a # b #</paragraph>'],
    ['a # then only a slash', 'a #/', '<paragraph>a #/</paragraph>'],
    ['two hashes', '##tag', '<paragraph>##tag</paragraph>'],
  ])('no tag: %s', (_case, markdown, expected) => {
    const { tree, result } = transformed(markdown, (root) => readInlineTags(root, tagHref));
    expect(result).toEqual([]);
    expect(outline(tree.children)).toBe(expected);
  });

  it('builds the tag link node exactly', () => {
    const { tree } = transformed('#Aws', (root) => readInlineTags(root, tagHref));
    const [paragraph] = tree.children;
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual([
      { type: 'link', url: '/tags/aws', children: [{ type: 'text', value: '#Aws' }], data: { hProperties: { className: ['tag'] } } },
    ]);
  });
});

describe('odd input never throws', () => {
  it.each(['', '%%', '==', '====', '#', '^', '^^ ^', '``` ', '`', '==\n==', '# ', '- ^a', '| # |\n|---|\n| ^ |', '\u0000#\u200b==x', '> [!note] #t ==a ^b'])('%j', (markdown) => {
    expect(() => {
      const tree = parseMarkdown(stripComments(markdown).text);
      markHighlights(tree);
      markBlockIds(tree);
      readInlineTags(tree, tagHref);
      markHeadingIds(tree, ['x']);
      renderHtml(tree.children);
    }).not.toThrow();
  });
});
