import { createHash } from 'node:crypto';
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { answerLetters, answerLineWords, selectMarkerCount } from './answer-line';
import { byLetterForm, matchExplanationKey } from './explanation-key';
import {
  ANSWER_AT_START,
  ANSWER_LABEL,
  ANSWER_TITLE,
  EXPLANATIONS_ALONE,
  EXPLANATIONS_LABEL,
  OPTION_MARK,
  OPTIONS_LABEL,
  QUESTION_LABEL,
  TRANSLATION_LABEL,
  foldedBlock,
  isParagraph,
  labelOnly,
  labelled,
  optionMark,
  partHeading,
  questionHeading,
  questionNumber,
  questionParagraph,
} from './layout';
import { givenBack, splitLines, type Entry } from './lines';
import { lineOf, plainText, renderHtml, stripLeadingLabel } from '../render/markdown';
import { issue, type Issue } from '../problems';
import type { Option, Question } from '../schema';

/*
 * Stage 6, questions: finds the questions in a run of a note's nodes, however they are
 * written, by the layout rules of layout.ts. A question opens with a mark (`**Question:**`,
 * `### Q7.`, `**Q7.**`) or, with none, is the paragraph just before a run of lettered
 * options; then come its options, its answer (a line, or a folded block), and after the
 * answer its explanations: `- **KEY** - text` items, `**(A)** : …` or `A. …` lines. The
 * template's block (`**Question:**` in its 관련 문제 section) is read as it always was.
 */

const KEY_SEPARATOR = /^\s*(?:[-–—:：]\s*)?/;

export type Context = { bodyLineOffset: number; /** The template's 관련 문제 section: its `**Question:**` blocks are read by its stricter rules. */ templateSection: boolean };

/** A question as read, before the note gives it an id (question-id.ts). */
export type ReadQuestion = Omit<Question, 'id'> & {
  number: string | null;
  line: number;
  template: boolean;
  /** The id a heading that is the stem (`### Q7. …`) was given: a link to that heading lands on the question. */
  headingId: string | null;
};

/** What a run of nodes holds, in order: text to render as written, and questions. */
export type Part = { kind: 'text'; nodes: RootContent[] } | { kind: 'question'; question: ReadQuestion };

/** A stem with lettered options and no answer: shown as written, never graded (a question sheet). */
export type Unanswered = { line: number };

export type ReadResult = { parts: Part[]; issues: Issue[]; unanswered: Unanswered[] };

type Block = { opener: Entry | null; entries: Entry[]; depth: number | null; template: boolean };

// ---------- Options ----------

function firstParagraph(item: ListItem): Paragraph | undefined {
  const [first] = item.children;
  return first?.type === 'paragraph' ? first : undefined;
}

function itemLetter(item: ListItem): string | null {
  const paragraph = firstParagraph(item);
  return paragraph ? optionMark(plainText(paragraph)) : null;
}

function isOptionList(node: RootContent | undefined): node is List {
  return node?.type === 'list' && node.children.some((item) => itemLetter(item) !== null);
}

function paragraphLetter(node: RootContent | undefined): string | null {
  return isParagraph(node) ? optionMark(plainText(node)) : null;
}

const nextLetter = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);

/** `**A.** …` / `(A) …` / `A. …` paragraphs one after another, A, B, C in order. */
function paragraphRun(nodes: readonly RootContent[], start: number): number {
  let expected = 'A';
  let end = start;
  while (paragraphLetter(nodes[end]) === expected) {
    expected = nextLetter(expected);
    end += 1;
  }
  return end - start;
}

/** Where a question's options start at `index`: a lettered list starting at A, or two lettered paragraphs A and B. */
function optionsStartAt(nodes: readonly RootContent[], index: number): boolean {
  const node = nodes[index];
  if (node?.type === 'list') return node.children[0] !== undefined && itemLetter(node.children[0]) === 'A';
  return paragraphRun(nodes, index) >= 2;
}

const HANGUL = /\p{Script=Hangul}/u;

/** `Use S3 Object Lock → S3 객체 잠금 사용`: the option and its Korean translation. */
function splitTranslation(children: PhrasingContent[]): { own: PhrasingContent[]; translation: PhrasingContent[] } {
  const at = children.findIndex((child) => child.type === 'text' && child.value.includes('→'));
  const child = children[at];
  if (at === -1 || child?.type !== 'text') return { own: children, translation: [] };
  const cut = child.value.lastIndexOf('→');
  const own = [...children.slice(0, at), { ...child, value: child.value.slice(0, cut).trimEnd() }];
  const translation = [{ ...child, value: child.value.slice(cut + 1).trimStart() }, ...children.slice(at + 1)];
  if (HANGUL.test(plainText(own)) || !HANGUL.test(plainText(translation))) return { own: children, translation: [] };
  return { own, translation };
}

