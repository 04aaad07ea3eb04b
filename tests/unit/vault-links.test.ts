import { mkdtempSync, rmSync, symlinkSync, truncateSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { summaryLine } from '@/lib/content/report';
import type { ContentExport, Note, Problem } from '@/lib/content/schema';
import { writeFiles } from './helpers';

/*
 * The vault stage end to end: small vaults of notes without frontmatter (Obsidian's usual
 * shape, NOTE-FORMAT.md section 5) and real PNG files, read by loadContent, checked on the
 * rendered sections' HTML and on the problems the checker prints. Every expected piece of
 * HTML and every message is written out by hand.
 */

const temporary: string[] = [];

function tempDir(prefix = 'vault-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const PIC = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#f90' } }).png().toBuffer();
const SHOT = await sharp({ create: { width: 60, height: 20, channels: 3, background: '#09f' } }).png().toBuffer();

/** `<img>` of pic.png (40×30) or shot.png (60×20) as the site serves it: content-hashed name, lazy. */
function img(name: 'pic' | 'shot', alt: string, width: number, height: number, className = 'embed-image'): RegExp {
  return new RegExp(`<img src="/assets/${name}\\.[0-9a-f]{10}\\.png" alt="${alt}" loading="lazy" decoding="async" class="${className}" width="${width}" height="${height}">`);
}

function noteOf(content: ContentExport, file: string): Note {
  const note = content.notes.find((each) => each.file === file);
  if (!note) throw new Error(`no note ${file} in ${content.notes.map((each) => each.file).join(', ')}`);
  return note;
}

/** The note's HTML; a link's preview data (its target's position and title) is checked on its own below. */
function htmlOf(note: Note): string {
  return note.sections
    .map((section) => section.html)
    .join('\n')
    .replace(/ data-preview="\d+" data-title="[^"]*"/g, '');
}

/** Every element of a piece of HTML, as a browser would parse it. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element) => {
    found.push(element);
  });
  return found;
}

function warning(file: string, line: number, message: string, kind?: Problem['kind']): Problem {
  return { file, line, severity: 'warning', message, ...(kind ? { kind } : {}) };
}

function problemsOf(content: ContentExport, file: string): Problem[] {
  return content.problems.filter((problem) => problem.file === file);
}

// ---------- One vault, one note per case ----------

const TARGET = `# Target

Intro text.

## Overview

Overview text.

### Deep Part

Deep text. ^block-id

### 주요 개념

Concept text.

### Second

Second text.
`;

const LIBRARY: Record<string, string | Uint8Array> = {
  'Library/Target.md': TARGET,
  'Library/Keyed.md': '# Keyed\n\n## 🎯 핵심 포인트\n\nKey text.\n\n## Extra\n\nExtra text.\n',
  'EC2/README.md': '# EC2\n\nEC2 readme.\n',
  'S3/README.md': '# S3\n\nS3 readme.\n',
  'S3/12-s3-security.md': '# S3 security\n\nSecurity text.\n',
  'Library/Amazon S3.md': '---\naliases: ["S3", "Simple Storage Service"]\n---\n# Amazon S3\n\nObject storage.\n',
  // 한글, written NFD as macOS names files.
  'Library/\u1112\u1161\u11AB\u1100\u1173\u11AF.md': '# 한글 노트\n\n본문.\n',
  'Images/pic.png': PIC,
  'Cases/sub/shot.png': SHOT,
};

const TARGET_LINK = '<a href="/notes/target/" class="internal-link" data-slug="target">';
const KOREAN_ANCHOR = 'user-content-%EC%A3%BC%EC%9A%94-%EA%B0%9C%EB%85%90';

/** [name, markdown from the note's line 3, HTML the note must hold, text it must not, its problems as [line, message, kind]]. */
type Case = [string, string, (string | RegExp)[], string[], [number, string, Problem['kind']?][]];

