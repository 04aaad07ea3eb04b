import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import type { Root, Text } from 'mdast';
import type { InlineMath, Math as BlockMath } from 'mdast-util-math';
import { SKIP, visit } from 'unist-util-visit';

/*
 * Render stage, math: `$…$` and `$$…$$` (remark-math) drawn at build time by KaTeX as
 * MathML, which browsers lay out natively: a page with math ships no script and no
 * stylesheet for it. A formula KaTeX cannot read is shown as its source, marked.
 */

/** The MathML tags and attributes KaTeX writes, for the sanitize schema. */
export const MATHML_TAGS = ['math', 'semantics', 'annotation', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'merror', 'mmultiscripts', 'mprescripts', 'none'];
export const MATHML_ATTRIBUTES = ['display', 'encoding', 'mathvariant', 'stretchy', 'fence', 'separator', 'lspace', 'rspace', 'accent', 'accentunder', 'columnalign', 'rowspacing', 'columnspacing', 'rowlines', 'columnlines', 'width', 'height', 'depth', 'voffset', 'scriptlevel', 'displaystyle', 'minsize', 'maxsize', 'movablelimits', 'symmetric', 'linethickness', 'notation', 'largeop'];

function mathElement(tex: string, display: boolean): Element {
  const html = katex.renderToString(tex, { output: 'mathml', throwOnError: false, displayMode: display, trust: false, maxExpand: 1000 });
  let found: Element | undefined;
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (node.tagName !== 'math') return undefined;
    found = node;
    return SKIP;
  });
  if (found) return found;
  const source: ElementContent = { type: 'text', value: display ? `$$${tex}$$` : `$${tex}$` };
  return { type: 'element', tagName: 'code', properties: { className: ['math-error'] }, children: [source] };
}

/** mdast-util-to-hast handlers for remark-math's nodes. */
export function inlineMathElement(node: InlineMath): Element {
  return mathElement(node.value, false);
}

export function blockMathElement(node: BlockMath): Element {
  return { type: 'element', tagName: 'div', properties: { className: ['math-block'] }, children: [mathElement(node.value, true)] };
}

/**
 * Obsidian's rule for `$…$`, which remark-math does not apply: no space just inside the
 * dollars, and no digit just after the closing one. So prose about prices (`$5 and $10`)
 * stays text, as Obsidian shows it.
 */
export function keepProseDollars(root: Root, source: string): void {
  visit(root, 'inlineMath', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || index === undefined || start === undefined || end === undefined) return undefined;
    const written = source.slice(start, end);
    const inside = written.replace(/^\$+|\$+$/g, '');
    if (!/^\s|\s$/.test(inside) && !/\d/.test(source.charAt(end))) return undefined;
    const text: Text = { type: 'text', value: written };
    parent.children.splice(index, 1, text);
    return [SKIP, index + 1];
  });
}