function paragraphOf(children: PhrasingContent[], from: Paragraph): Paragraph {
  return { type: 'paragraph', children, position: from.position };
}

function optionFrom(letter: string, paragraph: Paragraph | undefined, more: RootContent[]): Option {
  const stripped = paragraph ? (stripLeadingLabel(paragraph.children, OPTION_MARK) ?? paragraph.children) : [];
  const { own, translation } = splitTranslation(stripped);
  const content = paragraph ? [paragraphOf(own, paragraph), ...more] : more;
  // A one-line option renders inline, so it can sit inside the quiz's <label>.
  const html = more.length === 0 && paragraph ? renderHtml(own) : renderHtml(content);
  const option: Option = { letter, text: plainText(content), html };
  return translation.length > 0 ? { ...option, translationHtml: renderHtml(translation) } : option;
}

type ReadOptions = { options: Option[]; lineOfOption: Map<string, number>; issues: Issue[] };

function readOptionList(list: List, bodyLineOffset: number): ReadOptions {
  const read: ReadOptions = { options: [], lineOfOption: new Map(), issues: [] };
  for (const item of list.children) {
    const letter = itemLetter(item);
    const line = lineOf(item, bodyLineOffset);
    if (!letter) read.issues.push(issue(line, 'warning', 'option list item has no `A)` letter; left out of the options'));
    else if (read.lineOfOption.has(letter)) read.issues.push(issue(line, 'error', `option ${letter} is listed twice`));
    else {
      read.options.push(optionFrom(letter, firstParagraph(item), item.children.slice(1)));
      read.lineOfOption.set(letter, line);
    }
  }
  return read;
}

function readOptionParagraphs(nodes: readonly RootContent[], bodyLineOffset: number): ReadOptions {
  const read: ReadOptions = { options: [], lineOfOption: new Map(), issues: [] };
  for (const node of nodes) {
    const letter = paragraphLetter(node);
    if (!letter || !isParagraph(node)) continue;
    read.options.push(optionFrom(letter, node, []));
    read.lineOfOption.set(letter, lineOf(node, bodyLineOffset));
  }
  return read;
}

// ---------- Answers ----------

type Answer = { text: string; node: RootContent; at: number; /** Explanations written inside the folded block, after its answer. */ inside: RootContent[] };

function afterLabel(node: Paragraph, label: RegExp): string {
  return plainText(paragraphOf(stripLeadingLabel(node.children, label) ?? [], node));
}

/** `B`, `A, C`, `B) SSE-KMS`: a paragraph that is an answer by itself, under a title that says so. */
function bareAnswer(node: RootContent | undefined): string | null {
  if (!isParagraph(node)) return null;
  const text = plainText(node);
  return text.length <= 200 && answerLetters(text).length > 0 ? text : null;
}

function answerInFolded(node: RootContent): Omit<Answer, 'at' | 'node'> | null {
  const folded = foldedBlock(node);
  if (!folded) return null;
  if (ANSWER_AT_START.test(folded.title)) return { text: folded.title.replace(ANSWER_AT_START, '').trim(), inside: folded.body };
  const labelledAt = folded.body.findIndex((child) => labelled(child, ANSWER_LABEL));
  const found = folded.body[labelledAt];
  if (isParagraph(found)) return { text: afterLabel(found, ANSWER_LABEL), inside: folded.body.slice(labelledAt + 1) };
  const bare = ANSWER_TITLE.test(folded.title) ? bareAnswer(folded.body[0]) : null;
  return bare === null ? null : { text: bare, inside: folded.body.slice(1) };
}

/**
 * `b`, `a, c`, `b) 답`: the letters of an answer to `a)`-lettered options, read as the
 * options are; only letters standing alone, so `a queue` is never read as A.
 */
const LOWER_LETTERS = /^\s*\(?[a-j]\)?(?:\s*[,&/]\s*\(?[a-j]\)?)*(?=\s*$|\)|\.\s)/;

function upperLetters(text: string): string {
  return text.replace(LOWER_LETTERS, (run) => run.toUpperCase());
}

