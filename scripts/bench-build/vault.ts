/*
 * Benchmark vaults made of real notes: each generated note recombines the `## ` sections of
 * real-format notes (the repo's own content/ and, when present, ../shared/corpus, read at run
 * time and never copied into the repo), so sizes, Korean prose, flows and questions are the
 * real thing rather than tiny fakes. Deterministic: note i depends only on i and the sources.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SectionKind = 'keyPoint' | 'explanation' | 'concepts' | 'question';
const KINDS: readonly SectionKind[] = ['keyPoint', 'explanation', 'concepts', 'question'];

export type SourceNote = {
  /** The file name without `.md`, lower-cased: the base of generated slugs. */
  name: string;
  h1: string;
  tags: string[];
  /** The `aliases:` line as written (aliases are not unique in real vaults either). */
  aliases: string | null;
  /** Each kind's `## ` section, heading included; `question` runs to the end of the note. */
  sections: Partial<Record<SectionKind, string>>;
};

export type GeneratedNote = { slug: string; text: string };

/* Recognised by their words, not the emoji (English notes write `## Key Point` …). */
function kindOf(heading: string): SectionKind | null {
  if (/관련\s*문제|practice question/i.test(heading)) return 'question';
  if (/주요\s*개념|key concepts/i.test(heading)) return 'concepts';
  if (/핵심\s*포인트|key point/i.test(heading)) return 'keyPoint';
  if (/설명|explanation/i.test(heading)) return 'explanation';
  return null;
}

export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return { frontmatter: '', body: lines.join('\n') };
  const close = lines.findIndex((line, at) => at > 0 && line.trim() === '---');
  if (close === -1) return { frontmatter: '', body: lines.join('\n') };
  return { frontmatter: lines.slice(1, close).join('\n'), body: lines.slice(close + 1).join('\n') };
}

function tagsOf(frontmatter: string): string[] {
  const tags: string[] = [];
  let inTags = false;
  for (const line of frontmatter.split('\n')) {
    if (/^tags:\s*$/.test(line)) inTags = true;
    else if (inTags && /^\s*-\s+\S/.test(line)) tags.push(line.replace(/^\s*-\s+/, '').trim());
    else if (inTags && line.trim() !== '') inTags = false;
  }
  return tags;
}

/** One source note split into what recombination needs. */
export function splitNote(fileName: string, text: string): SourceNote {
  const { frontmatter, body } = splitFrontmatter(text);
  const lines = body.split('\n');
  const h1 = lines.find((line) => /^# /.test(line))?.slice(2).trim() ?? fileName;
  const sections: Partial<Record<SectionKind, string>> = {};
  const starts = lines.flatMap((line, at) => (/^## /.test(line) ? [at] : []));
  for (const [index, start] of starts.entries()) {
    const kind = kindOf(lines[start] ?? '');
    if (kind === null || sections[kind] !== undefined) continue;
    // The question keeps everything after it (extra H2s, rules, notes), so its question,
    // options, answer and explanations stay consistent.
    const end = kind === 'question' ? lines.length : (starts[index + 1] ?? lines.length);
    sections[kind] = lines.slice(start, end).join('\n').trim();
  }
  const aliases = frontmatter.split('\n').find((line) => /^aliases:/.test(line)) ?? null;
  return { name: fileName.replace(/\.md$/, '').toLowerCase(), h1, tags: tagsOf(frontmatter), aliases, sections };
}

/** mulberry32: a small seeded generator, so note i is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickFrom<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
/** Two years of study: created dates spread over 730 days from 2024-01-01. */
const SPAN_DAYS = 730;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Picks one source per section kind, all different when there are enough sources. */
function pickSources(sources: readonly SourceNote[], random: () => number): Record<SectionKind, SourceNote> {
  const chosen = new Set<SourceNote>();
  const pick = (kind: SectionKind): SourceNote => {
    const pool = sources.filter((source) => source.sections[kind] !== undefined);
    const fresh = pool.filter((source) => !chosen.has(source));
    const source = pickFrom(fresh.length > 0 ? fresh : pool, random);
    chosen.add(source);
    return source;
  };
  return { keyPoint: pick('keyPoint'), explanation: pick('explanation'), concepts: pick('concepts'), question: pick('question') };
}

/** The question's tags first (the note's topic), then one or two from the other sections' sources, at most six. */
function tagsFor(picked: Record<SectionKind, SourceNote>, random: () => number): string[] {
  const others = [...picked.keyPoint.tags, ...picked.explanation.tags, ...picked.concepts.tags];
  const extra = others.length === 0 ? [] : [pickFrom(others, random), ...(random() < 0.5 ? [pickFrom(others, random)] : [])];
  return [...new Set([...picked.question.tags, ...extra])].slice(0, 6);
}

/** Note i of a vault: a unique slug and title, sections from different sources, a date within two years. */
export function recombine(sources: readonly SourceNote[], index: number): GeneratedNote {
  if (sources.length === 0) throw new Error('no source notes');
  const random = seeded(index * 2_654_435_761 + 1);
  const picked = pickSources(sources, random);
  const slug = `${picked.question.name}-${String(index).padStart(5, '0')}`;
  const created = FIRST_DAY + Math.floor(random() * SPAN_DAYS) * DAY_MS;
  const modified = created + Math.floor(random() * 30) * DAY_MS;
  const frontmatter = [
    '---',
    `title: ${slug}`,
    `created: ${isoDay(created)}`,
    `modified: ${isoDay(modified)}`,
    'tags:',
    ...tagsFor(picked, random).map((tag) => `- ${tag}`),
    ...(picked.question.aliases ? [picked.question.aliases] : []),
    '---',
  ];
  const body = KINDS.map((kind) => picked[kind].sections[kind] ?? '');
  return { slug, text: `${frontmatter.join('\n')}\n\n# ${picked.question.h1} (${index})\n\n${body.join('\n\n')}\n` };
}

export function generateVault(sources: readonly SourceNote[], count: number): GeneratedNote[] {
  return Array.from({ length: count }, (_, index) => recombine(sources, index));
}

/**
 * A one-sentence edit to a note's prose: a new paragraph at the end of its first `## `
 * section (the key point), which every page rendering the note has to show.
 */
export function editNote(text: string, sentence: string): string {
  const lines = text.split('\n');
  const sectionStarts = lines.flatMap((line, at) => (/^## /.test(line) ? [at] : []));
  const second = sectionStarts[1];
  if (second === undefined) return `${text.trimEnd()}\n\n${sentence}\n`;
  return [...lines.slice(0, second), sentence, '', ...lines.slice(second)].join('\n');
}

function markdownIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The repo's content/ and, when the folder exists, ../shared/corpus beside the repo. */
export function readSources(repoRoot: string): SourceNote[] {
  const files = [...markdownIn(path.join(repoRoot, 'content')), ...markdownIn(path.resolve(repoRoot, '..', 'shared', 'corpus'))];
  return files.map((file) => splitNote(path.basename(file), readFileSync(file, 'utf8')));
}

/** Writes a fresh vault of `count` notes into `dir` (emptied first); returns its notes. */
export function writeVault(dir: string, sources: readonly SourceNote[], count: number): GeneratedNote[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const notes = generateVault(sources, count);
  for (const note of notes) writeFileSync(path.join(dir, `${note.slug}.md`), note.text);
  return notes;
}

/** Mean size in bytes of the notes as written (UTF-8). */
export function meanBytes(notes: readonly GeneratedNote[]): number {
  if (notes.length === 0) return 0;
  return notes.reduce((sum, note) => sum + Buffer.byteLength(note.text), 0) / notes.length;
}
