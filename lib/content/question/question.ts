import { createHash } from 'node:crypto';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { ANSWER_LABEL, answerLetters, answerLineWords, selectMarkerCount } from './answer-line';
import { matchExplanationKey } from './explanation-key';
import { lineOf, plainText, renderHtml, stripLeadingLabel } from '../render/markdown';
import { issue, type Issue } from '../problems';
import type { Option, Question } from '../schema';

/*
 * Stage 6, questions: reads the question block(s) of a question section. Each
 * `**Question:**` paragraph opens a block: stem, `**Options:**` with `- A) …` items, the
 * `**정답: …**` answer line, `💡 추가 설명:` with `- **KEY** - text` items, then anything
 * else, kept as after-content.
 */

const QUESTION_LABEL = /(?:question|문제)(?:\s*\d+)?\s*[:：]/i;
const OPTIONS_LABEL = /^(?:options|choices|선택지|보기)\s*[:：]?$/i;
const EXPLANATIONS_LABEL = /^(?:💡\s*)?(?:추가\s*설명|해설|explanations?)\s*[:：]?$/iu;
const OPTION_LETTER = /([A-Z])[).]\s+/;
const KEY_SEPARATOR = /^\s*(?:[-–—:：]\s*)?/;

type Context = { slug: string; bodyLineOffset: number };
type Block = { opener: Paragraph; nodes: RootContent[] };

/** `rest` is what renders as the section's own HTML: text before the first question, and any question that could not be read, so the reader still sees it. */
export type QuestionSectionResult = { rest: RootContent[]; questions: Question[]; issues: Issue[] };

function isParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph';
}

function labelled(node: RootContent | undefined, label: RegExp): boolean {
  return isParagraph(node) && stripLeadingLabel(node.children, label) !== null;
}

function matches(node: RootContent | undefined, pattern: RegExp): boolean {
  return isParagraph(node) && pattern.test(plainText(node));
}

const BLOCK_LABELS = [QUESTION_LABEL, OPTIONS_LABEL, ANSWER_LABEL, EXPLANATIONS_LABEL];

function startsWithLabel(children: PhrasingContent[]): boolean {
  const [first] = children;
  if (first?.type !== 'strong') return false;
  const text = plainText(first);
  return BLOCK_LABELS.some((label) => new RegExp(`^\\s*(?:${label.source})`, label.flags).test(text));
}

/**
 * With no blank line between them, `**Options:**` joins the stem's paragraph and
 * `**정답: …**` joins the last option (a lazy continuation line). Such label lines are
 * split back out so every later step sees them as paragraphs of their own.
 */
function splitAtLabels(paragraph: Paragraph): Paragraph[] {
  const parts: PhrasingContent[][] = [[]];
  paragraph.children.forEach((child, index) => {
    const before = paragraph.children[index - 1];
    const lineStart = before === undefined || before.type === 'break' || (before.type === 'text' && before.value.endsWith('\n'));
    if (index > 0 && lineStart && startsWithLabel(paragraph.children.slice(index))) parts.push([]);
    parts.at(-1)?.push(child);
  });
  return parts.map((children) => ({
    type: 'paragraph',
    children: trimEndPhrasing(children),
    position: children[0]?.position && children.at(-1)?.position ? { start: children[0].position.start, end: children.at(-1)!.position!.end } : paragraph.position,
  }));
}

function trimEndPhrasing(children: PhrasingContent[]): PhrasingContent[] {
  const last = children.at(-1);
  if (last?.type === 'break') return trimEndPhrasing(children.slice(0, -1));
  if (last?.type === 'text' && /\s$/.test(last.value)) return [...children.slice(0, -1), { ...last, value: last.value.trimEnd() }];
  return children;
}

/** Label lines swallowed by a list item split the list there: the rest is another list. */
function liftFromList(list: List): RootContent[] {
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  for (const item of list.children) {
    const last = item.children.at(-1);
    const [kept, ...lifted] = last?.type === 'paragraph' ? splitAtLabels(last) : [];
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

function liftLabels(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'paragraph') return splitAtLabels(node);
    return node.type === 'list' ? liftFromList(node) : [node];
  });
}

function splitBlocks(nodes: readonly RootContent[]): { intro: RootContent[]; blocks: Block[] } {
  const intro: RootContent[] = [];
  const blocks: Block[] = [];
  for (const node of liftLabels(nodes)) {
    if (isParagraph(node) && labelled(node, QUESTION_LABEL)) blocks.push({ opener: node, nodes: [] });
    else if (blocks.length > 0) blocks.at(-1)?.nodes.push(node);
    else intro.push(node);
  }
  return { intro, blocks };
}

