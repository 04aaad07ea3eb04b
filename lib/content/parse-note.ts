import { keyLine, splitFrontmatter, validateFrontmatter } from './read/frontmatter';
import { definedTerms, lineOf, parseMarkdown, plainText, renderHtml } from './render/markdown';
import { inFile, issue, type Issue } from './problems';
import { readQuestionSection } from './question/question';
import type { Note, Problem, Question, Section } from './schema';
import { splitSections } from './render/sections';
import { decodeSource } from './read/source';

/** `idLine` is where the frontmatter `title` stands, for problems found across notes. */
export type ParsedNote = { note: Note | null; problems: Problem[]; idLine: number };

/** The URL slug: the file's base name, NFC, lower case, spaces as hyphens. */
export function slugFromFile(file: string): string {
  const base = file.split('/').at(-1) ?? file;
  return base
    .normalize('NFC')
    .replace(/\.md$/i, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}

function parseText(file: string, text: string): { note: Note | null; issues: Issue[]; idLine: number } {
  if (text.trim() === '') return { note: null, idLine: 1, issues: [issue(1, 'warning', 'file is empty; skipped')] };
  const split = splitFrontmatter(text);
  if (split.kind === 'none') {
    return { note: null, idLine: 1, issues: [issue(1, 'warning', 'has no frontmatter (`---` block) so it is not read as a note; skipped')] };
  }
  if (split.kind === 'error') return { note: null, idLine: 1, issues: [split.issue] };
  const idLine = keyLine(split.rawLines, 'title');

  const validated = validateFrontmatter(split.data, split.rawLines);
  const issues = [...validated.issues];
  const frontmatter = validated.frontmatter;
  if (!frontmatter) return { note: null, idLine, issues };

  const slug = slugFromFile(file);
  const { bodyLineOffset } = split;
  const body = splitSections(parseMarkdown(split.body));
  if (body.title === null) {
    issues.push(issue(bodyLineOffset + 1, 'warning', `note has no \`# title\` heading; showing "${frontmatter.title}"`));
  }

  const sections: Section[] = [];
  const questions: Question[] = [];
  for (const raw of body.sections) {
    if (raw.kind !== 'question') {
      sections.push({ kind: raw.kind, heading: raw.heading, html: renderHtml(raw.nodes) });
      continue;
    }
    const read = readQuestionSection(raw.nodes, questions.length + 1, { slug, bodyLineOffset });
    issues.push(...read.issues);
    if (read.questions.length === 0 && read.issues.length === 0) {
      issues.push(issue(lineOf(raw.headingNode ?? undefined, bodyLineOffset), 'warning', `section "${raw.heading}" holds no \`**Question:**\` block`));
    }
    questions.push(...read.questions);
    sections.push({ kind: raw.kind, heading: raw.heading, html: renderHtml(read.rest) });
  }

  return {
    issues,
    idLine,
    note: {
      slug,
      file,
      id: frontmatter.title,
      title: body.title ?? frontmatter.title,
      created: frontmatter.created ?? null,
      modified: frontmatter.modified ?? null,
      tags: frontmatter.tags,
      aliases: frontmatter.aliases ?? [],
      summary: plainText(body.sections.find((section) => section.kind === 'keyPoint')?.nodes ?? []),
      keyTerms: definedTerms(body.sections.filter((section) => section.kind === 'concepts').flatMap((section) => section.nodes)),
      sections,
      questions,
    },
  };
}

/**
 * One file, start to end: decode, split, validate, parse, sections, questions, render.
 * Never throws: whatever goes wrong comes back as problems naming the file and line.
 */
export function parseNote(file: string, bytes: Uint8Array): ParsedNote {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { note: null, idLine: 1, problems: inFile(file, [decoded.issue]) };
  try {
    const parsed = parseText(file, decoded.text);
    return { note: parsed.note, idLine: parsed.idLine, problems: inFile(file, parsed.issues) };
  } catch (error) {
    // A parser bug must cost one note, not the whole vault.
    const reason = error instanceof Error ? error.message : String(error);
    return { note: null, idLine: 1, problems: inFile(file, [issue(1, 'error', `could not be read: ${reason}`)]) };
  }
}
