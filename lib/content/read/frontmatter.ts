import matter from 'gray-matter';
import yaml from 'js-yaml';
import { issue, type Issue } from '../problems';
import { frontmatterSchema, requiredFrontmatterKeys, type Frontmatter } from '../schema';

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

/**
 * Stage 3, validate: the YAML data against the frontmatter schema. A bad `title` or
 * `tags` skips the note (error); a bad optional field is dropped with a warning.
 */
export function validateFrontmatter(data: unknown, rawLines: readonly string[]): ValidatedFrontmatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { frontmatter: null, issues: [issue(1, 'error', 'frontmatter must be a YAML mapping of `key: value` lines')] };
  }
  const first = frontmatterSchema.safeParse(data);
  if (first.success) return { frontmatter: first.data, issues: [] };

  const issues: Issue[] = [];
  const dropped = new Set<string>();
  const reported = new Set<string>();
  for (const found of first.error.issues) {
    const key = found.path[0];
    const name = typeof key === 'string' ? key : 'frontmatter';
    // One problem per field: the first thing wrong with it is the one to fix.
    if (reported.has(name)) continue;
    reported.add(name);
    const required = requiredFrontmatterKeys.some((requiredKey) => requiredKey === key);
    const missing = found.code === 'invalid_type' && !(name in data);
    const message = missing ? `frontmatter \`${name}\` is missing` : `frontmatter \`${name}\` ${found.message}`;
    if (required) {
      issues.push(issue(keyLine(rawLines, key), 'error', message));
    } else {
      issues.push(issue(keyLine(rawLines, key), 'warning', `${message}; ignored`));
      dropped.add(name);
    }
  }
  if (issues.some((found) => found.severity === 'error')) return { frontmatter: null, issues };

  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => !dropped.has(key)));
  const second = frontmatterSchema.safeParse(kept);
  return { frontmatter: second.success ? second.data : null, issues };
}
