import matter from 'gray-matter';
import yaml from 'js-yaml';
import { issue, type Issue } from '../problems';
import { frontmatterSchema, type Frontmatter } from '../schema';

export type SplitNote =
  | { kind: 'none' }
  | { kind: 'error'; issue: Issue }
  | { kind: 'ok'; data: unknown; rawLines: string[]; body: string; bodyLineOffset: number };

const FENCE = /^---[ \t]*([A-Za-z]*)[ \t]*$/;
const DATA_LANGUAGES = new Set(['', 'yaml', 'yml']);

/** gray-matter wants an object back; the YAML may be any value, so it travels wrapped. */
const YAML_VALUE = 'yaml';

function refuseToEvaluate(): never {
  throw new Error('frontmatter code is never evaluated');
}

/**
 * gray-matter would run `---js` blocks through eval; these engines refuse instead. YAML is
 * read with the core schema: no custom types, and dates stay the text the student wrote
 * (the default schema would turn `2025-13-01` into a valid-looking 2026-01-01).
 */
const MATTER_OPTIONS = {
  engines: {
    yaml: { parse: (source: string) => ({ [YAML_VALUE]: yaml.safeLoad(source, { schema: yaml.CORE_SCHEMA }) }), stringify: refuseToEvaluate },
    js: { parse: refuseToEvaluate, stringify: refuseToEvaluate },
    javascript: { parse: refuseToEvaluate, stringify: refuseToEvaluate },
  },
};

function yamlErrorLine(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('mark' in error)) return undefined;
  const { mark } = error;
  if (typeof mark !== 'object' || mark === null || !('line' in mark)) return undefined;
  return typeof mark.line === 'number' ? mark.line : undefined;
}

function yamlErrorReason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'reason' in error && typeof error.reason === 'string') {
    return error.reason;
  }
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unreadable' : 'unreadable';
}

/**
 * Stage 2, split: the `---` fenced YAML block and the markdown body. Only YAML data is
 * read; a `---js` (or any other language) block is an error, never evaluated.
 */
export function splitFrontmatter(text: string): SplitNote {
  const lines = text.split('\n');
  const fence = FENCE.exec(lines[0] ?? '');
  if (!fence) return { kind: 'none' };
  const language = (fence[1] ?? '').toLowerCase();
  if (!DATA_LANGUAGES.has(language)) {
    return {
      kind: 'error',
      issue: issue(1, 'error', `frontmatter is written in "${fence[1]}"; only YAML is read (code in frontmatter is never run)`),
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (closing === -1) {
    return { kind: 'error', issue: issue(1, 'error', 'frontmatter opened here is never closed with a `---` line') };
  }
  // gray-matter only knows `---` fences; hand it the block exactly as fenced.
  const fenced = ['---', ...lines.slice(1, closing), '---', ...lines.slice(closing + 1)].join('\n');
  let data: unknown;
  try {
    const parsed: Record<string, unknown> = matter(fenced, MATTER_OPTIONS).data;
    // An empty block never reaches the engine; it holds no keys at all.
    data = parsed[YAML_VALUE] ?? {};
  } catch (error) {
    const yamlLine = yamlErrorLine(error);
    // js-yaml counts from 0 at the fence line's end, so its line N is file line N + 1.
    const line = yamlLine === undefined ? 1 : yamlLine + 1;
    return { kind: 'error', issue: issue(line, 'error', `frontmatter YAML: ${yamlErrorReason(error)}`) };
  }
  return {
    kind: 'ok',
    data,
    rawLines: lines.slice(0, closing + 1),
    body: lines.slice(closing + 1).join('\n'),
    bodyLineOffset: closing + 1,
  };
}

/** Line of a top-level `key:` in the frontmatter block (1 when it is not there). */
export function keyLine(rawLines: readonly string[], key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const index = rawLines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`));
  return index === -1 ? 1 : index + 1;
}

export type ValidatedFrontmatter = { frontmatter: Frontmatter | null; issues: Issue[] };

/** List fields whose bad items are dropped one by one; any other bad field is dropped whole. */
const LIST_KEYS = new Set(['tags', 'aliases']);

/** Where a problem is: the field, and the list item when it is one of a list. */
function placeOf(path: readonly PropertyKey[]): { key: string; item: number | null } {
  const [key, item] = path;
  return { key: typeof key === 'string' ? key : 'frontmatter', item: typeof item === 'number' && LIST_KEYS.has(String(key)) ? item : null };
}

/** A list field's items as the schema reads them: `tags: a, b` is two tags, `aliases: a b` one name. */
function listItems(key: string, value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (key === 'tags' && typeof value === 'string') return value.split(/[,\s]+/).filter(Boolean);
  return [value];
}

/** The data without the fields and list items that failed. */
function withoutProblems(data: object, dropped: ReadonlyMap<string, Set<number> | null>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const items = dropped.get(key);
    if (items === undefined) kept[key] = value;
    else if (items !== null) kept[key] = listItems(key, value).filter((_, index) => !items.has(index));
  }
  return kept;
}

/**
 * Stage 3, validate: the YAML data against the frontmatter schema. Every key is optional,
 * so nothing here skips a note: a bad field (or one bad tag or alias of a list) is dropped
 * with a warning naming its line, and the rest of the note is read.
 */
export function validateFrontmatter(data: unknown, rawLines: readonly string[]): ValidatedFrontmatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { frontmatter: null, issues: [issue(1, 'error', 'frontmatter must be a YAML mapping of `key: value` lines')] };
  }
  const first = frontmatterSchema.safeParse(data);
  if (first.success) return { frontmatter: first.data, issues: [] };

  const issues: Issue[] = [];
  const dropped = new Map<string, Set<number> | null>();
  for (const found of first.error.issues) {
    const { key, item } = placeOf(found.path);
    const items = dropped.get(key);
    // One problem per field (or list item): the first thing wrong with it is the one to fix.
    if (items === null || (item !== null && items?.has(item)) || (item === null && items)) continue;
    if (item === null) dropped.set(key, null);
    else dropped.set(key, new Set([...(items ?? []), item]));
    const value = item === null ? '' : ` (${JSON.stringify(readItem(data, key, item))})`;
    issues.push(issue(keyLine(rawLines, key), 'warning', `frontmatter \`${key}\`${value} ${found.message}; ignored`));
  }
  const second = frontmatterSchema.safeParse(withoutProblems(data, dropped));
  return { frontmatter: second.success ? second.data : {}, issues };
}

function readItem(data: object, key: string, item: number): unknown {
  const value: unknown = Object.entries(data).find(([name]) => name === key)?.[1];
  return listItems(key, value)[item];
}
