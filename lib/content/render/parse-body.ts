import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { elementId, tagHref } from '../../links';
import { issue, type Issue } from '../problems';
import type { LinkRef } from '../schema';
import { parseMarkdown, plainText } from './markdown';
import { sectionKind } from './sections';
import { keepProseDollars } from './math';
import { blockAnchor, markBlockIds } from './obsidian/block-ids';
import { stripComments } from './obsidian/comments';
import { foldDetails } from './obsidian/details';
import { markHeadingIds } from './obsidian/heading-ids';
import { markHighlights } from './obsidian/highlight';
import { readInlineTags } from './obsidian/inline-tags';
import { protectWikilinks } from './obsidian/protect-wikilinks';
import { markReferences } from './obsidian/references';

export type ParsedBody = {
  root: Root;
  refs: LinkRef[];
  /** Each heading's text and the id its element carries (before the sanitizer's prefix). */
  headingIds: { depth: number; text: string; anchor: string }[];
  blockIds: string[];
  tags: string[];
  issues: Issue[];
};

/**
 * Stage 4, markdown: a note's body as a tree with Obsidian's syntax read. Comments go first,
 * from the text, so that nothing in them reaches the page or the search index; then the
 * tree (callouts), its references, highlights, block ids, heading ids and inline tags.
 */
export function parseBody(body: string, bodyLineOffset: number): ParsedBody {
  const { text, unclosedAt } = stripComments(body);
  const issues = unclosedAt === null ? [] : [issue(unclosedAt + bodyLineOffset, 'warning', 'a `%%` comment opened here is never closed: the rest of the note is hidden, as in Obsidian')];
  const source = protectWikilinks(text);
  const root = parseMarkdown(source);
  keepProseDollars(root, source);
  foldDetails(root);
  const refs = markReferences(root, bodyLineOffset);
  // Block ids first: `==text== ^id` would otherwise put the marker inside the highlight.
  const blockIds = markBlockIds(root);
  markHighlights(root);
  const tags = readInlineTags(root, tagHref);
  const headingIds = markHeadingIds(root, blockIds.map(blockAnchor), { setIds: !isTemplate(root) });
  prefixIds(root);
  return { root, refs, headingIds, blockIds, tags, issues };
}

/**
 * A note of the template (its H2s named 핵심 포인트, 설명, …) lists and links its sections,
 * which carry their own anchors; its other headings get no id. Those ids cost 0.8 KB a
 * page (each is written three times: the HTML, and the page's data twice) on the heaviest
 * pages of the site, over their budget; a link to such a heading lands on its section.
 */
function isTemplate(root: Root): boolean {
  return root.children.some((node) => node.type === 'heading' && node.depth === 2 && sectionKind(plainText(node)) !== 'other');
}

/**
 * Heading and block ids carry the prefix the sanitizer would give them (elementId), so that
 * no note can clobber the page's own ids; the sanitizer adds none (render-handlers.ts), since
 * remark-gfm's footnotes come prefixed already and would otherwise be prefixed twice.
 */
function prefixIds(root: Root): void {
  visit(root, (node) => {
    const id = node.data?.hProperties?.id;
    if (typeof id === 'string' && node.data?.hProperties) node.data.hProperties.id = elementId(id);
  });
}
