import type { Delete, Emphasis, Heading, Link, Nodes, Paragraph, PhrasingContent, Root, Strong, TableCell } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Highlight } from './highlight';

/*
 * Obsidian inline tags (`#aws`, `#network/vpc`, `#네트워크`) file a note under a topic just as
 * front matter `tags:` do, so they are collected here and become links to the tag's page.
 * Obsidian's rules keep `#` from meaning a tag everywhere it appears in prose: it must start
 * a word (`C#`, `page#part` and URL fragments are not tags) and hold a non-number (`#1`
 * is a list number). Code and links are quoted or already link somewhere, so they are
 * left alone; a heading's text is prose, so a tag in it counts.
 */

type TagParent = Paragraph | Heading | TableCell | Emphasis | Strong | Delete | Highlight;

const TAG_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'highlight']);
const TAG = /#([\p{L}\p{N}\p{M}_/-]+)/gu;
/** What may come right before a tag's `#`; not `[`, so `[[#Heading]]` stays a link. */
const TAG_START = /[\s("'“‘「『]/u;
/** Digits, `-`, `_` and `/` alone make a number or a date (`#1`, `#2024-01`), not a topic. */
const WORDLESS = /^[\p{N}_/-]*$/u;

function isTagParent(node: Nodes): node is TagParent {
  return TAG_PARENTS.has(node.type);
}

/** Whether a `#` at `at` starts a word: the text or the sibling before it ends in a space or `(`. */
function startsWord(value: string, at: number, previous: PhrasingContent | undefined): boolean {
  const before = at > 0 ? value[at - 1] : previous?.type === 'text' ? previous.value.at(-1) : undefined;
  if (before !== undefined) return TAG_START.test(before);
  return !previous || previous.type === 'break' || previous.type === 'text';
}

function tagLink(written: string, href: string): Link {
  return { type: 'link', url: href, children: [{ type: 'text', value: `#${written}` }], data: { hProperties: { className: ['tag'] } } };
}

/** A text's tags as links, the text between kept; null when it holds none. */
function splitTags(value: string, previous: PhrasingContent | undefined, tagHref: (tag: string) => string, found: Set<string>): PhrasingContent[] | null {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(TAG)) {
    const written = (match[1] ?? '').replace(/\/+$/, '');
    if (WORDLESS.test(written) || !startsWord(value, match.index, previous)) continue;
    if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
    const tag = written.toLowerCase();
    found.add(tag);
    parts.push(tagLink(written, tagHref(tag)));
    last = match.index + 1 + written.length;
  }
  if (last === 0) return null;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

/**
 * Replaces every inline `#tag` by a link (class `tag`) to `tagHref(tag)` and returns the
 * tags in lower case (Obsidian ignores case), first-seen order, no repeats.
 */
export function readInlineTags(tree: Root, tagHref: (tag: string) => string): string[] {
  const found = new Set<string>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'link' || node.type === 'linkReference') return SKIP;
    if (node.type !== 'text' || index === undefined || !parent || !isTagParent(parent)) return undefined;
    const parts = splitTags(node.value, parent.children[index - 1], tagHref, found);
    if (!parts) return undefined;
    parent.children.splice(index, 1, ...parts);
    // The new tag links hold `#tag` text that must not be read again.
    return index + parts.length;
  });
  return [...found];
}
