import type { ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/*
 * Obsidian block ids: a paragraph or list item ending in ` ^id` can be linked to as
 * `[[note#^id]]`. The marker is the author's bookkeeping, not prose, so it leaves the
 * text; the block keeps it as an HTML id so such links land on it. A list item (not its
 * paragraph) takes the id, since a tight list renders no `<p>` to carry one.
 */

const MARKER = /(^|\s)\^([A-Za-z0-9-]+)\s*$/;

/** The HTML id of block `id`; lower case, because Obsidian matches block ids in any case. */
export function blockAnchor(id: string): string {
  return `block-${id.toLowerCase()}`;
}

/** The last child without the marker, and the id; null when the paragraph has none. */
function cutMarker(children: PhrasingContent[]): { children: PhrasingContent[]; id: string } | null {
  const last = children.at(-1);
  if (last?.type !== 'text') return null;
  const match = MARKER.exec(last.value);
  const id = match?.[2];
  if (!match || !id) return null;
  const before = children.at(-2);
  // At the start of a text node the marker needs a line of its own: `**b**^id` is prose.
  if (match.index === 0 && !match[1] && before?.type !== 'break') return null;
  const rest = last.value.slice(0, match.index).trimEnd();
  const kept = rest ? [...children.slice(0, -1), { ...last, value: rest }] : children.slice(0, -1);
  while (kept.at(-1)?.type === 'break') kept.pop();
  return { children: kept, id };
}

function setId(node: Paragraph | ListItem, id: string): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: blockAnchor(id) } };
}

/**
 * Removes every ` ^id` block marker, gives its block the id `blockAnchor(id)` and returns
 * the ids as written, in order. A repeated id marks only its first block, as links go there.
 */
export function markBlockIds(tree: Root): string[] {
  const ids: string[] = [];
  const anchors = new Set<string>();
  visit(tree, 'paragraph', (paragraph, _index, parent) => {
    const cut = cutMarker(paragraph.children);
    if (!cut) return;
    paragraph.children = cut.children;
    const anchor = blockAnchor(cut.id);
    if (anchors.has(anchor)) return;
    anchors.add(anchor);
    ids.push(cut.id);
    const lastParagraph = parent?.type === 'listItem' ? parent.children.findLast((child) => child.type === 'paragraph') : undefined;
    setId(parent?.type === 'listItem' && lastParagraph === paragraph ? parent : paragraph, cut.id);
  });
  return ids;
}