function findAnswer(nodes: readonly RootContent[], from: number): Answer | null {
  for (let at = from; at < nodes.length; at += 1) {
    const node = nodes[at];
    if (!node) continue;
    if (labelled(node, ANSWER_LABEL)) return { text: afterLabel(node, ANSWER_LABEL), node, at, inside: [] };
    const folded = answerInFolded(node);
    if (folded) return { ...folded, node, at };
    // `## 정답` then `B` on its own.
    if (node.type === 'heading' && partHeading(node) && /정답|답|answer/i.test(plainText(node))) {
      const text = plainText(node).replace(ANSWER_AT_START, '').trim();
      if (answerLetters(text).length > 0) return { text, node, at, inside: [] };
      const bare = bareAnswer(nodes[at + 1]);
      if (bare !== null) return { text: bare, node, at: at + 1, inside: [] };
    }
  }
  return null;
}

// ---------- Explanations ----------

type Explained = { explanations: Record<string, string>; notes: string[]; after: RootContent[]; issues: Issue[]; unknownLetter: Issue | null };

function addExplanation(explained: Explained, letters: readonly string[], html: string): void {
  for (const letter of letters) {
    const earlier = explained.explanations[letter];
    explained.explanations[letter] = earlier ? `${earlier}\n${html}` : html;
  }
}

/** A list item's `**KEY** - text`: the key matched to options, by letter or by words (explanation-key.ts). */
function readKeyedItem(item: ListItem, options: readonly Option[], explained: Explained, bodyLineOffset: number): void {
  const paragraph = firstParagraph(item);
  const [keyNode, ...afterKey] = paragraph?.children ?? [];
  const plainLetter = paragraph && keyNode?.type !== 'strong' ? letterKey(paragraph, options) : null;
  if (plainLetter) {
    if (plainLetter.kind === 'options') addExplanation(explained, plainLetter.letters, renderHtml([paragraphOf(stripLeadingLabel(paragraph?.children ?? [], OPTION_MARK) ?? [], paragraph ?? { type: 'paragraph', children: [] }), ...item.children.slice(1)]));
    else explained.notes.push(renderHtml(item.children));
    return;
  }
  if (!paragraph || keyNode?.type !== 'strong') {
    explained.notes.push(renderHtml(item.children));
    return;
  }
  const match = matchExplanationKey(plainText(keyNode), options);
  if (match.kind !== 'options') {
    if (match.kind === 'unmatched') explained.issues.push(issue(lineOf(item, bodyLineOffset), 'warning', `explanation "${plainText(keyNode)}" ${match.reason}; kept as a general note`));
    explained.notes.push(renderHtml(item.children));
    return;
  }
  const rest = stripLeadingLabel(afterKey, KEY_SEPARATOR) ?? afterKey;
  addExplanation(explained, match.letters, renderHtml([paragraphOf(rest, paragraph), ...item.children.slice(1)]));
}

type LetterKey = { kind: 'options'; letters: string[] } | { kind: 'unknown'; letter: string };

/** `A. …`, `(B) …` or `**(B) 정답** : …`: a line that names its option by letter, and only by letter. */
function letterKey(paragraph: Paragraph, options: readonly Option[]): LetterKey | null {
  const [first] = paragraph.children;
  const key = first?.type === 'strong' ? plainText(first) : null;
  const letter = key !== null ? null : optionMark(plainText(paragraph));
  const match = key !== null ? byLetterForm(key.replace(/[:：]\s*$/, '').trim(), options) : null;
  if (match?.kind === 'options') return match;
  if (match?.kind === 'unmatched') return { kind: 'unknown', letter: key ?? '' };
  if (!letter) return null;
  return options.some((option) => option.letter === letter) ? { kind: 'options', letters: [letter] } : { kind: 'unknown', letter };
}

function readKeyedParagraph(paragraph: Paragraph, key: LetterKey, explained: Explained, bodyLineOffset: number): void {
  if (key.kind === 'unknown') {
    explained.unknownLetter ??= issue(lineOf(paragraph, bodyLineOffset), 'warning', `explanation "${key.letter}" names an option the question does not have; the question is left out of grading`);
    return;
  }
  const [first, ...rest] = paragraph.children;
  const body = first?.type === 'strong' ? (stripLeadingLabel(rest, KEY_SEPARATOR) ?? rest) : (stripLeadingLabel(paragraph.children, OPTION_MARK) ?? paragraph.children);
  addExplanation(explained, key.letters, renderHtml([paragraphOf(body, paragraph)]));
}