const CASES: Case[] = [
  ['plain', 'See [[Target]].', [`<p>See ${TARGET_LINK}Target</a>.</p>`], [], []],
  ['label', 'See [[Target|the target]].', [`<p>See ${TARGET_LINK}the target</a>.</p>`], [], []],
  ['by path', 'See [[Library/Target]].', [`${TARGET_LINK}Library/Target</a>`], [], []],
  ['by partial path with .md', 'See [[Library/Target.md|t]].', [`${TARGET_LINK}t</a>`], [], []],
  ['another case', 'See [[tArGeT]].', [`${TARGET_LINK}tArGeT</a>`], [], []],
  ['by alias, in another case', 'See [[s3]] and [[Simple Storage Service|the service]].', ['<a href="/notes/amazon-s3/" class="internal-link" data-slug="amazon-s3">s3</a>', '<a href="/notes/amazon-s3/" class="internal-link" data-slug="amazon-s3">the service</a>'], [], []],
  ['an NFD file name by an NFC link', 'See [[한글]].', ['<a href="/notes/%ED%95%9C%EA%B8%80/" class="internal-link" data-slug="한글">한글</a>'], [], []],
  ['an NFD file name by an NFD link', 'See [[\u1112\u1161\u11AB\u1100\u1173\u11AF|nfd]].', ['<a href="/notes/%ED%95%9C%EA%B8%80/" class="internal-link" data-slug="한글">nfd</a>'], [], []],
  ['h3', '[[Target#Deep Part]]', ['<a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">Target > Deep Part</a>'], [], []],
  ['h3 in another case', '[[Target#deep PART|d]]', ['<a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">d</a>'], [], []],
  ['h3 with a label', '[[Target#Deep Part|deep]]', ['<a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">deep</a>'], [], []],
  ['h3 in Korean', '[[Target#주요 개념|k]]', [`<a href="/notes/target/#${KOREAN_ANCHOR}" class="internal-link" data-slug="target">k</a>`], [], []],
  ['a heading path names its last heading', '[[Target#Overview#Deep Part|p]]', ['<a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">p</a>'], [], []],
  ['h2 is its section anchor', '[[Target#Overview|o]]', ['<a href="/notes/target/#section-2" class="internal-link" data-slug="target">o</a>'], [], []],
  ['the key point h2', '[[Keyed#🎯 핵심 포인트|kp]]', ['<a href="/notes/keyed/#key-point" class="internal-link" data-slug="keyed">kp</a>'], [], []],
  ['another h2 of a keyed note', '[[Keyed#Extra|x]]', ['<a href="/notes/keyed/#section-2" class="internal-link" data-slug="keyed">x</a>'], [], []],
  ['block id', '[[Target#^block-id]]', ['<a href="/notes/target/#user-content-block-block-id" class="internal-link" data-slug="target">Target > block-id</a>'], [], []],
  ['block id in another case', '[[Target#^Block-ID|b]]', ['<a href="/notes/target/#user-content-block-block-id" class="internal-link" data-slug="target">b</a>'], [], []],
  [
    'same-note heading',
    'Jump to [[#Local Part]].\n\n### Local Part\n\nLocal text.',
    ['<p>Jump to <a href="/notes/same-note-heading/#user-content-local-part" class="internal-link" data-slug="same-note-heading">Local Part</a>.</p>'],
    [],
    [],
  ],
  ['markdown link with a heading slug', '[see](../Library/Target.md#deep-part)', ['<a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">see</a>'], [], []],
  ['markdown link URL-encoded', '[see](../Library/Target.md#Deep%20Part)', ['<a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">see</a>'], [], []],
  [
    'broken link',
    'See [[Missing Note]].',
    ['<p>See <span class="broken-link" title="아직 없는 노트: Missing Note">Missing Note</span>.</p>'],
    ['<a '],
    [[3, 'link [[Missing Note]]: no note "Missing Note" in the vault; shown as plain text', 'broken-link']],
  ],
  [
    'broken link with a label, on a later line',
    'First line.\nSecond [[Missing Note|shown]].',
    ['<span class="broken-link" title="아직 없는 노트: Missing Note">shown</span>'],
    ['<a '],
    [[4, 'link [[Missing Note]]: no note "Missing Note" in the vault; shown as plain text', 'broken-link']],
  ],
  [
    'ambiguous name',
    'See [[README]].',
    ['<p>See <a href="/notes/ec2~readme/" class="internal-link" data-slug="ec2~readme">README</a>.</p>'],
    [],
    [[3, 'link [[README]] matches 2 files (EC2/README.md, S3/README.md); linked to EC2/README.md', 'ambiguous-link']],
  ],
  ['a path settles the ambiguity', 'See [[S3/README]].', ['<a href="/notes/s3~readme/" class="internal-link" data-slug="s3~readme">S3/README</a>'], [], []],
  [
    'missing heading',
    '[[Target#Nowhere]]',
    [`${TARGET_LINK}Target > Nowhere</a>`],
    [],
    [[3, 'link [[Target#Nowhere]]: "Target" has no heading "Nowhere"; linked to the top of the note']],
  ],
  [
    'missing block',
    '[[Target#^nope]]',
    [`${TARGET_LINK}Target > nope</a>`],
    [],
    [[3, 'link [[Target#^nope]]: "Target" has no block "^nope"; linked to the top of the note']],
  ],
  [
    'missing heading in the same note',
    '[[#Nowhere]]',
    ['<a href="/notes/missing-heading-in-the-same-note/" class="internal-link" data-slug="missing-heading-in-the-same-note">Nowhere</a>'],
    [],
    [[3, 'link [[#Nowhere]]: this note has no heading or block "Nowhere"']],
  ],
  ['image by bare name in another folder', '![[pic.png]]', [img('pic', '', 40, 30)], [], []],
  ['image with a width keeps its proportion', '![[pic.png|20]]', [img('pic', '', 20, 15)], [], []],
  ['image with width and height: fitted into that box, in proportion', '![[pic.png|20x10]]', [img('pic', '', 13, 10)], [], []],
  ['image with a box wider than its proportion', '![[pic.png|20x100]]', [img('pic', '', 20, 15)], [], []],
  ['image with alt text', '![[pic.png|a small picture]]', [img('pic', 'a small picture', 40, 30)], [], []],
  ['markdown image, relative path', '![alt](sub/shot.png)', [img('shot', 'alt', 60, 20)], [], []],
  ['markdown image, up a folder', '![](../Images/pic.png)', [img('pic', '', 40, 30)], [], []],
  ['markdown image, URL-encoded', '![](../Images/pic%2Epng)', [img('pic', '', 40, 30)], [], []],
  ['raw HTML image', '<img src="pic.png">', [img('pic', '', 40, 30)], ['src="pic.png"'], []],
  ['raw HTML image with a width', '<img src="pic.png" width="10">', [img('pic', '', 10, 8)], [], []],
  [
    'missing image',
    '![[missing.png]]',
    ['<span class="broken-link" title="없는 파일: missing.png">missing.png</span>'],
    ['<img'],
    [[3, 'embed ![[missing.png]]: no file "missing.png" in the vault', 'broken-link']],
  ],
  [
    'note embed alone on a line',
    'Before.\n\n![[Target]]\n\nAfter.',
    [
      '<div class="note-embed" data-slug="target"><p class="note-embed-title"><a href="/notes/target/" class="internal-link" data-slug="target">Target</a></p><p>Intro text.</p>',
      'Overview text.',
      '<h3>Deep Part</h3>\n<p>Deep text.</p>',
      'Concept text.',
      'Second text.</p></div>',
      '<p>Before.</p>',
      '<p>After.</p>',
    ],
    ['id="', '^block-id'],
    [],
  ],
  [
    'heading embed: only that heading’s part',
    '![[Target#Deep Part]]',
    ['<div class="note-embed" data-slug="target"><p class="note-embed-title"><a href="/notes/target/#user-content-deep-part" class="internal-link" data-slug="target">Target</a></p><h3>Deep Part</h3>\n<p>Deep text.</p>\n</div>'],
    ['Intro text.', 'Overview text.', 'Concept text.', 'Second text.', 'id="'],
    [],
  ],
  [
    'h2 embed: that section only',
    '![[Target#Overview]]',
    ['<div class="note-embed" data-slug="target"><p class="note-embed-title"><a href="/notes/target/#section-2" class="internal-link" data-slug="target">Target</a></p><p>Overview text.</p>', 'Deep text.', 'Concept text.', 'Second text.'],
    ['Intro text.', 'id="'],
    [],
  ],
  ['note embed inside a sentence is a link', 'See ![[Target]] inline.', [`<p>See ${TARGET_LINK}Target</a> inline.</p>`], ['note-embed'], []],
  [
    'site-absolute link to a note that exists',
    '[개념](/section/12-s3-security#anchor)',
    ['<a href="/notes/12-s3-security/" class="internal-link" data-slug="12-s3-security">개념</a>'],
    [],
    [[3, 'link "/section/12-s3-security#anchor": "S3 security" has no heading "anchor"; linked to the top of the note']],
  ],
  [
    'site-absolute link to no note',
    '[개념](/section/13-iam-roles)',
    ['<span class="broken-link" title="아직 없는 노트: /section/13-iam-roles">개념</span>'],
    ['<a '],
    [[3, 'link "/section/13-iam-roles": no note "/section/13-iam-roles" in the vault (a site link written for another generator); shown as plain text', 'broken-link']],
  ],
  [
    'markdown link climbing out of the vault',
    '[up](../../Library/Target.md)',
    ['<span class="broken-link" title="아직 없는 노트: ../../Library/Target.md">up</span>'],
    ['<a '],
    [[3, 'link "../../Library/Target.md" points outside the vault; not followed', 'broken-link']],
  ],
  ['wikilink in inline code stays text', 'Write `[[Code Link]]` to link.', ['<code>[[Code Link]]</code>'], ['<a ', 'broken-link'], []],
  ['wikilink in a code block stays text', '```\n[[Block Link]]\n![[pic.png]]\n```', ['<code>[[Block Link]]\n![[pic.png]]\n</code></pre>'], ['<a ', '<img', 'broken-link'], []],
  ['comment hides a link', 'Shown %%[[Hidden]]%% text.', ['Shown'], ['Hidden', '<a ', 'broken-link'], []],
  ['comment block hides a link', 'Shown.\n\n%%\n[[Hidden]]\n![[missing.png]]\n%%', ['<p>Shown.</p>'], ['Hidden', 'missing', '<a ', 'broken-link'], []],
];

