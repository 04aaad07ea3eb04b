import { z } from 'zod';

/*
 * Every shape the content engine reads or produces, in one place. Types come from
 * z.infer so the schema and the type can never drift apart. The output models
 * (Note, Question, Problem, ContentExport) are also the checker's --json export format.
 */

// ---------- Frontmatter: what a note's YAML block may hold ----------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** YAML turns `2025-08-17` into a Date; the model keeps the plain `YYYY-MM-DD` string. */
export const noteDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .trim()
    .regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD' })
    .refine(isRealDate, { error: 'is not a real calendar date' }),
);

const scalarText = z.union([z.string(), z.number()]).transform((value) => String(value).trim());

/** The frontmatter `title` is an identifier (`etl-glue-minimal-operations`), sometimes written with `.md`. */
export const noteIdSchema = z
  .union([z.string(), z.number()], { error: 'is missing or is not text' })
  .transform((value) => String(value).trim().replace(/\.md$/i, ''))
  .pipe(z.string().min(1, { error: 'is empty' }));

/** A tag as Obsidian compares them: no `#`, no trailing `/`, lower case. */
export function normalTag(tag: string): string {
  return tag.trim().replace(/^#/, '').replace(/\/+$/, '').normalize('NFC').toLowerCase();
}

const tagSchema = scalarText.transform(normalTag).pipe(
  z
    .string()
    .min(1, { error: 'has an empty tag' })
    .regex(/^[^\s]+$/, { error: 'has a tag with spaces in it' })
    .regex(/[^\d/]/, { error: 'has a tag of digits only' }),
);

/**
 * Tags in every shape vaults write them: a YAML list (block or flow), or a string of
 * tags separated by commas or spaces, each with or without `#`.
 */
export const tagsSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(/[,\s]+/).filter(Boolean) : value ?? []),
  z
    .array(z.union([tagSchema, z.null()]), { error: 'must be a list of tags' })
    .transform((tags) => [...new Set(tags.filter((tag) => tag !== null))]),
);

export const aliasesSchema = z.preprocess(
  (value) => (typeof value === 'string' || typeof value === 'number' ? [value] : value ?? []),
  z
    .array(z.union([scalarText, z.null()]), { error: 'must be a list of names' })
    .transform((aliases) => aliases.filter((alias): alias is string => Boolean(alias))),
);

/**
 * Every key is optional: most notes of a real vault have no frontmatter at all, and the
 * ones that do use whatever keys their author likes. `date` and `updated` are other
 * vaults' names for `created` and `modified`.
 */