/**
 * After the answer, any layout but the template's: labels (`**해설:**`, `오답 이유:`) mark
 * the explanations; a lettered line or a keyed list item explains its option; a label with
 * its own text (`해설: 핵심은 …`) is a general note; anything else is kept as after-content.
 */
function readLooseExplanations(nodes: readonly RootContent[], options: readonly Option[], bodyLineOffset: number): Explained {
  const explained: Explained = { explanations: {}, notes: [], after: [], issues: [], unknownLetter: null };
  for (const node of nodes) {
    if (labelOnly(node, EXPLANATIONS_ALONE) || (node.type === 'heading' && partHeading(node))) continue;
    if (isParagraph(node) && labelled(node, EXPLANATIONS_LABEL)) {
      explained.notes.push(renderHtml([paragraphOf(stripLeadingLabel(node.children, EXPLANATIONS_LABEL) ?? [], node)]));
      continue;
    }
    const key = isParagraph(node) ? letterKey(node, options) : null;
    if (key && isParagraph(node)) {
      readKeyedParagraph(node, key, explained, bodyLineOffset);
      continue;
    }
    if (node.type === 'list' && node.children.some((item) => firstParagraph(item)?.children[0]?.type === 'strong' || itemLetter(item) !== null)) {
      for (const item of node.children) readKeyedItem(item, options, explained, bodyLineOffset);
      continue;
    }
    explained.after.push(node);
  }
  return explained;
}

/** The template's `💡 추가 설명:` list, read as it always was: the list after the label, or right after the answer. */
function readTemplateExplanations(nodes: readonly RootContent[], options: readonly Option[], bodyLineOffset: number): Explained {
  const explained: Explained = { explanations: {}, notes: [], after: [], issues: [], unknownLetter: null };
  const labelAt = nodes.findIndex((node) => isParagraph(node) && EXPLANATIONS_ALONE.test(plainText(node)));
  const listAt = labelAt === -1 ? (nodes[0]?.type === 'list' ? 0 : -1) : labelAt + 1;
  const list = nodes[listAt];
  const consumed = list?.type === 'list' ? listAt + 1 : labelAt + 1;
  if (list?.type === 'list') {
    for (const item of list.children) {
      const paragraph = firstParagraph(item);
      if (!paragraph || paragraph.children[0]?.type !== 'strong') explained.notes.push(renderHtml(item.children));
      else readKeyedItem(item, options, explained, bodyLineOffset);
    }
  }
  explained.after.push(...nodes.slice(consumed));
  return explained;
}

// ---------- One question ----------

/** A `---` rule that closes the question separates nothing: it is not after-content. */
function trimRules(nodes: RootContent[]): RootContent[] {
  let end = nodes.length;
  while (end > 0 && nodes[end - 1]?.type === 'thematicBreak') end -= 1;
  return nodes.slice(0, end);
}