describe('links, pictures and embeds, rendered into the notes’ HTML', () => {
  const cases = Object.fromEntries(CASES.map(([name, markdown]) => [`Cases/${name}.md`, `# Case\n\n${markdown}\n`]));
  const dir = writeFiles(tempDir(), { ...LIBRARY, ...cases });
  const content = loadContent(dir);

  it('reads every note, with the slugs the cases expect', () => {
    expect(content.notes).toHaveLength(Object.keys(LIBRARY).length - 2 + CASES.length);
    expect(noteOf(content, 'Library/\u1112\u1161\u11AB\u1100\u1173\u11AF.md').slug).toBe('\uD55C\uAE00');
    expect(noteOf(content, 'Cases/same-note heading.md').slug).toBe('same-note-heading');
    expect(noteOf(content, 'Cases/missing heading in the same note.md').slug).toBe('missing-heading-in-the-same-note');
  });

  it.each(CASES)('%s', (name, _markdown, present, absent, problems) => {
    const file = `Cases/${name}.md`;
    const html = htmlOf(noteOf(content, file));
    for (const expected of present) {
      if (typeof expected === 'string') expect(html).toContain(expected);
      else expect(html).toMatch(expected);
    }
    for (const unexpected of absent) expect(html).not.toContain(unexpected);
    expect(problemsOf(content, file)).toEqual(problems.map(([line, message, kind]) => warning(file, line, message, kind)));
  });

  it('no placeholder is left in any HTML', () => {
    for (const note of content.notes) expect(htmlOf(note)).not.toMatch(/#ref-\d|class="ref/);
  });

  it('lists each used file once, whatever uses it how often', () => {
    expect(content.assets.map(({ file, bytes }) => ({ file, bytes }))).toEqual([
      { file: 'Images/pic.png', bytes: PIC.length },
      { file: 'Cases/sub/shot.png', bytes: SHOT.length },
    ]);
    expect(content.assets.map((asset) => asset.href)).toEqual([expect.stringMatching(/^\/assets\/pic\.[0-9a-f]{10}\.png$/), expect.stringMatching(/^\/assets\/shot\.[0-9a-f]{10}\.png$/)]);
  });

  it('every picture of one file has the one URL the asset list gives', () => {
    const [pic] = content.assets;
    const srcs = content.notes.flatMap((note) => [...htmlOf(note).matchAll(/<img src="(\/assets\/pic\.[^"]+)"/g)].map((match) => match[1]));
    expect(srcs.length).toBeGreaterThan(5);
    expect(new Set(srcs)).toEqual(new Set([pic?.href]));
  });
});

// ---------- Embeds that loop ----------

describe('embeds that would never end', () => {
  const dir = writeFiles(tempDir(), {
    'Loop A.md': '# Loop A\n\nA text.\n\n![[Loop B]]\n',
    'Loop B.md': '# Loop B\n\nB text.\n\n![[Loop A]]\n',
    'Self.md': '# Self\n\nSelf text.\n\n![[Self]]\n',
  });
  const content = loadContent(dir);

  it.each([
    [
      'Loop A.md',
      '<p>A text.</p>\n<div class="note-embed" data-slug="loop-b"><p class="note-embed-title"><a href="/notes/loop-b/" class="internal-link" data-slug="loop-b">Loop B</a></p><p>B text.</p>\n<div class="embed-loop"><p class="note-embed-title"><a href="/notes/loop-a/" class="internal-link" data-slug="loop-a">Loop A</a></p></div></div>',
    ],
    [
      'Loop B.md',
      '<p>B text.</p>\n<div class="note-embed" data-slug="loop-a"><p class="note-embed-title"><a href="/notes/loop-a/" class="internal-link" data-slug="loop-a">Loop A</a></p><p>A text.</p>\n<div class="embed-loop"><p class="note-embed-title"><a href="/notes/loop-b/" class="internal-link" data-slug="loop-b">Loop B</a></p></div></div>',
    ],
    ['Self.md', '<p>Self text.</p>\n<div class="embed-loop"><p class="note-embed-title"><a href="/notes/self/" class="internal-link" data-slug="self">Self</a></p></div>'],
  ])('%s stops at the loop with an embed-loop link', (file, html) => {
    expect(htmlOf(noteOf(content, file))).toBe(html);
  });

  it('a self-embed is one warning', () => {
    expect(problemsOf(content, 'Self.md')).toEqual([warning('Self.md', 5, '![[Self]] embeds "Self" inside itself (self → self); shown as a link')]);
  });

  it('an A ↔ B loop is one warning on each embed of the loop', () => {
    const loops = content.problems.filter((problem) => problem.file.startsWith('Loop ') && problem.message.includes('inside itself'));
    expect(loops).toEqual([
      warning('Loop A.md', 5, '![[Loop B]] embeds "Loop B" inside itself (loop-b → loop-a → loop-b); shown as a link'),
      warning('Loop B.md', 5, '![[Loop A]] embeds "Loop A" inside itself (loop-a → loop-b → loop-a); shown as a link'),
    ]);
  });
});

// ---------- What a vault must not smuggle into the site ----------

describe('files outside the vault, scriptable, too large or linked out are never copied', () => {
  const parent = tempDir('vault-parent-');
  const outsideDir = tempDir('vault-outside-');
  writeFiles(parent, { 'outside.png': PIC });
  writeFiles(outsideDir, { 'secret.png': SHOT, 'secret.md': '# Secret\n\nSecret text.\n' });
  const dir = writeFiles(path.join(parent, 'vault'), {
    'Cases/outside.md': '# Outside\n\n![](../../outside.png)\n',
    'Cases/outside wiki.md': '# Outside wiki\n\n![[../outside.png]]\n',
    'drawing.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    'svg.md': '# Svg\n\n![[drawing.svg]]\n',
    'big.png': PIC,
    'big.md': '# Big\n\n![[big.png]]\n',
    'linked.md': '# Linked\n\n![[linked.png]]\n\n[[secret]]\n',
  });
  truncateSync(path.join(dir, 'big.png'), 50 * 1024 * 1024);
  symlinkSync(path.join(outsideDir, 'secret.png'), path.join(dir, 'linked.png'));
  symlinkSync(path.join(outsideDir, 'secret.md'), path.join(dir, 'secret.md'));
  const content = loadContent(dir);

  it.each<[string, string, Problem[]]>([
    [
      'Cases/outside.md',
      '<p><span class="broken-link" title="없는 파일: ../../outside.png">../../outside.png</span></p>',
      [warning('Cases/outside.md', 3, 'link "../../outside.png" points outside the vault; not followed', 'broken-link')],
    ],
    [
      'Cases/outside wiki.md',
      '<p><span class="broken-link" title="없는 파일: ../outside.png">../outside.png</span></p>',
      [warning('Cases/outside wiki.md', 3, 'embed ![[../outside.png]] points outside the vault; not followed', 'broken-link')],
    ],
    ['svg.md', '<p><span class="broken-link" title="없는 파일: drawing.svg">drawing.svg</span></p>', [warning('svg.md', 3, 'drawing.svg is a .svg file, which can run script in a browser; not copied into the site')]],
    ['big.md', '<p><span class="broken-link" title="없는 파일: big.png">big.png</span></p>', [warning('big.md', 3, 'big.png is 50 MB, larger than the 10 MB a file may be to be copied into the site; not copied')]],
    [
      'linked.md',
      '<p><span class="broken-link" title="없는 파일: linked.png">linked.png</span></p>\n<p><span class="broken-link" title="아직 없는 노트: secret">secret</span></p>',
      [
        warning('linked.md', 3, 'embed ![[linked.png]]: no file "linked.png" in the vault', 'broken-link'),
        warning('linked.md', 5, 'link [[secret]]: no note "secret" in the vault; shown as plain text', 'broken-link'),
      ],
    ],
  ])('%s: shown as broken, with a warning', (file, html, problems) => {
    expect(htmlOf(noteOf(content, file))).toBe(html);
    expect(problemsOf(content, file)).toEqual(problems);
  });

  it('warns about each link out of the vault, and reads neither', () => {
    expect(problemsOf(content, 'linked.png')).toEqual([warning('linked.png', 1, 'is a link to a file outside the vault; not read, not copied')]);
    expect(problemsOf(content, 'secret.md')).toEqual([warning('secret.md', 1, 'is a link to a file outside the vault; not read, not copied')]);
    expect(content.notes.map((note) => note.file)).not.toContain('secret.md');
    expect(JSON.stringify(content)).not.toContain('Secret text.');
  });

  it('copies nothing', () => {
    expect(content.assets).toEqual([]);
  });
});

// ---------- What Obsidian excludes ----------

describe('.obsidian/app.json excluded files and .trash are not read', () => {
  const dir = writeFiles(tempDir(), {
    '.obsidian/app.json': JSON.stringify({ userIgnoreFilters: ['Templates/', '/\\.excalidraw\\.md$/'] }),
    'Templates/Daily.md': '# Daily\n\n[[Missing From Template]]\n',
    'Templates/Deep/Weekly.md': '# Weekly\n',
    'Drawing.excalidraw.md': '# Drawing\n',
    'Sub/Other.excalidraw.md': '# Other drawing\n',
    '.trash/Old.md': '# Old\n\n[[Missing From Trash]]\n',
    'Kept.md': '# Kept\n\nSee [[Daily]].\n',
    'Templates of mine.md': '# Not a template folder\n',
  });
  const content = loadContent(dir);

  it('reads only the notes not excluded', () => {
    expect(content.notes.map((note) => note.file)).toEqual(['Kept.md', 'Templates of mine.md']);
  });

  it('a link to an excluded note is broken, and excluded notes report nothing', () => {
    expect(content.problems).toEqual([warning('Kept.md', 3, 'link [[Daily]]: no note "Daily" in the vault; shown as plain text', 'broken-link')]);
  });
});

// ---------- Backlinks ----------

describe('backlinks', () => {
  const dir = writeFiles(tempDir(), {
    'Backed.md': '# Backed\n\nBacked text.\n',
    'Linker.md': '# Linker\n\nFirst we use [[Backed]] here, and [[Backed|again]] there.\n\nLater [[Backed]] once more.\n',
    'Table.md': '# Table\n\n| Service | Note |\n| --- | --- |\n| S3 | see [[Backed\\|the backed note]] |\n',
    'Self Linker.md': '# Self Linker\n\nSee [[Self Linker]] and [[Backed#Nowhere]].\n',
  });
  const content = loadContent(dir);

  it('a note linking twice is one backlink, with the sentence around its first link as context', () => {
    expect(noteOf(content, 'Backed.md').backlinks).toEqual([
      { slug: 'linker', title: 'Linker', context: 'First we use Backed here, and again there.' },
      { slug: 'self-linker', title: 'Self Linker', context: 'See Self Linker and Backed > Nowhere.' },
      { slug: 'table', title: 'Table', context: 'see the backed note' },
    ]);
  });

  it('no context holds raw wikilink syntax', () => {
    for (const note of content.notes) for (const backlink of note.backlinks) expect(backlink.context).not.toMatch(/\[\[|\]\]/);
  });

  it('a note is not its own backlink', () => {
    expect(noteOf(content, 'Self Linker.md').backlinks).toEqual([]);
  });
});

// ---------- Markup in names ----------

describe('a <script> in an alias or a file name is text, never a tag', () => {
  const dir = writeFiles(tempDir(), {
    'Aliased.md': '---\naliases: ["<img src=x onerror=alert(1)>", "<script>alert(1)"]\n---\n# Aliased\n\nAliased text.\n',
    '<script>x.md': 'No heading here.\n',
    'Linker.md':
      '# Linker\n\nSee [[<script>x]] and [[<img src=x onerror=alert(1)>]] and [[<script>alert(1)]] and [[<script>gone]].\n\n![[<script>x]]\n',
  });
  const content = loadContent(dir);
  const linker = htmlOf(noteOf(content, 'Linker.md'));

  it.each([
    ['a file name', '<a href="/notes/scriptx/" class="internal-link" data-slug="scriptx">&#x3C;script>x</a>'],
    ['an alias with an <img> tag', '<a href="/notes/aliased/" class="internal-link" data-slug="aliased">&#x3C;img src=x onerror=alert(1)></a>'],
    ['an alias with <script>', '<a href="/notes/aliased/" class="internal-link" data-slug="aliased">&#x3C;script>alert(1)</a>'],
    ['a missing note', '<span class="broken-link" title="아직 없는 노트: <script>gone">&#x3C;script>gone</span>'],
    ['an embedded note’s title', '<p class="note-embed-title"><a href="/notes/scriptx/" class="internal-link" data-slug="scriptx">&#x3C;script>x</a></p>'],
  ])('%s', (_case, expected) => {
    expect(linker).toContain(expected);
  });

  it('no HTML anywhere holds a tag or an attribute from a name', () => {
    const elements = content.notes.flatMap((note) => elementsOf(htmlOf(note)));
    expect(elements.filter((element) => element.tagName === 'script' || element.tagName === 'img')).toEqual([]);
    expect(elements.filter((element) => 'onError' in element.properties || 'onerror' in element.properties)).toEqual([]);
  });

  it('only the missing note is reported', () => {
    expect(content.problems).toEqual([warning('Linker.md', 3, 'link [[<script>gone]]: no note "<script>gone" in the vault; shown as plain text', 'broken-link')]);
  });
});

describe('an alias with a slash in it (CI/CD, TCP/IP) is still an alias', () => {
  const dir = writeFiles(tempDir(), {
    'DevOps/Pipelines.md': '---\naliases: ["CI/CD", "<script>alert(1)</script>"]\n---\n# Pipelines\n\nPipeline text.\n',
    'Linker.md': '# Linker\n\nSee [[CI/CD]] and [[ci/cd|pipelines]] and [[<script>alert(1)</script>]].\n',
  });
  const content = loadContent(dir);

  it.each([
    ['[[CI/CD]]', '<a href="/notes/pipelines/" class="internal-link" data-slug="pipelines">CI/CD</a>'],
    ['[[ci/cd|pipelines]]', '<a href="/notes/pipelines/" class="internal-link" data-slug="pipelines">pipelines</a>'],
    ['[[<script>alert(1)</script>]]', '<a href="/notes/pipelines/" class="internal-link" data-slug="pipelines">&#x3C;script>alert(1)&#x3C;/script></a>'],
  ])('%s links to the note', (_case, expected) => {
    expect(htmlOf(noteOf(content, 'Linker.md'))).toContain(expected);
  });

  it('reports nothing', () => {
    expect(content.problems).toEqual([]);
  });
});

// ---------- A use of one file by two notes ----------

describe('a file embedded by two notes', () => {
  const dir = writeFiles(tempDir(), {
    'attachments/Pasted image 20240115093011.png': PIC,
    'One.md': '# One\n\n![[Pasted image 20240115093011.png]]\n\n![[Pasted image 20240115093011.png|20]]\n',
    'Two/Two.md': '# Two\n\n![](../attachments/Pasted%20image%2020240115093011.png)\n',
  });
  const content = loadContent(dir);

  it('is listed once', () => {
    expect(content.assets).toEqual([{ file: 'attachments/Pasted image 20240115093011.png', href: expect.stringMatching(/^\/assets\/pasted-image-20240115093011\.[0-9a-f]{10}\.png$/), bytes: PIC.length }]);
    expect(content.problems).toEqual([]);
  });
});

// ---------- The checker's summary ----------

describe('summaryLine counts broken and ambiguous links', () => {
  it.each<[string, Record<string, string>, string]>([
    ['no link problems', { 'A.md': '# A\n\n[[B]]\n', 'B.md': '# B\n' }, '2 notes, 0 questions, 0 errors, 0 warnings'],
    ['one broken link', { 'A.md': '# A\n\n[[Nope]]\n' }, '1 note, 0 questions, 0 errors, 1 warning (1 broken link)'],
    [
      'broken and ambiguous links, and a warning that is neither',
      {
        'EC2/README.md': '# EC2\n',
        'S3/README.md': '# S3\n',
        'index.md': '# Index\n\n[[README]] [[Nope]] [[Nada]] ![[gone.png]]\n\n[[EC2/README#Nowhere]]\n',
      },
      '3 notes, 0 questions, 0 errors, 5 warnings (3 broken links, 1 ambiguous link)',
    ],
    [
      'two ambiguous links',
      { 'x/Same.md': '# Same\n', 'y/Same.md': '# Same\n', 'index.md': '# Index\n\n[[Same]] and [[same|again]]\n' },
      '3 notes, 0 questions, 0 errors, 2 warnings (2 ambiguous links)',
    ],
  ])('%s', (_case, files, expected) => {
    expect(summaryLine(loadContent(writeFiles(tempDir(), files)))).toBe(expected);
  });
});

describe('a link to a note carries what its preview shows', () => {
  const content = loadContent(writeFiles(tempDir(), { 'a.md': '# Alpha\n\nSee [[c]] and [[b|the b note]].\n', 'b.md': '# Beta & <Co>\n\nB text.\n', 'c.md': 'C text.\n' }));

  it('the linked note\'s position among the notes (which finds its search snippet) and its title (raw HTML dropped, & escaped)', () => {
    expect(noteOf(content, 'a.md').sections[0]?.html).toBe(
      '<p>See <a href="/notes/c/" class="internal-link" data-slug="c" data-preview="2" data-title="c">c</a> and <a href="/notes/b/" class="internal-link" data-slug="b" data-preview="1" data-title="Beta &#x26;">the b note</a>.</p>',
    );
  });
});
