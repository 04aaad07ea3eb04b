import { sectionAnchors, elementId, questionAnchor } from '../links';
import { keyLine, splitFrontmatter, validateFrontmatter } from './read/frontmatter';
import { definedTerms, lineOf, plainText, renderHtml } from './render/markdown';
import { parseBody, type ParsedBody } from './render/parse-body';
import { inFile, issue, type Issue } from './problems';
import { readQuestions, type ReadQuestion } from './question/question';
import { questionIds } from './question/question-id';
import { questionHeading } from './question/layout';
import { questionSlot } from './question/slots';
import type { Frontmatter, Heading, Note, Problem, Question, Section } from './schema';
import { splitSections, type SplitBody } from './render/sections';
import { decodeSource } from './read/source';
import { slugSegment } from './vault/slugs';

/** `idLine` is where the frontmatter `title` stands, for problems found across notes. */
export type ParsedNote = { note: Note | null; problems: Problem[]; idLine: number };

/** The note's name as Obsidian shows it: the file name without `.md`. */
export function fileTitle(file: string): string {
  return (file.split('/').at(-1) ?? file).normalize('NFC').replace(/\.md$/i, '').trim();
}

/** The frontmatter block, or an empty one for the many notes written without it. */
function readFrontmatter(text: string): { frontmatter: Frontmatter; body: string; bodyLineOffset: number; idLine: number; issues: Issue[] } | { error: Issue } {
  const split = splitFrontmatter(text);
  if (split.kind === 'none') return { frontmatter: {}, body: text, bodyLineOffset: 0, idLine: 1, issues: [] };
  if (split.kind === 'error') return { error: split.issue };
  const validated = validateFrontmatter(split.data, split.rawLines);
  const error = validated.issues.find((found) => found.severity === 'error');
  if (error || !validated.frontmatter) return { error: error ?? issue(1, 'error', 'frontmatter cannot be read') };
  return { frontmatter: validated.frontmatter, body: split.body, bodyLineOffset: split.bodyLineOffset, idLine: keyLine(split.rawLines, 'title'), issues: validated.issues };
}

/**
 * Every heading in reading order with the anchor a link to it lands on: an H2 is its
 * section's anchor (the page gives sections their ids), any other heading its element's
 * id, or, in a template note whose other headings carry none (parse-body.ts), its
 * section's; the H1 the page shows as the title is the top of the page ('').
 */
function headingsOf(body: ParsedBody, sections: readonly Section[], titled: boolean, questionAt: ReadonlyMap<string, string>): Heading[] {
  const anchors = sectionAnchors(sections).filter((_, index) => sections[index]?.heading);
  const template = sections.some((section) => section.kind !== 'other');
  let h2 = 0;
  let section = '';
  let title = titled;
  return body.headingIds.map((heading) => {
    if (heading.depth === 1 && title) {
      title = false;
      return { ...heading, anchor: '' };
    }
    if (heading.depth === 2) {
      section = anchors[h2++] ?? '';
      return { ...heading, anchor: section };
    }
    if (template) return { ...heading, anchor: section };
    const id = heading.anchor ? elementId(heading.anchor) : '';
    return { ...heading, anchor: questionAt.get(id) ?? id };
  });
}

const SUMMARY_CHARS = 300;
/** Enough of a note's prose to find it by; the index stays bounded on a long note. */
const BODY_TEXT_CHARS = 5000;

/**
 * What search reads beyond the title and tags: the template's concepts (their headings and
 * bold terms), or, in a note of any other shape, every heading and bold term, and its prose.
 */
function searchText(sections: SplitBody['sections']): Pick<Note, 'keyTerms' | 'bodyText'> {
  const template = sections.some((section) => section.kind === 'keyPoint' || section.kind === 'concepts');
  if (template) return { keyTerms: definedTerms(sections.filter((section) => section.kind === 'concepts').flatMap((section) => section.nodes)), bodyText: '' };
  const prose = sections.filter((section) => section.kind !== 'question');
  const nodes = prose.flatMap((section) => [...(section.headingNode ? [section.headingNode] : []), ...section.nodes]);
  return { keyTerms: definedTerms(nodes), bodyText: plainText(nodes).slice(0, BODY_TEXT_CHARS) };
}

/**
 * What a card, a preview and a search snippet show: the key point, or, in a note of any
 * other shape, its first paragraph with words in it (not a line of inline tags alone).
 */