function fingerprint(stem: string, options: readonly Option[], answers: readonly string[]): string {
  const canonical = JSON.stringify([stem, options.map((option) => [option.letter, option.text]), answers]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

type Read = { kind: 'question'; question: ReadQuestion; issues: Issue[] } | { kind: 'text'; issues: Issue[]; unanswered: boolean };

function stemOpener(opener: RootContent | undefined): RootContent[] {
  if (!opener) return [];
  const children = opener.type === 'heading' || opener.type === 'paragraph' ? opener.children : [];
  const stripped = stripLeadingLabel(children, QUESTION_LABEL) ?? stripLeadingLabel(children, /(?:Q\s*|question\s+|문제\s*)\d{1,4}(?:\s*[.:：)]|(?=\s)|$)/i) ?? children;
  return stripped.length > 0 ? [{ type: 'paragraph', children: stripped, position: opener.position }] : [];
}

function readBlock(block: Block, context: Context): Read {
  const { bodyLineOffset } = context;
  const strict = block.template;
  const issues: Issue[] = [];
  const opener = block.opener?.node;
  const nodes = block.entries.map((entry) => entry.node);
  const line = (node: RootContent | undefined) => lineOf(node ?? opener ?? nodes[0], bodyLineOffset);
  let rejected = false;
  // The template's unreadable block fails the build, as it always has; any other layout's is a warning.
  const problem = (at: RootContent | undefined, message: string) => {
    rejected = true;
    issues.push(issue(line(at), strict ? 'error' : 'warning', message));
  };

  const optionsAt = nodes.findIndex((_, index) => optionsStartAt(nodes, index) || (strict && isOptionList(nodes[index])));
  // The template's answer line is looked for everywhere, to say when it stands before the options.
  const answer = findAnswer(nodes, strict || optionsAt === -1 ? 0 : optionsAt);
  const stemEnd = [optionsAt, answer?.at ?? -1].filter((index) => index !== -1).reduce((a, b) => Math.min(a, b), nodes.length);
  const stemParts = nodes.slice(0, stemEnd).filter((node) => !labelOnly(node, OPTIONS_LABEL));
  const translations = stemParts.filter((node): node is Paragraph => labelled(node, TRANSLATION_LABEL));
  const translated = new Set<RootContent>(translations);
  const stemNodes = [...stemOpener(opener), ...stemParts.filter((node) => !translated.has(node))];
  const stem = plainText(stemNodes);

  const optionNode = nodes[optionsAt];
  const optionRun = optionNode?.type === 'list' ? 1 : optionsAt === -1 ? 0 : paragraphRun(nodes, optionsAt);
  const read =
    optionNode?.type === 'list' ? readOptionList(optionNode, bodyLineOffset) : readOptionParagraphs(nodes.slice(optionsAt, optionsAt + optionRun), bodyLineOffset);
  const { options, lineOfOption } = read;
  issues.push(...read.issues);
  const looksLikeQuestion = stem !== '' && options.length >= 2;
  if (!strict && !looksLikeQuestion) return { kind: 'text', issues: [], unanswered: false };
  if (options.length < 2) {
    problem(optionNode ?? opener, `question has ${options.length === 0 ? 'no options' : 'only one option'}; at least two \`- A) …\` options are needed`);
  }

  if (!answer) {
    if (strict) problem(opener, 'question has no answer line (`**정답: B) …**`)');
    return { kind: 'text', issues, unanswered: !strict && !rejected };
  }
  const answers = answerLetters(answer.text).length > 0 ? answerLetters(answer.text) : answerLetters(upperLetters(answer.text));
  if (answers.length === 0) problem(answer.node, `answer line "${answer.text}" names no option letter`);
  for (const letter of answers) {
    if (options.length >= 2 && !options.some((option) => option.letter === letter)) {
      problem(answer.node, `answer ${letter} is not one of the options (${options.map((option) => option.letter).join(', ')})`);
    }
  }
  if (optionsAt !== -1 && answer.at < optionsAt) problem(answer.node, 'answer line comes before the options');

  const marker = selectMarkerCount(stem);
  if (marker !== null && answers.length > 0 && marker !== answers.length) {
    issues.push(issue(line(opener), 'warning', `question says select ${marker} but the answer line gives ${answers.length}`));
  }
  if (rejected || issues.some((found) => found.severity === 'error')) return { kind: 'text', issues, unanswered: false };

  const between = nodes.slice(optionsAt + optionRun, answer.at).filter((node) => !isOptionList(node) && !(node.type === 'heading' && partHeading(node)));
  const region = [...answer.inside, ...nodes.slice(answer.at + 1)];
  const explained = strict ? readTemplateExplanations(region, options, bodyLineOffset) : readLooseExplanations(region, options, bodyLineOffset);
  issues.push(...explained.issues);
  if (explained.unknownLetter) return { kind: 'text', issues: [...issues, explained.unknownLetter], unanswered: false };
  if (strict) {
    for (const option of options) {
      if (!answers.includes(option.letter) && !explained.explanations[option.letter]) {
        issues.push(issue(lineOfOption.get(option.letter) ?? line(optionNode), 'warning', `wrong option ${option.letter} has no explanation`));
      }
    }
  }

  const translationHtml = renderHtml(translations.map((node) => paragraphOf(stripLeadingLabel(node.children, TRANSLATION_LABEL) ?? [], node)));
  const question: ReadQuestion = {
    number: opener ? questionNumber(opener) : null,
    headingId: opener?.type === 'heading' && typeof opener.data?.hProperties?.id === 'string' ? opener.data.hProperties.id : null,
    line: line(opener ?? nodes[0]),
    template: strict,
    stem,
    stemHtml: renderHtml(stemNodes),
    ...(translationHtml ? { translationHtml } : {}),
    options,
    answers,
    selectCount: answers.length,
    explanations: explained.explanations,
    notes: explained.notes,
    afterHtml: renderHtml(trimRules([...between, ...explained.after])),
    answerWords: answerLineWords(answer.text, options.filter((option) => answers.includes(option.letter)).map((option) => option.text)) ?? '',
    fingerprint: fingerprint(stem, options, answers),
  };
  return { kind: 'question', question, issues };
}

// ---------- Finding the blocks ----------

/** A paragraph that can be (part of) a stem: not a label, not a lettered line. */
function stemLike(node: RootContent | undefined): boolean {
  if (!isParagraph(node) || paragraphLetter(node) !== null) return false;
  const text = plainText(node);
  return text !== '' && !labelled(node, ANSWER_LABEL) && !labelled(node, EXPLANATIONS_LABEL) && !EXPLANATIONS_ALONE.test(text) && !/^\(?[A-J]\)/.test(text);
}

function hasAnswer(nodes: readonly RootContent[]): boolean {
  return findAnswer(nodes, 0) !== null;
}

/**
 * A heading ends a question, unless it labels part of it (`# 해설`) or sits below a heading
 * that opened it; so does a `---` rule after its answer, outside the template (where what
 * follows the rule is still the question's, NOTE-FORMAT.md §3).
 */
function endsBlock(node: RootContent, block: Block): boolean {
  if (node.type === 'thematicBreak') return !block.template && hasAnswer(block.entries.map((entry) => entry.node));
  if (node.type !== 'heading' || partHeading(node)) return false;
  if (block.depth !== null) return node.depth <= block.depth;
  return !block.template;
}

const MAX_STEM_PARAGRAPHS = 4;

export function readQuestions(input: readonly RootContent[], context: Context): ReadResult {
  const all = splitLines(input);
  const nodes = all.map((entry) => entry.node);
  const result: ReadResult = { parts: [], issues: [], unanswered: [] };
  let text: Entry[] = [];
  let block: Block | null = null;

  const flushText = () => {
    if (text.length > 0) result.parts.push({ kind: 'text', nodes: givenBack(text, all, input) });
    text = [];
  };
  const close = () => {
    if (!block) return;
    const read = readBlock(block, context);
    result.issues.push(...read.issues);
    const entries = [...(block.opener ? [block.opener] : []), ...block.entries];
    if (read.kind === 'question') {
      flushText();
      result.parts.push({ kind: 'question', question: read.question });
    } else {
      if (read.unanswered) result.unanswered.push({ line: lineOf(entries[0]?.node, context.bodyLineOffset) });
      text.push(...entries);
    }
    block = null;
  };

  for (let index = 0; index < all.length; index += 1) {
    const entry = all[index];
    if (!entry) continue;
    const { node } = entry;
    if (questionHeading(node) || questionParagraph(node)) {
      close();
      const template = context.templateSection && node.type === 'paragraph' && labelled(node, QUESTION_LABEL);
      block = { opener: entry, entries: [], depth: node.type === 'heading' ? node.depth : null, template };
      continue;
    }
    if (block && endsBlock(node, block)) close();
    const current: Block | null = block;
    if (optionsStartAt(nodes, index) && startsAnother(current, nodes, index)) {
      const source: Entry[] = current ? current.entries : text;
      let stemStart = source.length;
      while (stemStart > 0 && source.length - stemStart < MAX_STEM_PARAGRAPHS && stemLike(source[stemStart - 1]?.node)) stemStart -= 1;
      if (stemStart < source.length) {
        const stem: Entry[] = source.splice(stemStart);
        close();
        block = { opener: null, entries: [...stem, entry], depth: null, template: false };
        continue;
      }
    }
    if (block) block.entries.push(entry);
    else text.push(entry);
  }
  close();
  flushText();
  return result;
}

/**
 * Lettered options met inside a question start another one when the question has options
 * already and either has no answer (a sheet) or these options have an answer of their own:
 * `A. …` lines after an answer are its explanations.
 */
function startsAnother(current: Block | null, nodes: readonly RootContent[], index: number): boolean {
  if (current === null) return true;
  if (current.template) return false;
  const own = current.entries.map((each) => each.node);
  if (!own.some((_, at) => optionsStartAt(own, at))) return false;
  return !hasAnswer(own) || hasAnswer(nodes.slice(index, nextOptionsAt(nodes, index + 1)));
}

function nextOptionsAt(nodes: readonly RootContent[], from: number): number {
  for (let index = from; index < nodes.length; index += 1) if (optionsStartAt(nodes, index)) return index;
  return nodes.length;
}
