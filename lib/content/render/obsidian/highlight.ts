import type { Data, Delete, Emphasis, Heading, Link, LinkReference, Nodes, Paragraph, Parent, PhrasingContent, Root, Strong, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';

/*
 * Obsidian highlights (`==text==`) have no CommonMark or GFM syntax, so markdown leaves the
 * markers in text nodes; they are paired here, after parsing, so that a highlight can hold
 * bold, code or links and can span several sibling nodes. Pairing is per line: notes
 * often leave an `==` unclosed, which Obsidian highlights to the end of its line, and a
 * stray marker must not swallow the lines after it.
 */

export interface HighlightData extends Data {
  hName: 'mark';
}

/** A `<mark>` run: mdast has no node for it, so it is registered below as phrasing content. */
export interface Highlight extends Parent {
  type: 'highlight';
  children: PhrasingContent[];
  data: HighlightData;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    highlight: Highlight;
  }
  interface RootContentMap {
    highlight: Highlight;
  }
}

type PhrasingParent = Paragraph | Heading | TableCell | Emphasis | Strong | Delete | Link | LinkReference | Highlight;

/** A child split at its markers and line ends; `node` is anything left whole (a `break` ends a line too). */
type Piece = { kind: 'text'; value: string } | { kind: 'marker' } | { kind: 'newline' } | { kind: 'node'; node: PhrasingContent };

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'highlight']);
// Exactly two: `===` (comparisons, setext underlines) and the empty `====` stay text.
const MARKER_OR_LINE_END = /(?<!=)==(?!=)|\n/g;

function isPhrasingParent(node: Nodes): node is PhrasingParent {
  return PHRASING_PARENTS.has(node.type);
}

/** A bare URL (`https://…`, `www.…`, an email) shows its URL as text: that text is the URL. */
function isBareUrl(node: PhrasingParent): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const [only] = node.children;
  return only?.type === 'text' && [only.value, `http://${only.value}`, `mailto:${only.value}`].includes(node.url);
}

function hasMarker(children: readonly PhrasingContent[]): boolean {
  return children.some((child) => child.type === 'text' && /(?<!=)==(?!=)/.test(child.value));
}

function splitText(value: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of value.matchAll(MARKER_OR_LINE_END)) {
    if (match.index > last) pieces.push({ kind: 'text', value: value.slice(last, match.index) });
    pieces.push(match[0] === '\n' ? { kind: 'newline' } : { kind: 'marker' });
    last = match.index + match[0].length;
  }
  if (last < value.length) pieces.push({ kind: 'text', value: value.slice(last) });
  return pieces;
}

function toPieces(children: readonly PhrasingContent[]): Piece[] {
  return children.flatMap((child): Piece[] => {
    if (child.type === 'text') return splitText(child.value);
    return [{ kind: 'node', node: child }];
  });
}

/** The character a piece shows at one edge; any other node counts as a visible character. */
function edgeChar(piece: Piece | undefined, edge: 'first' | 'last'): string | null {
  if (!piece) return null;
  if (piece.kind === 'marker') return '=';
  if (piece.kind === 'newline') return '\n';
  if (piece.kind === 'text') return (edge === 'first' ? piece.value.at(0) : piece.value.at(-1)) ?? null;
  if (piece.node.type === 'break') return '\n';
  if (piece.node.type === 'text') return (edge === 'first' ? piece.node.value.at(0) : piece.node.value.at(-1)) ?? null;
  return 'x';
}

const isVisible = (char: string | null): boolean => char !== null && !/\s/.test(char);

function mark(children: PhrasingContent[]): Highlight {
  return { type: 'highlight', children, data: { hName: 'mark' } };
}

function toNode(piece: Piece): PhrasingContent {
  if (piece.kind === 'node') return piece.node;
  return { type: 'text', value: piece.kind === 'newline' ? '\n' : piece.kind === 'marker' ? '==' : piece.value };
}

/** Adjacent text nodes joined, as the parser would have left them. */
function mergeText(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type === 'text' && previous?.type === 'text') merged[merged.length - 1] = { type: 'text', value: previous.value + node.value };
    else merged.push(node);
  }
  return merged;
}

/** Left to right, like Obsidian: a marker closes before it opens, and a line end closes what is still open. */
function pairMarkers(pieces: readonly Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let open: PhrasingContent[] | null = null;
  const close = () => {
    if (open) out.push(mark(mergeText(open)));
    open = null;
  };
  pieces.forEach((piece, index) => {
    if (piece.kind === 'newline' || (piece.kind === 'node' && piece.node.type === 'break')) close();
    const before = edgeChar(pieces[index - 1], 'last');
    const after = edgeChar(pieces[index + 1], 'first');
    if (piece.kind === 'marker' && open && open.length > 0 && isVisible(before)) return close();
    if (piece.kind === 'marker' && !open && isVisible(after)) {
      open = [];
      return;
    }
    (open ?? out).push(toNode(piece));
  });
  close();
  return mergeText(out);
}

/**
 * Turns every `==text==` into a `highlight` node (rendered as `<mark>`); an unclosed `==`
 * highlights to the end of its line. Never in code, raw HTML or a link's URL.
 */
export function markHighlights(tree: Root): void {
  const parents: PhrasingParent[] = [];
  visit(tree, (node) => {
    if (isPhrasingParent(node) && !isBareUrl(node) && hasMarker(node.children)) parents.push(node);
  });
  for (const parent of parents) parent.children = pairMarkers(toPieces(parent.children));
}
