import type { Heading, Nodes, Paragraph, RootContent } from 'mdast';
import { plainText, stripLeadingLabel } from '../render/markdown';
import { ANSWER_LABEL } from './answer-line';

/*
 * The layout rules every question is read by, whatever its shape: the labels a line may
 * start with, the marks that open a question, the letters that open an option, and the
 * folded blocks answers hide in. question.ts reads a block with these and nothing else.
 */

/** `**Question:**`, `**문제:**`, `Question 3:`: the template's opener, and other vaults' too. */
export const QUESTION_LABEL = /(?:question|문제)(?:\s*\d+)?\s*[:：]/i;
/** `Q7.`, `Q7)`, `Question 12`, `문제 3.` at the start of a heading or paragraph: a numbered question. */
export const NUMBERED_QUESTION = /^\s*(?:Q\s*|question\s+|문제\s*)(\d{1,4})(?:\s*[.:：)]\s*|\s+|$)/i;
const OPTIONS_WORDS = String.raw`(?:options|choices|선택지|보기|선지)`;
const EXPLANATIONS_WORDS = String.raw`(?:💡\s*)?(?:추가\s*설명|선지별\s*해설|오답\s*(?:이유|해설|풀이)|해설|풀이|explanations?)`;
/** `**Options:**` alone on its line (the template writes the colon; some do not). */
export const OPTIONS_LABEL = new RegExp(`^${OPTIONS_WORDS}\\s*[:：]?$`, 'i');
/** `💡 추가 설명:`, `**해설:**`, `오답 이유:`, `**선지별 해설:**`, alone or followed by text. */
export const EXPLANATIONS_LABEL = new RegExp(`${EXPLANATIONS_WORDS}\\s*[:：]`, 'iu');
export const EXPLANATIONS_ALONE = new RegExp(`^${EXPLANATIONS_WORDS}\\s*[:：]?$`, 'iu');
export const TRANSLATION_LABEL = /(?:한글\s*번역|한국어\s*번역|번역|translation)\s*[:：]/i;
export const KEY_CONCEPT_LABEL = /핵심\s*개념\s*[:：]/;
export { ANSWER_LABEL };

function anchoredAtStart(label: RegExp): RegExp {
  return new RegExp(`^\\s*(?:${label.source.replace(/^\^/, '').replace(/\$$/, '')})`, label.flags);
}

/** Every label a line may start with; a line starting with one is a paragraph of its own. */
const LINE_LABELS = [QUESTION_LABEL, new RegExp(`${OPTIONS_WORDS}\\s*[:：]`, 'i'), ANSWER_LABEL, EXPLANATIONS_LABEL, TRANSLATION_LABEL, KEY_CONCEPT_LABEL].map(anchoredAtStart);
const LETTER_IN_BRACKETS = /^\s*\((?:[A-J])\)/;
/** The answer label at the start of a title or heading (`정답: B`). */
export const ANSWER_AT_START = anchoredAtStart(ANSWER_LABEL);

/**
 * An option's letter: `A)`, `A.`, `(A)`, `a)`, `(a)`, in bold or not (`**A.**`). Lower-case
 * letters only with a bracket: `a. ` starts too many sentences.
 */
export const OPTION_MARK = /^\s*(?:\(([A-Ja-j])\)|([A-J])[.)]|([a-j])\))(?=\s|$)\s*/;

export function optionMark(text: string): string | null {
  const match = OPTION_MARK.exec(text);
  const letter = match?.[1] ?? match?.[2] ?? match?.[3];
  return letter ? letter.toUpperCase() : null;
}

export function isParagraph(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph';
}

/** A paragraph that starts with the label, bold or plain. */
export function labelled(node: RootContent | undefined, label: RegExp): node is Paragraph {
  return isParagraph(node) && stripLeadingLabel(node.children, label) !== null;
}

/** A paragraph that is the label alone (`**Options:**`, `오답 이유:`). */
export function labelOnly(node: RootContent | undefined, label: RegExp): boolean {
  if (!isParagraph(node)) return false;
  const rest = stripLeadingLabel(node.children, label);
  return rest !== null && plainText(rest).trim() === '';
}

/** Does a line whose text starts so open a paragraph of its own inside a question? */
export function startsOwnLine(text: string): boolean {
  return optionMark(text) !== null || NUMBERED_QUESTION.test(text) || LETTER_IN_BRACKETS.test(text) || LINE_LABELS.some((label) => label.test(text));
}

/** `### Q7. …` or `## Question 3`: a heading that is a question's stem. */
export function questionHeading(node: RootContent | undefined): node is Heading {
  return node?.type === 'heading' && NUMBERED_QUESTION.test(plainText(node));
}

const PART_HEADING = /^(?:💡\s*)?(?:정답(?:\s*및\s*해설)?|답|해설|풀이|오답\s*(?:이유|해설)|answers?|explanations?|solution)$/iu;

/** `# 해설`, `## 정답`: a heading that labels part of the question above it, not a new part of the note. */
export function partHeading(node: RootContent | undefined): boolean {
  if (node?.type !== 'heading') return false;
  const text = plainText(node).replace(/[:：]\s*$/, '').trim();
  return PART_HEADING.test(text) || ANSWER_AT_START.test(text);
}

/** A paragraph that opens a question: `**Question:**`, `**Q7.**`, `Q7) …`, `문제 3. …`. */
export function questionParagraph(node: RootContent | undefined): node is Paragraph {
  return isParagraph(node) && (labelled(node, QUESTION_LABEL) || NUMBERED_QUESTION.test(plainText(node)));
}

/** The number a question is given (`Q7` -> `7`), which its id keeps (question-id.ts). */
export function questionNumber(node: Nodes): string | null {
  return NUMBERED_QUESTION.exec(plainText(node))?.[1]?.replace(/^0+(?=\d)/, '') ?? null;
}

/** A folded block (a `> [!answer]-` callout, a `<details>`): its title and its body. */
export type Folded = { title: string; body: RootContent[] };

export function foldedBlock(node: RootContent | undefined): Folded | null {
  if (node?.type !== 'blockquote' || node.data?.hName !== 'details') return null;
  const [title, body] = node.children;
  return { title: title ? plainText(title) : '', body: body?.type === 'blockquote' ? body.children : [] };
}

/**
 * A callout that holds a question (`> [!question] Q3. …`, or titled `문제 3`): its title and
 * body, read as if written outside it; a callout of any other kind is left whole.
 */
export function questionCallout(node: RootContent): RootContent[] | null {
  if (node.type !== 'blockquote' || !node.data?.hName) return null;
  const [title, body] = node.children;
  if (title?.type !== 'paragraph' || body?.type !== 'blockquote') return null;
  const kind = node.data.hProperties?.dataCallout;
  if (kind !== 'question' && !NUMBERED_QUESTION.test(plainText(title))) return null;
  // `> [!question]` with no title of its own is titled by its kind: the stem is in the body.
  if (/^(?:question|문제|quiz|퀴즈)$/i.test(plainText(title))) return body.children;
  const opener: Paragraph = { type: 'paragraph', children: title.children, position: title.position };
  return [opener, ...body.children];
}

/** A folded block's title that says an answer is inside: `정답`, `Answer`, `해설 보기`, `Show answer`. */
export const ANSWER_TITLE = /(?:정답|답|해설|풀이|answer|solution|explanation)/i;
