import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/*
 * Heading anchors are GitHub's slugs, so `[[note#Heading]]` and `#heading` links written
 * for GitHub or Obsidian both resolve. Slugs are unique within one note only: each call
 * starts a fresh slugger, and ids the note already uses (block ids) are reserved first so a
 * heading never steals one.
 */

export type HeadingId = { depth: number; text: string; anchor: string };

function headingText(node: Heading): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

/** The anchor of the first heading with this text, for resolving `#Heading` links. */
export function headingAnchor(text: string): string {
  return slug(text.replace(/\s+/g, ' ').trim());
}

/**
 * Gives every heading the id of its slug (`-1`, `-2` … on repeats) and returns the
 * headings in order (with `setIds: false`, only returns them). A heading whose text has no slug (punctuation, emoji) gets no id and
 * the anchor ''.
 */
export function markHeadingIds(tree: Root, taken: Iterable<string> = [], { setIds = true }: { setIds?: boolean } = {}): HeadingId[] {
  const slugger = new GithubSlugger();
  // Case kept: HTML ids are case-sensitive, so only the id exactly as given is in use.
  for (const id of new Set(taken)) slugger.slug(id, true);
  const headings: HeadingId[] = [];
  visit(tree, 'heading', (heading) => {
    const text = headingText(heading);
    const anchor = headingAnchor(text) ? slugger.slug(text) : '';
    if (anchor && setIds) heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: anchor } };
    headings.push({ depth: heading.depth, text, anchor });
  });
  return headings;
}
