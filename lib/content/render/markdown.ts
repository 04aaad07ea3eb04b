import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkHtml from 'remark-html';
import { remarkCallout } from '@r4ai/remark-callout';
import { calloutOptions } from './obsidian/callouts';
import { renderHandlers, sanitizeSchema } from './render-handlers';

/*
 * Stage 4, markdown: one processor parses a body into mdast once; every later stage slices
 * that tree, and renderHtml turns any slice into HTML through remark-html with its
 * sanitizer on (notes are untrusted: raw HTML, scripts, event handlers and unsafe URLs go).
 */
const processor = remark().use(remarkGfm).use(remarkMath).use(remarkCallout, calloutOptions).use(remarkHtml, { sanitize: sanitizeSchema, handlers: renderHandlers });

/** The tree with the processor's transforms run (callouts); the Obsidian stages follow (parse-body.ts). */
export function parseMarkdown(body: string): Root {
  return processor.runSync(processor.parse(body));
}

export function renderHtml(nodes: readonly RootContent[]): string {
  if (nodes.length === 0) return '';
  const root: Root = { type: 'root', children: [...nodes] };
  // The tree was transformed once when parsed: compiling the slice is the whole run.
  return processor.stringify(root).trim();
}

/** The text a reader sees: raw HTML left out (it is never rendered), white space collapsed. */
export function plainText(node: Nodes | readonly Nodes[]): string {
  const nodes: readonly Nodes[] = Array.isArray(node) ? node : [node];
  return nodes
    .map((each) => toString(each, { includeHtml: false }))
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Headings and bold runs, in order and without repeats: the terms a section defines. */
export function definedTerms(nodes: readonly RootContent[]): string[] {
  const terms = new Set<string>();
  for (const node of nodes) {
    visit(node, ['heading', 'strong'], (found) => {
      const term = plainText(found);
      if (term) terms.add(term);
      return SKIP;
    });
  }
  return [...terms];
}

/** Line of a node in the whole file, given how many lines came before the body. */
export function lineOf(node: Nodes | undefined, bodyLineOffset: number): number {
  return (node?.position?.start.line ?? 1) + bodyLineOffset;
}

function trimStartPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = children;
  if (!first) return children;
  if (first.type === 'break') return trimStartPhrasing(rest);
  if (first.type === 'text') {
    const value = first.value.replace(/^\s+/, '');
    return value === '' ? trimStartPhrasing(rest) : [{ ...first, value }, ...rest];
  }
  return children;
}

const anchoredLabels = new WeakMap<RegExp, RegExp>();

/** The label anchored at the start, built once per label: the question reader tries labels on every paragraph. */
function anchoredLabel(label: RegExp): RegExp {
  const known = anchoredLabels.get(label);
  if (known) return known;
  const anchored = new RegExp(`^\\s*(?:${label.source})`, label.flags.replace('g', ''));
  anchoredLabels.set(label, anchored);
  return anchored;
}

/**
 * Removes a leading label such as `**Question:**`, `A) ` or `**Option B** - ` from inline
 * content, whether the label sits in plain text, in bold, or in bold then text. Returns
 * null when the content does not start with the label.
 */
export function stripLeadingLabel(children: PhrasingContent[], label: RegExp): PhrasingContent[] | null {
  const anchored = anchoredLabel(label);
  const [first, ...rest] = children;
  if (!first) return null;
  // A callout's first line starts with an empty text node (@r4ai/remark-callout).
  if (first.type === 'text' && first.value.trim() === '' && rest.length > 0) return stripLeadingLabel(rest, label);
  if (first.type === 'text') {
    const match = anchored.exec(first.value);
    if (!match) return null;
    return trimStartPhrasing([{ ...first, value: first.value.slice(match[0].length) }, ...rest]);
  }
  if (first.type === 'strong' || first.type === 'emphasis') {
    const inner = toString(first, { includeHtml: false });
    const match = anchored.exec(inner);
    if (!match) return null;
    if (match[0].trim().length === inner.trim().length) return trimStartPhrasing(rest);
    const innerRest = stripLeadingLabel(first.children, label);
    return innerRest ? trimStartPhrasing([{ ...first, children: innerRest }, ...rest]) : null;
  }
  return null;
}
