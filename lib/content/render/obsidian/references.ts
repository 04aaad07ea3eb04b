import type { Html, Image, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { plainText } from '../markdown';
import type { LinkRef } from '../../schema';

/*
 * Render stage, references: everything in a note that points at another note or a file of
 * the vault (`[[note]]`, `![[image.png|300]]`, `[text](Other%20Note.md)`, `![](pic.png)`,
 * `<img src="pic.png">`) becomes a numbered reference. The per-note parse cannot resolve
 * them (that needs the whole vault, and the parse is cached per file), so each is rendered
 * as a placeholder (`#ref-N`, class `ref`) that the vault stage replaces once every note
 * is known (vault/link-html.ts). Only this stage gives an element the class `ref`: raw
 * HTML never reaches the tree, so no note can forge a placeholder.
 */

export const REF_CLASS = 'ref';
export const NOTE_EMBED_CLASS = 'note-embed';

export function refHref(index: number): string {
  return `#ref-${index}`;
}

/** A file a browser shows as a picture: `![[x.png]]` is an image, `![[x.pdf]]` a link to it. */
export const PICTURE = /\.(?:png|jpe?g|gif|webp|svg|avif|bmp)$/i;

const WIKILINK = /(!?)\[\[([^\[\]\n]+?)\]\]/g;
const SIZE = /^(\d{1,5})(?:x(\d{1,5}))?$/;
/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative: not the vault's. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const CONTEXT_CHARS = 200;

/** `blocks`: each reference's block, whose text becomes its context once every link in it is read. */
type Found = { refs: LinkRef[]; blocks: (Nodes | undefined)[]; bodyLineOffset: number };

function lineAt(node: Nodes, before: string, offset: number): number {
  return (node.position?.start.line ?? 1) + (before.match(/\n/g)?.length ?? 0) + offset;
}

/** The sentence around a link, for backlinks: the block's text, cut around the label. */
function contextOf(block: Nodes | undefined, label: string): string {
  const text = block ? plainText(block) : label;
  if (text.length <= CONTEXT_CHARS) return text;
  const at = Math.max(0, text.indexOf(label));
  const start = Math.max(0, Math.min(at - CONTEXT_CHARS / 2, text.length - CONTEXT_CHARS));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + CONTEXT_CHARS).trim()}${start + CONTEXT_CHARS < text.length ? '…' : ''}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `target#fragment` split, the fragment decoded and trimmed; '' target is this note. */
function splitFragment(text: string): { target: string; fragment: string | null } {
  const at = text.indexOf('#');
  if (at === -1) return { target: text.trim(), fragment: null };
  // Kept as written: `[[C# vs F#]]` may name a file with `#` in it (link-targets.ts).
  const fragment = text.slice(at + 1).trimEnd();
  return { target: text.slice(0, at).trim(), fragment: fragment.trim() ? fragment : null };
}

/** Obsidian shows `[[Note#Heading]]` as "Note > Heading" and `[[#Heading]]` as "Heading". */
function defaultLabel(target: string, fragment: string | null): string {
  if (!fragment) return target;
  const shown = fragment.trim().replace(/^\^/, '');
  return target ? `${target} > ${shown}` : shown;
}

type Wikilink = Omit<LinkRef, 'line' | 'context'>;

/** The inside of `[[…]]`: target, `#fragment`, then `|label` (or `|300x200` on an image embed). */
export function readWikilink(inner: string, embed: boolean): Wikilink {
  const bar = inner.indexOf('|');
  const { target, fragment } = splitFragment(bar === -1 ? inner : inner.slice(0, bar));
  const after = bar === -1 ? '' : inner.slice(bar + 1).trim();
  const size = embed ? SIZE.exec(after) : null;
  const label = after && !size ? after : defaultLabel(target, fragment);
  return {
    kind: embed ? 'embed' : 'link',
    syntax: 'wiki',
    target: target.normalize('NFC'),
    fragment: fragment?.normalize('NFC') ?? null,
    label,
    width: size ? Number(size[1]) : null,
    height: size?.[2] ? Number(size[2]) : null,
  };
}

function isBlock(node: Nodes): boolean {
  return ['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote'].includes(node.type);
}

function record(found: Found, ref: Wikilink, line: number, ancestors: readonly Nodes[]): number {
  found.blocks.push([...ancestors].reverse().find(isBlock));
  found.refs.push({ ...ref, line: line + found.bodyLineOffset, context: '' });
  return found.refs.length - 1;
}

function refLink(index: number, label: string, extra: string[] = []): Link {
  return { type: 'link', url: refHref(index), children: [{ type: 'text', value: label }], data: { hProperties: { className: [REF_CLASS, ...extra] } } };
}

function refImage(index: number, alt: string): Image {
  return { type: 'image', url: refHref(index), alt, data: { hProperties: { className: [REF_CLASS] } } };
}

