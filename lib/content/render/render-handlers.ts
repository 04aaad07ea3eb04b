import type { Element } from 'hast';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { Code, Paragraph } from 'mdast';
import { defaultHandlers, type Handlers, type State } from 'mdast-util-to-hast';
import { readFlows, type Flow, type FlowBox } from './flow';

/*
 * Render stage extras: simple architecture flows become ordered lists of boxes (drawn as
 * a diagram by CSS), and trade-off labels (`**Glue 장점**:`) get a class so pros and cons
 * can be told apart at a glance. Only these handlers create the classes the sanitize
 * schema below lets through; raw HTML from a note never reaches the tree at all.
 */

const FLOW_CLASSES = ['flows', 'flow', 'flow-vertical', 'flow-horizontal', 'flow-rows', 'flow-row', 'flow-link', 'flow-boxes', 'flow-box', 'flow-label', 'flow-detail', 'flow-source'];
const TRADEOFF_CLASSES = ['tradeoff', 'tradeoff-pro', 'tradeoff-con'];

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
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    div: withClasses('div', FLOW_CLASSES),
    figure: withClasses('figure', FLOW_CLASSES),
    figcaption: [],
    ol: withClasses('ol', FLOW_CLASSES),
    li: withClasses('li', FLOW_CLASSES),
    span: withClasses('span', FLOW_CLASSES),
    p: withClasses('p', TRADEOFF_CLASSES),
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

export const renderHandlers: Handlers = { code, paragraph };