function paragraphOf(children: PhrasingContent[], from: Paragraph): Paragraph {
  return { type: 'paragraph', children, position: from.position };
}

function firstParagraph(item: ListItem): Paragraph | undefined {
  const [first] = item.children;
  return first?.type === 'paragraph' ? first : undefined;
}

const OPTION_START = new RegExp(`^\\s*${OPTION_LETTER.source}`);

function optionLetter(item: ListItem): string | null {
  const paragraph = firstParagraph(item);
  return (paragraph && OPTION_START.exec(plainText(paragraph))?.[1]) || null;
}

function isOptionList(node: RootContent | undefined): node is List {
  return node?.type === 'list' && node.children.some((item) => optionLetter(item) !== null);
}

function readOption(item: ListItem, letter: string): Option {
  const paragraph = firstParagraph(item);
  const rest = paragraph ? (stripLeadingLabel(paragraph.children, OPTION_LETTER) ?? paragraph.children) : [];
  const content = paragraph ? [paragraphOf(rest, paragraph), ...item.children.slice(1)] : item.children;
  // A one-line option renders inline, so it can sit inside the quiz's <label>.
  const html = content.length === 1 && paragraph ? renderHtml(rest) : renderHtml(content);
  return { letter, text: plainText(content), html };
}

type ReadOptions = { options: Option[]; lineOfOption: Map<string, number>; issues: Issue[] };

function readOptions(list: List | undefined, bodyLineOffset: number): ReadOptions {
  const read: ReadOptions = { options: [], lineOfOption: new Map(), issues: [] };
  for (const item of list?.children ?? []) {
    const letter = optionLetter(item);
    const line = lineOf(item, bodyLineOffset);
    if (!letter) read.issues.push(issue(line, 'warning', 'option list item has no `A)` letter; left out of the options'));
    else if (read.lineOfOption.has(letter)) read.issues.push(issue(line, 'error', `option ${letter} is listed twice`));
    else {
      read.options.push(readOption(item, letter));
      read.lineOfOption.set(letter, line);
    }
  }
  return read;
}

/** A `---` rule that closes the note separates nothing: it is not after-content. */
function trimRules(nodes: RootContent[]): RootContent[] {
  let end = nodes.length;
  while (end > 0 && nodes[end - 1]?.type === 'thematicBreak') end -= 1;
  return nodes.slice(0, end);
}