/** A text node's `[[…]]` and `![[…]]` as placeholder nodes; null when it holds none. */
function splitText(node: Text, ancestors: readonly Nodes[], found: Found): PhrasingContent[] | null {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(WIKILINK)) {
    const [whole, bang, inner] = match;
    if (!inner) continue;
    const before = node.value.slice(0, match.index);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    const ref = readWikilink(inner, bang === '!');
    const index = record(found, ref, lineAt(node, before, 0), [...ancestors, node]);
    const isImage = ref.kind === 'embed' && PICTURE.test(ref.target);
    parts.push(isImage ? refImage(index, ref.label === ref.target ? '' : ref.label) : refLink(index, ref.label, ref.kind === 'embed' ? [NOTE_EMBED_CLASS] : []));
    last = match.index + whole.length;
  }
  if (last === 0) return null;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** A link or image URL that names a file of the vault, as a reference; null for the web. */
function markdownRef(url: string, kind: LinkRef['kind'], label: string): Wikilink | null {
  if (!url || EXTERNAL.test(url)) return null;
  const { target, fragment } = splitFragment(url);
  // `[x](#Heading)` links this note's heading; any other fragment-only URL is left alone.
  return { kind, syntax: 'markdown', target: safeDecode(target).normalize('NFC'), fragment: fragment ? safeDecode(fragment).normalize('NFC') : null, label, width: null, height: null };
}

/** `<img src="…" alt width height>` written as HTML: the one raw tag a vault's notes use for pictures. */
function htmlImage(node: Html): Image | null {
  if (!/^<img\s/i.test(node.value.trim())) return null;
  const element = fromHtml(node.value, { fragment: true }).children.find((child) => child.type === 'element' && child.tagName === 'img');
  if (element?.type !== 'element') return null;
  const { src, alt, width, height } = element.properties;
  if (typeof src !== 'string') return null;
  return {
    type: 'image',
    url: src,
    alt: typeof alt === 'string' ? alt : '',
    data: { hProperties: { ...(typeof width === 'number' ? { width } : {}), ...(typeof height === 'number' ? { height } : {}) } },
  };
}

function sizeOf(image: Image): { width: number | null; height: number | null } {
  const properties = image.data?.hProperties;
  const read = (value: unknown) => (typeof value === 'number' && value > 0 ? Math.round(value) : null);
  return { width: read(properties?.width), height: read(properties?.height) };
}

/** A paragraph that holds one note embed and nothing else is the embedded note's block. */
function markEmbedBlocks(tree: Root): void {
  visitParents(tree, 'paragraph', (paragraph) => {
    const shown = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const [only] = shown;
    const classes = only?.type === 'link' ? only.data?.hProperties?.className : undefined;
    if (shown.length !== 1 || !Array.isArray(classes) || !classes.includes(NOTE_EMBED_CLASS) || !only) return;
    paragraph.children = [only];
    paragraph.data = { ...paragraph.data, hName: 'div', hProperties: { className: ['note-embed-block'] } };
  });
}

/**
 * Finds every reference in the tree, replaces it by its placeholder and returns them in
 * document order (the placeholder `#ref-N` is the index). Never inside code.
 */
export function markReferences(tree: Root, bodyLineOffset: number): LinkRef[] {
  const found: Found = { refs: [], blocks: [], bodyLineOffset };
  visitParents(tree, (node, ancestors) => {
    const parent: Parent | undefined = ancestors.at(-1);
    if (!parent || node.type === 'root') return undefined;
    const index = parent.children.indexOf(node);
    if (node.type === 'html') {
      const image = htmlImage(node);
      if (!image) return SKIP;
      image.position = node.position;
      parent.children.splice(index, 1, image);
      return [SKIP, index];
    }
    if (node.type === 'image') {
      const ref = markdownRef(node.url, 'embed', node.alt ?? '');
      if (!ref) return SKIP;
      const placed = record(found, { ...ref, ...sizeOf(node) }, node.position?.start.line ?? 1, ancestors);
      parent.children.splice(index, 1, { ...refImage(placed, node.alt ?? ''), position: node.position });
      return SKIP;
    }
    if (node.type === 'link') {
      const ref = markdownRef(node.url, 'link', plainText(node));
      if (!ref) return SKIP;
      const placed = record(found, ref, node.position?.start.line ?? 1, ancestors);
      node.url = refHref(placed);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: [REF_CLASS] } };
      return SKIP;
    }
    if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'linkReference') return SKIP;
    if (node.type !== 'text') return undefined;
    const parts = splitText(node, ancestors, found);
    if (!parts) return undefined;
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
  markEmbedBlocks(tree);
  return found.refs.map((ref, index) => ({ ...ref, context: contextOf(found.blocks[index], ref.label) }));
}
