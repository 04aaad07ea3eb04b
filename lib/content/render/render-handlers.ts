import type { Element } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { Code, Paragraph } from 'mdast';
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast';
import { readFlows, type Flow, type FlowBox } from './flow';
import { blockMathElement, inlineMathElement, MATHML_ATTRIBUTES, MATHML_TAGS } from './math';

/*
 * Render stage extras: simple architecture flows become ordered lists of boxes (drawn as
 * a diagram by CSS), and trade-off labels (`**Glue 장점**:`) get a class so pros and cons
 * can be told apart at a glance. Only these handlers create the classes the sanitize
 * schema below lets through; raw HTML from a note never reaches the tree at all.
 */

const FLOW_CLASSES = ['flows', 'flow', 'flow-vertical', 'flow-horizontal', 'flow-rows', 'flow-row', 'flow-link', 'flow-boxes', 'flow-box', 'flow-label', 'flow-detail', 'flow-source'];
const TRADEOFF_CLASSES = ['tradeoff', 'tradeoff-pro', 'tradeoff-con'];
/** Obsidian's syntax (render/obsidian/, vault/link-html.ts): callouts, references, embeds, tags. */
const CALLOUT_CLASSES = ['callout', 'callout-title', 'callout-body'];
const REF_CLASSES = ['ref', 'note-embed', 'internal-link', 'attachment-link', 'tag'];
const EMBED_CLASSES = ['note-embed-block', 'note-embed', 'note-embed-title', 'embed-loop', 'math-block'];

type AttributeDefinition = NonNullable<Schema['attributes']>[string][number];

/** The default rules for a tag, with `classes` added to the class names it may carry. */
function withClasses(tag: string, classes: readonly string[]): AttributeDefinition[] {
  const rules = defaultSchema.attributes?.[tag] ?? [];
  const isClassRule = (rule: AttributeDefinition) => Array.isArray(rule) && rule[0] === 'className';
  const allowed = rules.filter(isClassRule).flatMap((rule) => (Array.isArray(rule) ? rule.slice(1) : []));
  return [...rules.filter((rule) => !isClassRule(rule)), ['className', ...allowed, ...classes]];
}

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Ids come only from this pipeline, prefixed already (render/parse-body.ts, remark-gfm's
  // footnotes): prefixing them again broke every footnote link. Raw HTML never gets here.
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'mark', ...MATHML_TAGS],
  attributes: {
    ...defaultSchema.attributes,
    div: [...withClasses('div', [...FLOW_CLASSES, ...CALLOUT_CLASSES, ...EMBED_CLASSES]), 'dataCallout', 'dataSlug'],
    details: [...withClasses('details', CALLOUT_CLASSES), 'dataCallout'],
    summary: withClasses('summary', CALLOUT_CLASSES),
    figure: withClasses('figure', FLOW_CLASSES),
    figcaption: [],
    ol: withClasses('ol', FLOW_CLASSES),
    li: withClasses('li', FLOW_CLASSES),
    span: [...withClasses('span', [...FLOW_CLASSES, 'broken-link']), 'title'],
    p: withClasses('p', [...TRADEOFF_CLASSES, ...EMBED_CLASSES]),
    a: [...withClasses('a', REF_CLASSES), 'dataSlug', 'dataPreview', 'dataTitle'],
    img: [...withClasses('img', ['ref', 'embed-image']), 'loading', 'decoding'],
    mark: [],
    ...Object.fromEntries(MATHML_TAGS.map((tag) => [tag, MATHML_ATTRIBUTES])),
    code: [['className', /^language-./, 'math-error']],
    pre: [...(defaultSchema.attributes?.pre ?? []), 'tabIndex'],
  },
};

function boxElement(box: FlowBox): Element {
  return h('li.flow-box', [h('span.flow-label', box.label), ...box.detail.map((line) => h('span.flow-detail', line))]);
}

function flowElement(flow: Flow): Element {
  const rows = flow.rows.map((row) =>
    h('li.flow-row', [...(row.linkLabel ? [h('span.flow-link', row.linkLabel)] : []), h('ol.flow-boxes', row.boxes.map(boxElement))]),
  );
  return h(`figure.flow.flow-${flow.direction}`, [...(flow.caption ? [h('figcaption', flow.caption)] : []), h('ol.flow-rows', rows)]);
}

function code(state: State, node: Code): Element {
  const flows = node.lang ? null : readFlows(node.value);
  if (!flows) {
    // A wide block scrolls sideways on a phone: the keyboard must be able to reach it.
    const pre = defaultHandlers.code(state, node);
    return { ...pre, properties: { ...pre.properties, tabIndex: 0 } };
  }
  return h('div.flows', flows.map(flowElement));
}

const PRO = /장점|이점|pros|advantages?|benefits?/i;
const CON = /단점|한계|제약|cons|disadvantages?|limitations?|drawbacks?/i;

/** `**AWS Glue 장점**:` (or `**… 장점:**`) alone on its line labels a trade-off list. */
function paragraph(state: State, node: Paragraph): Element {
  const element = defaultHandlers.paragraph(state, node);
  const [label, ...rest] = node.children;
  const onlyLabel = label?.type === 'strong' && rest.every((child) => child.type === 'text' && /^\s*:?\s*$/.test(child.value));
  if (!onlyLabel) return element;
  const text = label.children.map((child) => ('value' in child ? child.value : '')).join('');
  const kind = PRO.test(text) ? 'tradeoff-pro' : CON.test(text) ? 'tradeoff-con' : null;
  if (!kind) return element;
  return { ...element, properties: { ...element.properties, className: ['tradeoff', kind] } };
}

export const renderHandlers: Handlers = { code, paragraph, inlineMath: (_state, node) => inlineMathElement(node), math: (_state, node) => blockMathElement(node) };

