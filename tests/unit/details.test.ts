import { describe, expect, it } from 'vitest';
import { parsedNote } from './helpers';

/*
 * Raw `<details>` blocks (render/obsidian/details.ts): Obsidian shows them folded, and the
 * sanitizer would drop them, so they become the folded block a callout makes, their
 * markdown read as markdown.
 */

const FOLDED = (summary: string, body: string) =>
  `<details class="callout" data-callout="note"><summary class="callout-title">${summary}</summary><div class="callout-body">${body}</div></details>`;

describe('raw <details> in a note', () => {
  it.each([
    ['on one line', '<details><summary>Hint</summary>Use a **queue**.</details>', FOLDED('Hint', '<p>Use a <strong>queue</strong>.</p>')],
    ['with markdown between the tags', '<details>\n<summary>Hint</summary>\n\n- one\n- two\n\n</details>', FOLDED('Hint', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>')],
    ['with no summary', '<details>\n\nText.\n\n</details>', FOLDED('Details', '<p>Text.</p>')],
    ['nested', '<details><summary>Out</summary>\n\n<details><summary>In</summary>Deep.</details>\n\n</details>', FOLDED('Out', FOLDED('In', '<p>Deep.</p>'))],
  ])('%s becomes a folded block', (_case, markdown, html) => {
    expect(parsedNote(`# T\n\n${markdown}\n`).sections[0]?.html.replace(/\n(?=<)/g, '')).toBe(html.replace(/\n(?=<)/g, ''));
  });

  it.each([
    ['a script inside', '<details><summary>x</summary><script>alert(1)</script>ok</details>', 'alert'],
    ['an event handler in the summary', '<details><summary onclick="alert(1)">x</summary>ok</details>', 'onclick'],
  ])('keeps nothing unsafe: %s', (_case, markdown, unsafe) => {
    expect(parsedNote(`# T\n\n${markdown}\n`).sections[0]?.html).not.toContain(unsafe);
  });

  it('an unclosed <details> stays raw HTML, which the sanitizer drops, keeping the text after it', () => {
    const html = parsedNote('# T\n\n<details><summary>x</summary>\n\nAfter.\n').sections[0]?.html ?? '';
    expect(html).not.toContain('<details');
    expect(html).toContain('After.');
  });
});
