import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { plainText } from '../render/markdown';
import { questionCallout, startsOwnLine } from './layout';

/*
 * Questions are written line by line: `**Options:**` on the stem's last line, `(A) …` and
 * `(B) …` explanations with no blank line between them, `**정답: …**` swallowed by the last
 * option as a lazy continuation. Each line that starts with a label or a letter is split
 * out as a paragraph of its own, so the reader sees one part per paragraph. `origin` is the
 * node it came from: a node the reader does not take is given back whole.
 */

export type Entry = { node: RootContent; origin: number };

/** Text nodes cut after each line break, so a line can start a paragraph of its own. */
function cutLines(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type !== 'text' || !child.value.slice(0, -1).includes('\n')) return [child];
    return child.value.split(/(?<=\n)/).map((value) => ({ ...child, value }));
  });
}

function trimEndPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1);
  if (last?.type === 'break') return trimEndPhrasing(children.slice(0, -1));
  if (last?.type === 'text' && /\s$/.test(last.value)) {
    const value = last.value.trimEnd();
    return value ? [...children.slice(0, -1), { ...last, value }] : trimEndPhrasing(children.slice(0, -1));
  }
  return children;
}

/** The text of the line starting at `index`: what decides whether it starts a paragraph. */
function lineText(children: readonly PhrasingContent[], index: number): string {
  const line: PhrasingContent[] = [];
  for (let at = index; at < children.length; at += 1) {
    const child = children[at];
    if (!child || child.type === 'break') break;
    line.push(child);
    if (child.type === 'text' && child.value.endsWith('\n')) break;
  }
  return plainText(line);
}

function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const children = cutLines(paragraph.children);
  const parts: PhrasingContent[][] = [[]];
  children.forEach((child, index) => {
    const before = children[index - 1];
    const lineStart = before !== undefined && (before.type === 'break' || (before.type === 'text' && before.value.endsWith('\n')));
    if (lineStart && startsOwnLine(lineText(children, index))) parts.push([]);
    parts.at(-1)?.push(child);
  });
  if (parts.length === 1) return [paragraph];
  return parts.map((part) => {
    const first = part[0]?.position;
    const last = part.at(-1)?.position;
    return { type: 'paragraph', children: trimEndPhrasing(part), position: first && last ? { start: first.start, end: last.end } : paragraph.position };
  });
}

/** Lines split out of a list item's last paragraph end the list: the rest is another list. */
function splitList(list: List): RootContent[] {
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  for (const item of list.children) {
    const last = item.children.at(-1);
    const [kept, ...lifted] = last?.type === 'paragraph' ? splitParagraph(last) : [];
    if (!kept || lifted.length === 0) {
      items.push(item);
      continue;
    }
    items.push({ ...item, children: [...item.children.slice(0, -1), kept] });
    out.push({ ...list, children: items }, ...lifted);
    items = [];
  }
  if (items.length > 0) out.push({ ...list, children: items });
  return out;
}

function linesOf(node: RootContent): RootContent[] {
  if (node.type === 'paragraph') return splitParagraph(node);
  return node.type === 'list' ? splitList(node) : [node];
}

export function splitLines(nodes: readonly RootContent[]): Entry[] {
  return nodes.flatMap((node, origin) => {
    const parts = (questionCallout(node) ?? [node]).flatMap(linesOf);
    return parts.map((part) => ({ node: part, origin }));
  });
}

/**
 * The nodes for entries the reader gave back: an input node whose every part came back
 * together is returned whole, as written; one split between a question and the text
 * around it keeps only its parts that were given back.
 */
export function givenBack(entries: readonly Entry[], all: readonly Entry[], nodes: readonly RootContent[]): RootContent[] {
  const partsOf = new Map<number, number>();
  for (const entry of all) partsOf.set(entry.origin, (partsOf.get(entry.origin) ?? 0) + 1);
  const back = new Map<number, number>();
  for (const entry of entries) back.set(entry.origin, (back.get(entry.origin) ?? 0) + 1);
  const out: RootContent[] = [];
  const emitted = new Set<number>();
  for (const entry of entries) {
    const whole = back.get(entry.origin) === partsOf.get(entry.origin);
    const original = nodes[entry.origin];
    if (!whole || !original) out.push(entry.node);
    else if (!emitted.has(entry.origin)) {
      emitted.add(entry.origin);
      out.push(original);
    }
  }
  return out;
}
