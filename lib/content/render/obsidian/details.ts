import type { BlockContent, Blockquote, DefinitionContent, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown';

/*
 * Render stage, raw `<details>`: Obsidian shows a `<details><summary>정답</summary>B</details>`
 * block folded, and students hide answers in them. The sanitizer drops raw HTML, so the
 * block is rebuilt as the same tree a folded callout makes (callouts.ts): a summary and a
 * body that the sanitizer lets through, with the body's markdown read as markdown.
 */

const OPEN = /^\s*<details(?:\s[^>]*)?>/i;
const CLOSE = /<\/details\s*>\s*$/i;
const SUMMARY = /<summary(?:\s[^>]*)?>([\s\S]*?)<\/summary\s*>/i;

type Flow = BlockContent | DefinitionContent;

/** The text of raw HTML: tags dropped, and what a script or a style holds too (it is code, not text). */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function withPosition<T extends RootContent>(nodes: T[], from: RootContent): T[] {
  return nodes.map((node) => ({ ...node, position: from.position }));
}

function foldedBlock(summary: string, body: readonly RootContent[], from: RootContent): Blockquote {
  const title: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'text', value: summary.trim() || 'Details' }],
    data: { hName: 'summary', hProperties: { className: ['callout-title'] } },
    position: from.position,
  };
  const content: Blockquote = { type: 'blockquote', children: body.filter(isFlow), data: { hName: 'div', hProperties: { className: ['callout-body'] } }, position: from.position };
  return { type: 'blockquote', children: [title, content], data: { hName: 'details', hProperties: { className: ['callout'], dataCallout: 'note', open: false } }, position: from.position };
}

const FLOW = new Set(['paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'table', 'html', 'code', 'definition', 'footnoteDefinition', 'math']);

function isFlow(node: RootContent): node is Flow {
  return FLOW.has(node.type);
}

/** What follows `<summary>…</summary>` in the opening tag's own HTML, read as markdown. */
function innerNodes(html: string, from: RootContent): RootContent[] {
  const inner = html.replace(OPEN, '').replace(SUMMARY, '').replace(CLOSE, '');
  const text = textOf(inner).trim();
  return text ? withPosition(parseMarkdown(text).children, from) : [];
}

function summaryOf(html: string): string {
  return textOf(SUMMARY.exec(html)?.[1] ?? '');
}

/** The index of the `</details>` closing the block opened at `start`, counting nested ones. */
function closingAt(children: readonly RootContent[], start: number): number {
  let depth = 0;
  for (let index = start; index < children.length; index += 1) {
    const node = children[index];
    if (node?.type !== 'html') continue;
    depth += (node.value.match(/<details[\s>]/gi) ?? []).length;
    depth -= (node.value.match(/<\/details\s*>/gi) ?? []).length;
    if (depth <= 0) return index;
  }
  return -1;
}

function foldChildren(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (node?.type !== 'html' || !OPEN.test(node.value)) {
      if (node) out.push(node);
      continue;
    }
    const end = closingAt(children, index);
    if (end === -1) {
      out.push(node);
      continue;
    }
    const closing = children[end];
    const between = children.slice(index + 1, end);
    const tail = end > index && closing?.type === 'html' ? innerNodes(closing.value.replace(CLOSE, ''), closing) : [];
    out.push(foldedBlock(summaryOf(node.value), [...innerNodes(node.value, node), ...foldChildren(between), ...tail], node));
    index = end;
  }
  return out;
}

/** Every raw `<details>` block, at the top level or inside a list item, quote or callout. */
export function foldDetails(root: Root): void {
  root.children = foldChildren(root.children);
  visit(root, (node) => {
    if (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition') node.children = foldChildren(node.children).filter(isFlow);
  });
}