function fingerprint(stem: string, options: readonly Option[], answers: readonly string[]): string {
  const canonical = JSON.stringify([stem, options.map((option) => [option.letter, option.text]), answers]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

type Explained = { explanations: Record<string, string>; notes: string[]; issues: Issue[] };

function readExplanations(list: List | undefined, options: readonly Option[], context: Context): Explained {
  const explained: Explained = { explanations: {}, notes: [], issues: [] };
  for (const item of list?.children ?? []) {
    const paragraph = firstParagraph(item);
    const [keyNode, ...afterKey] = paragraph?.children ?? [];
    if (!paragraph || keyNode?.type !== 'strong') {
      explained.notes.push(renderHtml(item.children));
      continue;
    }
    const match = matchExplanationKey(plainText(keyNode), options);
    if (match.kind !== 'options') {
      if (match.kind === 'unmatched') {
        const line = lineOf(item, context.bodyLineOffset);
        explained.issues.push(issue(line, 'warning', `explanation "${plainText(keyNode)}" ${match.reason}; kept as a general note`));
      }
      explained.notes.push(renderHtml(item.children));
      continue;
    }
    const rest = stripLeadingLabel(afterKey, KEY_SEPARATOR) ?? afterKey;
    const html = renderHtml([paragraphOf(rest, paragraph), ...item.children.slice(1)]);
    for (const letter of match.letters) {
      const earlier = explained.explanations[letter];
      explained.explanations[letter] = earlier ? `${earlier}\n${html}` : html;
    }
  }
  return explained;
}

type Parsed = { question: Question | null; issues: Issue[] };

function readBlock(block: Block, position: number, context: Context): Parsed {
  const issues: Issue[] = [];
  const line = (node: RootContent | undefined) => lineOf(node ?? block.opener, context.bodyLineOffset);
  const { nodes } = block;

  const optionsAt = nodes.findIndex((node, index) => isOptionList(node) && (index === 0 || !isOptionList(nodes[index - 1])));
  const answerAt = nodes.findIndex((node) => labelled(node, ANSWER_LABEL));
  const stemEnd = [optionsAt, answerAt].filter((index) => index !== -1).reduce((a, b) => Math.min(a, b), nodes.length);
  const stemNodes = [
    paragraphOf(stripLeadingLabel(block.opener.children, QUESTION_LABEL) ?? [], block.opener),
    ...nodes.slice(0, stemEnd).filter((node) => !matches(node, OPTIONS_LABEL)),
  ];
  const stem = plainText(stemNodes);

  const optionList = nodes[optionsAt];
  const { options, lineOfOption, issues: optionIssues } = readOptions(optionList?.type === 'list' ? optionList : undefined, context.bodyLineOffset);
  issues.push(...optionIssues);
  if (options.length < 2) {
    issues.push(issue(line(optionList ?? block.opener), 'error', `question has ${options.length === 0 ? 'no options' : 'only one option'}; at least two \`- A) …\` options are needed`));
  }

  const answerNode = nodes[answerAt];
  const answerText = isParagraph(answerNode) ? plainText(paragraphOf(stripLeadingLabel(answerNode.children, ANSWER_LABEL) ?? [], answerNode)) : '';
  const answers = answerText ? answerLetters(answerText) : [];
  if (answerAt === -1) issues.push(issue(line(block.opener), 'error', 'question has no answer line (`**정답: B) …**`)'));
  else if (answers.length === 0) issues.push(issue(line(answerNode), 'error', `answer line "${answerText}" names no option letter`));
  for (const letter of answers) {
    if (options.length >= 2 && !options.some((option) => option.letter === letter)) {
      const known = options.map((option) => option.letter).join(', ');
      issues.push(issue(line(answerNode), 'error', `answer ${letter} is not one of the options (${known})`));
    }
  }

  if (answerAt !== -1 && optionsAt !== -1 && answerAt < optionsAt) {
    issues.push(issue(line(answerNode), 'error', 'answer line comes before the options'));
  }

  const marker = selectMarkerCount(stem);
  if (marker !== null && answers.length > 0 && marker !== answers.length) {
    issues.push(issue(lineOf(block.opener, context.bodyLineOffset), 'warning', `question says select ${marker} but the answer line gives ${answers.length}`));
  }
  if (issues.some((found) => found.severity === 'error')) return { question: null, issues };

  const afterAnswer = nodes.slice(answerAt + 1);
  const labelAt = afterAnswer.findIndex((node) => matches(node, EXPLANATIONS_LABEL));
  const listAt = labelAt === -1 ? (afterAnswer[0]?.type === 'list' ? 0 : -1) : labelAt + 1;
  const list = afterAnswer[listAt];
  const explanationList = list?.type === 'list' ? list : undefined;
  const consumed = explanationList ? listAt + 1 : labelAt + 1;
  const between = nodes.slice(optionsAt + 1, answerAt).filter((node) => !isOptionList(node));
  const after = trimRules([...between, ...afterAnswer.slice(consumed)]);

  const explained = readExplanations(explanationList, options, context);
  issues.push(...explained.issues);
  for (const option of options) {
    if (!answers.includes(option.letter) && !explained.explanations[option.letter]) {
      issues.push(issue(lineOfOption.get(option.letter) ?? line(optionList), 'warning', `wrong option ${option.letter} has no explanation`));
    }
  }

  return {
    issues,
    question: {
      id: `${context.slug}--q${position}`,
      stem,
      stemHtml: renderHtml(stemNodes),
      options,
      answers,
      selectCount: answers.length,
      explanations: explained.explanations,
      notes: explained.notes,
      afterHtml: renderHtml(after),
      answerWords: answerLineWords(answerText, options.filter((option) => answers.includes(option.letter)).map((option) => option.text)) ?? '',
      fingerprint: fingerprint(stem, options, answers),
    },
  };
}

export function readQuestionSection(nodes: readonly RootContent[], firstPosition: number, context: Context): QuestionSectionResult {
  const { intro, blocks } = splitBlocks(nodes);
  const result: QuestionSectionResult = { rest: [...intro], questions: [], issues: [] };
  blocks.forEach((block, index) => {
    const parsed = readBlock(block, firstPosition + index, context);
    result.issues.push(...parsed.issues);
    if (parsed.question) result.questions.push(parsed.question);
    else result.rest.push(block.opener, ...block.nodes);
  });
  return result;
}