export const frontmatterSchema = z.looseObject({
  title: noteIdSchema.optional(),
  tags: tagsSchema.optional(),
  created: noteDateSchema.optional(),
  modified: noteDateSchema.optional(),
  date: noteDateSchema.optional(),
  updated: noteDateSchema.optional(),
  aliases: aliasesSchema.optional(),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

// ---------- Problems: bad input is reported as data, never thrown ----------

export const severitySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof severitySchema>;

export const problemSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  severity: severitySchema,
  message: z.string(),
  /** Set on the link warnings the checker counts apart: real vaults have many links to notes not yet written. */
  kind: z.enum(['broken-link', 'ambiguous-link', 'unanswered-question']).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

// ---------- The models ----------

export const letterSchema = z.string().regex(/^[A-Z]$/);
export type Letter = z.infer<typeof letterSchema>;

export const optionSchema = z.object({
  letter: letterSchema,
  text: z.string(),
  html: z.string(),
  /** The option's Korean translation (`Use S3 Object Lock → S3 객체 잠금 사용`), shown by the 번역 보기 toggle. */
  translationHtml: z.string().optional(),
});
export type Option = z.infer<typeof optionSchema>;

export const questionSchema = z.object({
  /** Stable across edits to other questions of the note: the rule is question-id.ts's (and the README's). */
  id: z.string(),
  stem: z.string(),
  stemHtml: z.string(),
  /** The stem's translation (`**한글 번역:** …`), kept apart from the stem: shown by the 번역 보기 toggle. */
  translationHtml: z.string().optional(),
  options: z.array(optionSchema).min(2),
  answers: z.array(letterSchema).min(1),
  selectCount: z.number().int().min(1),
  explanations: z.record(letterSchema, z.string()),
  /** Explanation items that name no option. */
  notes: z.array(z.string()),
  afterHtml: z.string(),
  /** The answer line's words after its letters when they add to the right options' text, else ''. */
  answerWords: z.string(),
  /** Changes whenever the stem, the options or the answers change. */
  fingerprint: z.string(),
});
export type Question = z.infer<typeof questionSchema>;

export const sectionKindSchema = z.enum(['keyPoint', 'explanation', 'concepts', 'question', 'other']);
export type SectionKind = z.infer<typeof sectionKindSchema>;

export const sectionSchema = z.object({
  kind: sectionKindSchema,
  heading: z.string(),
  html: z.string(),
});
export type Section = z.infer<typeof sectionSchema>;

export const linkRefSchema = z.object({
  /** `[[x]]` and `[x](x.md)` are links; `![[x]]` and `![](x.png)` embed what they name. */
  kind: z.enum(['link', 'embed']),
  /** Wikilinks name notes as Obsidian does (path, name or alias); markdown links give a path. */
  syntax: z.enum(['wiki', 'markdown']),
  /** The note or file as written (NFC, URL-decoded); '' is the note itself (`[[#Heading]]`). */
  target: z.string(),
  /** A heading's text, or a block id `^id`. */
  fragment: z.string().nullable(),
  label: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  line: z.number().int().min(1),
  /** The text of the block around the link: what a backlink shows. */
  context: z.string(),
});
export type LinkRef = z.infer<typeof linkRefSchema>;

export const headingSchema = z.object({ depth: z.number().int().min(1).max(6), text: z.string(), anchor: z.string() });
export type Heading = z.infer<typeof headingSchema>;

export const backlinkSchema = z.object({ slug: z.string(), title: z.string(), context: z.string() });
export type Backlink = z.infer<typeof backlinkSchema>;

export const noteSchema = z.object({
  slug: z.string().min(1),
  /** Path relative to the content folder, with `/` separators. */
  file: z.string(),
  id: z.string(),
  title: z.string(),
  created: z.string().regex(ISO_DATE).nullable(),
  modified: z.string().regex(ISO_DATE).nullable(),
  tags: z.array(z.string()),
  aliases: z.array(z.string()),
  /** The key point as plain text, for cards and previews. */
  summary: z.string(),
  /** The concepts section's headings and bold terms: what search indexes of its prose. */
  keyTerms: z.array(z.string()),
  /**
   * The prose search reads, for a note of any shape but the template's (whose key point and
   * concepts are indexed instead, as before): a vault's notes have no key point to stand for them.
   */
  bodyText: z.string(),
  sections: z.array(sectionSchema),
  questions: z.array(questionSchema),
  /** Every heading with the anchor a link to it lands on (`[[note#Heading]]`). */
  headings: z.array(headingSchema),
  /** Obsidian block ids (`^id`) the note defines. */
  blockIds: z.array(z.string()),
  /** What the note links to and embeds, in order: `#ref-N` in its HTML until the vault stage resolves them. */
  links: z.array(linkRefSchema),
  /** The notes that link here, filled in by the vault stage. */
  backlinks: z.array(backlinkSchema),
  /** Questions with lettered options and no answer (a self-test sheet): shown as written, never graded. */
  unansweredQuestions: z.number().int().min(1).optional(),
});
export type Note = z.infer<typeof noteSchema>;

/** A file of the vault a note embeds or links (an image, a PDF), copied into the site. */
export const assetSchema = z.object({
  /** Path relative to the content folder. */
  file: z.string(),
  /** Where the site serves it: content-hashed, so a changed file is never served stale. */
  href: z.string(),
  bytes: z.number().int().min(0),
});
export type Asset = z.infer<typeof assetSchema>;

export const contentExportSchema = z.object({
  notes: z.array(noteSchema),
  problems: z.array(problemSchema),
  assets: z.array(assetSchema),
});
export type ContentExport = z.infer<typeof contentExportSchema>;

// ---------- The quiz as the browser sees it ----------

/** What a page shows before the student answers: nothing that gives the answer away. */
export const quizQuestionSchema = questionSchema.pick({ id: true, fingerprint: true, stemHtml: true, translationHtml: true, selectCount: true }).extend({
  options: z.array(optionSchema.pick({ letter: true, html: true, translationHtml: true })),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