function summaryOf(sections: SplitBody['sections']): string {
  const keyPoint = sections.find((section) => section.kind === 'keyPoint');
  if (keyPoint) return plainText(keyPoint.nodes);
  for (const section of sections) {
    for (const node of section.nodes) {
      // An embedded note's block is that note's, not this one's.
      const text = node.type === 'paragraph' && !node.data?.hName ? plainText(node) : '';
      if (text.replace(/#[^\s#]+/gu, '').trim().length === 0) continue;
      return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS).trimEnd()}…` : text;
    }
  }
  return '';
}

function parseText(file: string, text: string, slug: string): { note: Note | null; issues: Issue[]; idLine: number } {
  if (text.trim() === '') return { note: null, idLine: 1, issues: [issue(1, 'warning', 'file is empty; skipped')] };
  const read = readFrontmatter(text);
  if ('error' in read) return { note: null, idLine: 1, issues: [read.error] };
  const { frontmatter, bodyLineOffset, idLine } = read;
  const issues = [...read.issues];

  const parsedBody = parseBody(read.body, bodyLineOffset);
  issues.push(...parsedBody.issues);
  const body = splitSections(parsedBody.root);
  if (body.title === null && frontmatter.title !== undefined) {
    issues.push(issue(bodyLineOffset + 1, 'warning', `note has no \`# title\` heading; showing "${frontmatter.title}"`));
  }

  const found = readSections(body.sections, bodyLineOffset);
  issues.push(...found.issues);
  const ids = questionIds(slug, found.questions);
  const questions = found.questions.map((question, index) => withId(question, ids[index] ?? ''));
  // A heading that is a question's stem is not on the page: the question's own anchor is.
  const questionAt = new Map(found.questions.flatMap((question, index) => (question.headingId ? [[question.headingId, questionAnchor(ids[index] ?? '')] as const] : [])));
  const { sections } = found;

  return {
    issues,
    idLine,
    note: {
      slug,
      file,
      id: frontmatter.title ?? '',
      title: body.title ?? frontmatter.title ?? fileTitle(file),
      created: frontmatter.created ?? frontmatter.date ?? null,
      modified: frontmatter.modified ?? frontmatter.updated ?? null,
      tags: [...new Set([...(frontmatter.tags ?? []), ...parsedBody.tags])],
      aliases: frontmatter.aliases ?? [],
      summary: summaryOf(body.sections),
      ...searchText(body.sections),
      sections,
      questions,
      headings: headingsOf(parsedBody, sections, body.title !== null, questionAt),
      blockIds: parsedBody.blockIds,
      links: parsedBody.refs,
      backlinks: [],
      ...(found.unanswered > 0 ? { unansweredQuestions: found.unanswered } : {}),
    },
  };
}

function withId(read: ReadQuestion, id: string): Question {
  const { stem, stemHtml, translationHtml, options, answers, selectCount, explanations, notes, afterHtml, answerWords, fingerprint } = read;
  return { id, stem, stemHtml, ...(translationHtml ? { translationHtml } : {}), options, answers, selectCount, explanations, notes, afterHtml, answerWords, fingerprint };
}

type ReadSections = { sections: Section[]; questions: ReadQuestion[]; issues: Issue[]; unanswered: number };

/**
 * Stage 6 over the note: each section's questions read, and its HTML rendered with a slot
 * where each question stands (slots.ts). A section whose H2 is a question's stem (`## Q7. …`)
 * is headed by its number alone: the stem is the quiz's.
 */
function readSections(raw: SplitBody['sections'], bodyLineOffset: number): ReadSections {
  const out: ReadSections = { sections: [], questions: [], issues: [], unanswered: 0 };
  const unanswered: number[] = [];
  // The template's strict reading (an unreadable block is an error) is for the template's
  // notes; a `## 문제` section of any other note is read as any other layout.
  const template = raw.some((section) => section.kind === 'keyPoint' || section.kind === 'explanation' || section.kind === 'concepts');
  for (const section of raw) {
    const headed = section.headingNode && questionHeading(section.headingNode) ? section.headingNode : null;
    const read = readQuestions(headed ? [headed, ...section.nodes] : section.nodes, { bodyLineOffset, templateSection: template && section.kind === 'question' });
    out.issues.push(...read.issues);
    unanswered.push(...read.unanswered.map((each) => each.line));
    const found = read.parts.filter((part) => part.kind === 'question').length;
    if (section.kind === 'question' && found === 0 && read.issues.length === 0 && read.unanswered.length === 0) {
      out.issues.push(issue(lineOf(section.headingNode ?? undefined, bodyLineOffset), 'warning', `section "${section.heading}" holds no \`**Question:**\` block`));
    }
    const parts = headed && read.parts[0]?.kind === 'text' ? [{ ...read.parts[0], nodes: read.parts[0].nodes.filter((node) => node !== headed) }, ...read.parts.slice(1)] : read.parts;
    const html = parts
      .map((part) => {
        if (part.kind === 'text') return renderHtml(part.nodes);
        out.questions.push(part.question);
        return questionSlot(out.questions.length - 1);
      })
      .join('\n');
    const heading = headed && read.parts[0]?.kind === 'question' ? (read.parts[0].question.number ? `Q${read.parts[0].question.number}` : section.heading) : section.heading;
    out.sections.push({ kind: section.kind, heading, html: html.trim() });
  }
  out.issues.push(...unansweredIssues(unanswered, out.questions.length));
  out.unanswered = unanswered.length;
  return out;
}

/**
 * Lettered options with no answer: among answered questions, each is a slip, named with its
 * line; in a note that answers none, it is a self-test sheet, told once with its count.
 */
function unansweredIssues(lines: readonly number[], answered: number): Issue[] {
  const [first] = lines;
  if (first === undefined) return [];
  if (answered === 0 && lines.length > 1) {
    return [{ ...issue(first, 'warning', `${lines.length} questions have lettered options but no answer (a question sheet): shown as written, never graded`), kind: 'unanswered-question' }];
  }
  return lines.map((line) => ({ ...issue(line, 'warning', 'question has lettered options but no readable answer: shown as written, left out of grading'), kind: 'unanswered-question' }));
}

/**
 * One file, start to end: decode, split, validate, parse, sections, questions, render.
 * Never throws: whatever goes wrong comes back as problems naming the file and line.
 */
export function parseNote(file: string, bytes: Uint8Array, slug: string = slugSegment(file.split('/').at(-1) ?? file)): ParsedNote {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { note: null, idLine: 1, problems: inFile(file, [decoded.issue]) };
  try {
    const parsed = parseText(file, decoded.text, slug);
    return { note: parsed.note, idLine: parsed.idLine, problems: inFile(file, parsed.issues) };
  } catch (error) {
    // A parser bug must cost one note, not the whole vault.
    const reason = error instanceof Error ? error.message : String(error);
    return { note: null, idLine: 1, problems: inFile(file, [issue(1, 'error', `could not be read: ${reason}`)]) };
  }
}
