/*
 * An Obsidian-style benchmark vault, recombined from the fixture vault
 * (tests/fixtures/obsidian-vault): notes in about twenty folders (some nested, names with
 * spaces, a README.md in each so names clash), mostly without frontmatter, each with an H1
 * or none, an inline `#tag` line, a callout, a ==highlight==, a %%comment%%, sections of the
 * fixture's notes, and `[[wikilinks]]` to earlier notes (by name, some `|label`, some
 * `#Heading` of a heading the target has, READMEs by path), about half of them to notes
 * that do not exist (the fixture's own unwritten targets, as in real vaults). Pictures are
 * embedded by bare name (`![[name.png|300]]`) from 100 PNGs under three folders, derived
 * from the fixture's PNGs (each with its own tEXt chunk, so every picture has its own
 * bytes); one note in fifty transcludes an earlier plain note (`![[Other note]]`: no loops,
 * by construction). One note in ten is the fixture's template-style note (key point,
 * explanation, concepts, practice question) under another title, so the vault has questions.
 *
 * Deterministic: note i depends only on i and the fixture (links and embeds point only to
 * notes before it), so a vault of n notes is the first n notes of a bigger one. The
 * fixture's own links, embeds, pictures and markdown links are made plain text first, so
 * every link, embed and picture in the vault is one the generator chose and counts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seeded, splitFrontmatter, type GeneratedNote } from './vault';

/** The note folders, README.md in each (note i < FOLDERS.length is folder i's README). */
export const FOLDERS: readonly string[] = [
  '0. 시험 준비',
  '1. Security',
  '1. Security/_concepts',
  '2. Networking',
  '2. Networking/Route 53',
  '3. Compute',
  '4.Monitoring & Logging',
  'Analytics',
  'Analytics/Kinesis 스트리밍',
  'Database',
  'Database/DynamoDB',
  'Storage',
  'Storage/S3 심화',
  'Daily',
  'Daily/2024',
  'Migration & Transfer',
  'Cost Optimization',
  'Machine Learning',
  'Problems',
  'Problems/SAP-C02 Set 1',
];
/** Distinct pictures written; the notes embed them by bare name. */
export const PICTURES = 100;
const PICTURE_FOLDERS = ['attachments', 'Images', 'Storage/attachments'];
/** The fixture folders that are no notes: Obsidian's templates and the archive (dot-folders too). */
const SKIPPED_FOLDERS = new Set(['Templates', 'Archive']);
const TEMPLATE_EVERY = 10;
const TEMPLATE_AT = 5;
/** Notes i with i % NOTE_EMBED_EVERY === NOTE_EMBED_AT (from FOLDERS.length + 10 on) transclude an earlier note: 2%. */
const NOTE_EMBED_EVERY = 50;
const NOTE_EMBED_AT = 17;
/** Bytes a note's own lines (title, tags, intro, callout, comment, links) take, about: the sections fill up to its size. */
const OWN_BYTES = 800;
const MIN_BYTES = 2600;
const MAX_BYTES = 4600;
const RELATED = '관련 노트';

/** One `## ` section of a fixture note (its preamble gets the note's title as heading). */
export type Piece = { text: string; headings: string[]; bytes: number };
/** A note written to the template: kept whole from its first `## ` on (the question last, as written). */
export type TemplateSource = { title: string; tags: string[]; text: string; headings: string[] };

export type Fixture = {
  pieces: Piece[];
  templates: TemplateSource[];
  /** Names of the fixture's notes: generated names are these plus a number. */
  topics: string[];
  /** What the fixture's wikilinks name, by name: never a generated note's name, so broken links. */
  unwritten: string[];
  tags: string[];
  callouts: string[];
  /** Short list items, for highlights, comments and labels. */
  phrases: string[];
  pictures: Buffer[];
};

export type WikiLink = { target: string; heading: string | null; label: string | null };
export type VaultPicture = { file: string; name: string; sha256: string };

/** `slug`: the note's path in the vault without `.md` (what a `[[path]]` link names; the file is `<slug>.md`). */
export type ObsidianNote = GeneratedNote & {
  file: string;
  name: string;
  folder: string;
  headings: string[];
  links: WikiLink[];
  /** Picture names embedded, in order (a name may repeat). */
  pictures: string[];
  /** Names of notes transcluded. */
  embeds: string[];
  questions: boolean;
};

export type ObsidianVault = {
  notes: ObsidianNote[];
  folders: string[];
  /** Every picture written. */
  pictures: VaultPicture[];
  /** The distinct picture names the notes embed, sorted: what the export's assets/ should hold, once each. */
  embeddedPictures: string[];
  links: number;
  brokenLinks: number;
};

// ---------------------------------------------------------------- reading the fixture

function filesIn(dir: string, relative = ''): string[] {
  const files: string[] = [];
  const entries = readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (!(relative === '' && SKIPPED_FOLDERS.has(entry.name))) files.push(...filesIn(dir, child));
    } else if (entry.isFile()) files.push(child);
  }
  return files;
}

const FENCE = /^\s*(```|~~~)/;

/** Each line with whether it sits inside a fenced code block (fence lines count as inside). */
function withFences(lines: readonly string[]): { line: string; code: boolean }[] {
  let open: string | null = null;
  return lines.map((line) => {
    const fence = FENCE.exec(line)?.[1] ?? null;
    if (open === null && fence !== null) {
      open = fence;
      return { line, code: true };
    }
    if (open !== null) {
      if (fence === open) open = null;
      return { line, code: true };
    }
    return { line, code: false };
  });
}

const TAG_CHARS = /^[\p{L}\p{N}_/-]+$/u;
const isTag = (tag: string) => TAG_CHARS.test(tag) && !/^\d+$/.test(tag) && !tag.startsWith('/');

function frontmatterTags(frontmatter: string): string[] {
  const tags: string[] = [];
  let inList = false;
  for (const line of frontmatter.split('\n')) {
    const inline = /^tags:\s*(.*)$/.exec(line);
    if (inline) {
      inList = inline[1]?.trim() === '';
      tags.push(...(inline[1] ?? '').replace(/^\[|\]$/g, '').split(/[,\s]+/));
    } else if (inList && /^\s*-\s+\S/.test(line)) tags.push(line.replace(/^\s*-\s+/, ''));
    else if (line.trim() !== '') inList = false;
  }
  return tags.map((tag) => tag.trim().replace(/^["']|["']$/g, '').replace(/^#/, '')).filter(isTag);
}

const SECTION_WORDS = new Set(['핵심포인트', 'keypoint', 'keypoints', '설명', 'explanation', '주요개념', '핵심개념', 'keyconcepts', 'concepts']);
/** The app's names of a question section (lib/content/render/sections.ts): template notes only. */
const QUESTION_WORDS = new Set(['관련문제', '문제', '연습문제', 'practicequestion', 'relatedquestion', 'examquestion', 'question']);
const headingWords = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The fixture's links, embeds and pictures as plain text: `[[a|b]]` is `b`, `[[a#h]]` is
 * `a`, `![[…]]`, `![…](…)` and `<img>` go, `[text](url)` is `text`.
 */
export function plainText(text: string): string {
  return text
    .replace(/!\[\[[^\]\n]*\]\]/g, '')
    .replace(/!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/\[\[([^\]\n]*)\]\]/g, (_, inner: string) => {
      const [target = '', label] = inner.split(/\\?\|/);
      const [name = '', ...fragment] = target.split('#');
      return (label ?? (name.trim() || fragment.join(' ').replace(/^\^/, ''))).trim();
    })
    .replace(/\[([^\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1');
}

function headingText(line: string): string {
  return line.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').trim();
}

/** A heading a generated `[[Note#Heading]]` may name: plain words, nothing the link syntax or markdown reads. */
const linkable = (heading: string) => heading.length > 0 && heading.length <= 40 && !/[#|[\]^*_`<>\\$%:=]/.test(heading);

/** A note or picture name as written: plain words, nothing a link, a tag or a URL would read. */
const cleanName = (name: string) => /^[\p{L}\p{N} ._-]+$/u.test(name) && name.trim() === name && name.length > 0;

type FixtureNote = { file: string; name: string; title: string; frontmatter: string; lines: { line: string; code: boolean }[] };

function readNote(dir: string, file: string): FixtureNote {
  const { frontmatter, body } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8').normalize('NFC'));
  const lines = withFences(body.split('\n'));
  const name = (file.split('/').at(-1) ?? file).normalize('NFC').replace(/\.md$/i, '');
  const h1 = lines.find((each) => !each.code && /^# /.test(each.line));
  return { file, name, title: h1 ? headingText(h1.line) : name, frontmatter, lines };
}

/** The body's `## ` sections (preamble first, H1 lines dropped), each as text. */
function sectionsOf(note: FixtureNote): { heading: string | null; lines: { line: string; code: boolean }[] }[] {
  const sections: { heading: string | null; lines: { line: string; code: boolean }[] }[] = [{ heading: null, lines: [] }];
  for (const each of note.lines) {
    if (!each.code && /^# /.test(each.line)) continue;
    if (!each.code && /^## /.test(each.line)) sections.push({ heading: headingText(each.line), lines: [each] });
    else sections.at(-1)?.lines.push(each);
  }
  return sections.filter((section) => section.lines.some((each) => each.line.trim() !== ''));
}

function headingsIn(lines: readonly { line: string; code: boolean }[]): string[] {
  return lines.filter((each) => !each.code && /^#{2,6} /.test(each.line)).map((each) => headingText(each.line));
}

function joined(lines: readonly { line: string; code: boolean }[]): string {
  return plainText(lines.map((each) => each.line).join('\n')).trim();
}

/** What the generator takes from the fixture vault (dot-folders, Templates/ and Archive/ skipped). */
export function readFixture(dir: string): Fixture {
  const files = filesIn(dir);
  const notes = files.filter((file) => /\.md$/i.test(file)).map((file) => readNote(dir, file));
  const pieces: Piece[] = [];
  const templates: TemplateSource[] = [];
  for (const note of notes) {
    const sections = sectionsOf(note);
    const words = sections.map((section) => headingWords(section.heading ?? ''));
    if (words.some((each) => QUESTION_WORDS.has(each)) && words.some((each) => SECTION_WORDS.has(each))) {
      const from = sections.findIndex((section) => section.heading !== null);
      const lines = sections.slice(from).flatMap((section) => section.lines);
      templates.push({ title: note.title, tags: frontmatterTags(note.frontmatter), text: joined(lines), headings: headingsIn(lines) });
      continue;
    }
    for (const section of sections) {
      const heading = section.heading ?? plainText(note.title).replace(/[#<>]/g, '').trim();
      if (!heading || QUESTION_WORDS.has(headingWords(heading)) || SECTION_WORDS.has(headingWords(heading))) continue;
      const lines = section.heading === null ? [{ line: `## ${heading}`, code: false }, { line: '', code: false }, ...section.lines] : section.lines;
      const text = joined(lines);
      if (Buffer.byteLength(text) < 120) continue;
      pieces.push({ text, headings: headingsIn(lines), bytes: Buffer.byteLength(text) + 2 });
    }
  }

  // Links in comments (`%%…%%`) are no links: the app and Obsidian never show them.
  const rawLinks = notes.flatMap((note) => [...note.lines.map((each) => each.line).join('\n').replace(/%%[^`]*?%%/g, '').matchAll(/(?<!!)\[\[([^\]\n]+)\]\]/g)].map((match) => match[1] ?? ''));
  const unwritten = unique(
    rawLinks
      .map((inner) => inner.split(/\\?\|/)[0] ?? '')
      .filter((target) => !target.includes('#') && !target.includes('/'))
      .map((target) => target.trim())
      .filter((target) => cleanName(target) && target.toLowerCase() !== 'readme'),
  );
  const topics = unique([...notes.map((note) => note.name).filter((name) => cleanName(name) && name.toLowerCase() !== 'readme'), ...unwritten]);

  const inlineTags = notes.flatMap((note) => note.lines.filter((each) => !each.code).flatMap((each) => [...each.line.matchAll(/(?:^|\s)#([\p{L}_][\p{L}\p{N}_/-]*)/gu)].map((match) => match[1] ?? '')));
  const tags = unique([...notes.flatMap((note) => frontmatterTags(note.frontmatter)), ...inlineTags].filter(isTag));

  const callouts: string[] = [];
  const phrases: string[] = [];
  for (const note of notes) {
    let block: string[] | null = null;
    for (const each of [...note.lines, { line: '', code: false }]) {
      if (each.code) continue;
      if (block !== null && /^>/.test(each.line)) {
        block.push(each.line);
        continue;
      }
      if (block !== null) {
        const text = plainText(block.join('\n'));
        if (!/[<]/.test(text) && block.length > 1) callouts.push(text);
        block = null;
      }
      if (/^> \[!\w+\][-+]?/.test(each.line)) block = [each.line];
      const item = /^\s*-\s+(?!\[[ x]\])(.+)$/.exec(each.line)?.[1];
      const phrase = item ? plainText(item).trim() : '';
      if (phrase.length >= 8 && phrase.length <= 60 && !/[=*`[\]|<>%#$^~\\]/.test(phrase)) phrases.push(phrase);
    }
  }

  const pictures = files.filter((file) => /\.png$/i.test(file)).map((file) => readFileSync(path.join(dir, file)));
  const fixture = { pieces, templates, topics, unwritten, tags, callouts: unique(callouts), phrases: unique(phrases), pictures };
  for (const [what, list] of Object.entries(fixture)) if (list.length === 0 && what !== 'templates') throw new Error(`the fixture vault in ${dir} gives no ${what}`);
  return fixture;
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- pictures

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let bit = 0; bit < 8; bit += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The PNG with a `tEXt` chunk after its header: the same picture, its own bytes. */
export function markedPng(png: Buffer, text: string): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  const headerEnd = 8 + 8 + png.readUInt32BE(8) + 4;
  const data = Buffer.from(`Comment\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return Buffer.concat([png.subarray(0, headerEnd), chunk, png.subarray(headerEnd)]);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const kebab = (text: string) => text.toLowerCase().replace(/[\s._]+/g, '-');

/** Picture k's name: pasted images, diagrams, captures and screenshots, as vaults collect them. */
export function pictureName(k: number, topics: readonly string[]): string {
  const topic = topics[k % topics.length] ?? 'aws';
  const stamp = new Date(Date.UTC(2024, 0, 15, 9, 30, 11) + k * 7_919_000);
  const date = `${stamp.getUTCFullYear()}${pad(stamp.getUTCMonth() + 1)}${pad(stamp.getUTCDate())}`;
  const time = [stamp.getUTCHours(), stamp.getUTCMinutes(), stamp.getUTCSeconds()].map((each) => pad(each));
  switch (k % 4) {
    case 0:
      return `Pasted image ${date}${time.join('')}.png`;
    case 1:
      return `${kebab(topic)}-diagram-${pad(k)}.png`;
    case 2:
      return `${topic} 캡처 ${k}.png`;
    default:
      return `Screenshot ${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)} at ${time.join('.')}.png`;
  }
}

function picturesOf(fixture: Fixture): (VaultPicture & { bytes: Buffer })[] {
  return Array.from({ length: PICTURES }, (_, k) => {
    const name = pictureName(k, fixture.topics);
    const source = fixture.pictures[k % fixture.pictures.length];
    if (!source) throw new Error('no fixture pictures');
    const bytes = markedPng(source, `bench picture ${k}`);
    return { file: `${PICTURE_FOLDERS[k % PICTURE_FOLDERS.length] ?? 'attachments'}/${name}`, name, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
  });
}

// ---------------------------------------------------------------- notes

type Kind = 'readme' | 'template' | 'note';

/** What note i is, from i alone: what links to it need (name, path, headings) without its links. */
type Plan = {
  index: number;
  kind: Kind;
  folder: string;
  name: string;
  file: string;
  topic: string;
  h1: string | null;
  frontmatter: string[];
  tagLine: string;
  /** The body's sections: fixture pieces, each with the pictures that follow it. */
  sections: { text: string; headings: string[]; pictures: string[] }[];
  template: TemplateSource | null;
  headings: string[];
  embedsNote: boolean;
  /** Note i's random stream, where the plan left it: its links and embeds draw from it next. */
  random: () => number;
};

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let at = copy.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    const [a, b] = [copy[at], copy[other]];
    if (a === undefined || b === undefined) continue;
    copy[at] = b;
    copy[other] = a;
  }
  return copy;
}

const DAY_MS = 86_400_000;
const isoDay = (random: () => number) => new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 730) * DAY_MS).toISOString().slice(0, 10);

function kindOf(index: number, fixture: Fixture): Kind {
  if (index < FOLDERS.length) return 'readme';
  return index % TEMPLATE_EVERY === TEMPLATE_AT && fixture.templates.length > 0 ? 'template' : 'note';
}

const embedsNote = (index: number, kind: Kind) => kind === 'note' && index >= FOLDERS.length + 10 && index % NOTE_EMBED_EVERY === NOTE_EMBED_AT;

function planNote(fixture: Fixture, pictures: readonly VaultPicture[], index: number): Plan {
  const random = seeded(index * 2_654_435_761 + 0x9e37);
  const kind = kindOf(index, fixture);
  const folder = kind === 'readme' ? (FOLDERS[index] ?? '') : pick(FOLDERS, random);
  const topic = kind === 'readme' ? (folder.split('/').at(-1) ?? folder) : pick(fixture.topics, random);
  const number = pad(index, 4);
  const name = kind === 'readme' ? 'README' : index % 7 === 3 ? `${kebab(topic)}-${number}` : `${topic} ${number}`;
  const template = kind === 'template' ? (fixture.templates[Math.floor(index / TEMPLATE_EVERY) % fixture.templates.length] ?? null) : null;

  const style = random();
  const h1 = kind === 'readme' ? `${topic} 목차` : template ? `${template.title} (${index})` : style < 0.85 ? name : style < 0.93 ? null : `${topic} 정리 (${index})`;
  const tagCount = 2 + Math.floor(random() * 2);
  const tags = unique(Array.from({ length: tagCount }, () => pick(fixture.tags, random)));
  const frontmatter =
    kind === 'template' || (kind === 'note' && random() < 0.15)
      ? ['---', `created: ${isoDay(random)}`, 'tags:', ...unique([...(template?.tags ?? []), ...tags.slice(0, 1)]).map((tag) => `  - ${tag}`), '---']
      : [];

  const sections: Plan['sections'] = [];
  if (!template) {
    const target = MIN_BYTES + Math.floor(random() * (MAX_BYTES - MIN_BYTES - 400)) - OWN_BYTES;
    let bytes = 0;
    for (const piece of shuffled(fixture.pieces, random)) {
      if (bytes >= target) break;
      if (bytes + piece.bytes > MAX_BYTES - OWN_BYTES) continue;
      sections.push({ text: piece.text, headings: piece.headings, pictures: [] });
      bytes += piece.bytes;
    }
  }
  // Pictures: none in READMEs, one in a template note, none, one or two in the others.
  const pictureCount = kind === 'readme' ? 0 : kind === 'template' ? 1 : random() < 0.25 ? 0 : random() < 0.3 ? 2 : 1;
  for (let at = 0; at < pictureCount; at += 1) {
    const picture = pick(pictures, random);
    const size = random();
    const embed = `![[${picture.name}${size < 0.6 ? '|300' : size < 0.85 ? '' : '|600'}]]`;
    // A template note keeps its sections as written: its pictures go before them.
    const section = template ? undefined : pick(sections, random);
    if (section) section.pictures.push(embed);
    else sections.push({ text: '', headings: [], pictures: [embed] });
  }
  const headings = [...sections.flatMap((section) => section.headings), RELATED, ...(template?.headings ?? [])];
  const file = `${folder ? `${folder}/` : ''}${name}.md`;
  return { index, kind, folder, name, file, topic, h1, frontmatter, tagLine: tags.map((tag) => `#${tag}`).join(' '), sections, template, headings, embedsNote: embedsNote(index, kind), random };
}

/** How a link names note j: its name, or its path when the name is shared (README). */
const linkName = (plan: Plan) => (plan.kind === 'readme' ? plan.file.replace(/\.md$/, '') : plan.name);

const LABELS = ['참고', '여기', '정리', '다시 보기', '비교', '기초'];

function writeLink(link: WikiLink): string {
  return `[[${link.target}${link.heading ? `#${link.heading}` : ''}${link.label ? `|${link.label}` : ''}]]`;
}

/** A generator of the vault's notes: note i from i and the fixture alone, plans of earlier notes memoised. */
export function obsidianNotes(fixture: Fixture): { note: (index: number) => ObsidianNote; pictures: (VaultPicture & { bytes: Buffer })[] } {
  const pictures = picturesOf(fixture);
  const plans = new Map<number, Plan>();
  const plan = (index: number) => {
    let found = plans.get(index);
    if (!found) plans.set(index, (found = planNote(fixture, pictures, index)));
    return found;
  };

  const note = (index: number): ObsidianNote => {
    // A fresh plan, not the memoised one: its stream must start where planning left it.
    const own = planNote(fixture, pictures, index);
    const random = own.random;
    const links: WikiLink[] = [];
    const link = (): string => {
      let written: WikiLink;
      if (index === 0 || random() < 0.5) {
        written = { target: pick(fixture.unwritten, random), heading: null, label: random() < 0.2 ? pick(LABELS, random) : null };
      } else {
        const target = plan(Math.floor(random() * index));
        const headings = target.headings.filter(linkable);
        const heading = headings.length > 0 && random() < 0.3 ? pick(headings, random) : null;
        written = { target: linkName(target), heading, label: random() < 0.3 ? (random() < 0.5 ? target.topic : pick(LABELS, random)) : null };
      }
      links.push(written);
      return writeLink(written);
    };

    const lines: string[] = [...own.frontmatter];
    if (own.h1) lines.push(`# ${own.h1}`, '');
    lines.push(own.tagLine, '');
    lines.push(`${own.topic} 공부하면서 정리. ==${pick(fixture.phrases, random)}== 먼저 ${link()}, 이어서 ${link()} 참고.`, '');
    lines.push(pick(fixture.callouts, random), '');
    lines.push(`%%복습 ${isoDay(random)}: ${pick(fixture.phrases, random)}%%`, '');
    for (const section of own.sections) {
      if (section.text) lines.push(section.text, '');
      for (const picture of section.pictures) lines.push(picture, '');
    }
    lines.push(`## ${RELATED}`, '');
    const related = 2 + Math.floor(random() * 3);
    for (let at = 0; at < related; at += 1) lines.push(`- ${link()}`);
    lines.push('');
    const embeds: string[] = [];
    if (own.embedsNote) {
      // An earlier plain note that transcludes nothing itself: no loops, no chains.
      for (let tries = 0; tries < 50 && embeds.length === 0; tries += 1) {
        const target = plan(FOLDERS.length + Math.floor(random() * (index - FOLDERS.length)));
        if (target.kind === 'note' && !target.embedsNote) embeds.push(target.name);
      }
      for (const name of embeds) lines.push(`![[${name}]]`, '');
    }
    if (own.template) lines.push(own.template.text, '');
    const text = `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
    const pictureNames = own.sections.flatMap((section) => section.pictures).map((embed) => /^!\[\[([^|\]]+)/.exec(embed)?.[1] ?? '');
    return {
      slug: own.file.replace(/\.md$/, ''),
      text,
      file: own.file,
      name: own.name,
      folder: own.folder,
      headings: own.headings,
      links,
      pictures: pictureNames,
      embeds,
      questions: own.template !== null,
    };
  };
  return { note, pictures };
}

const lookup = (name: string) => name.normalize('NFC').toLowerCase();

/** The vault's `count` notes and pictures, without writing them. */
export function generateObsidianVault(fixture: Fixture, count: number): ObsidianVault & { bytes: Map<string, Buffer> } {
  const generator = obsidianNotes(fixture);
  const notes = Array.from({ length: count }, (_, index) => generator.note(index));
  const names = new Set(notes.flatMap((note) => [lookup(note.name), lookup(note.slug)]));
  const links = notes.flatMap((note) => note.links);
  const embedded = new Set(notes.flatMap((note) => note.pictures));
  return {
    notes,
    folders: [...new Set(notes.map((note) => note.folder))].sort(),
    pictures: generator.pictures.map(({ file, name, sha256 }) => ({ file, name, sha256 })),
    embeddedPictures: [...embedded].sort(),
    links: links.length,
    brokenLinks: links.filter((link) => !names.has(lookup(link.target))).length,
    bytes: new Map(generator.pictures.map((picture) => [picture.file, picture.bytes])),
  };
}

/** Writes a fresh Obsidian-style vault of `count` notes into `dir` (emptied first) from the fixture vault in `fixtureDir`. */
export function writeObsidianVault(dir: string, fixtureDir: string, count: number): ObsidianVault {
  const { bytes, ...vault } = generateObsidianVault(readFixture(fixtureDir), count);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const write = (file: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), data);
  };
  for (const note of vault.notes) write(note.file, note.text);
  for (const [file, data] of bytes) write(file, data);
  return vault;
}

/**
 * Adds notes `from`…`from + count - 1` of the same generator to a vault written by
 * writeObsidianVault (their pictures are the vault's, already written); returns them.
 */
export function addObsidianNotes(dir: string, fixtureDir: string, from: number, count: number): ObsidianNote[] {
  const generator = obsidianNotes(readFixture(fixtureDir));
  const added = Array.from({ length: count }, (_, at) => generator.note(from + at));
  for (const note of added) {
    mkdirSync(path.dirname(path.join(dir, note.file)), { recursive: true });
    writeFileSync(path.join(dir, note.file), note.text);
  }
  return added;
}

// ---------------------------------------------------------------- what an export holds

export type ExportPictures = {
  /** Files in the export's assets/. */
  assetFiles: number;
  /** PNGs anywhere else that are a vault picture (its bytes) or not among the app's own. */
  stray: string[];
};

function walk(dir: string, relative = ''): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(dir, child) : entry.isFile() ? [child] : [];
  });
}

/** PNG files of an export outside its assets/ folder, `/`-separated and sorted. */
export function pngsOutsideAssets(outDir: string): string[] {
  return walk(outDir)
    .filter((file) => /\.png$/i.test(file) && !file.startsWith('assets/'))
    .sort();
}

/**
 * Where an export put the vault's pictures: how many files its assets/ holds, and which
 * PNGs elsewhere are a vault picture (by bytes) or are not the app's own pictures (`own`:
 * the PNGs outside assets/ that an export of a vault without pictures holds: icons).
 */
export function exportPictures(outDir: string, vaultPictures: ReadonlySet<string>, own: ReadonlySet<string>): ExportPictures {
  const assetFiles = walk(path.join(outDir, 'assets')).length;
  const stray = pngsOutsideAssets(outDir).filter((file) => !own.has(file) || vaultPictures.has(createHash('sha256').update(readFileSync(path.join(outDir, file))).digest('hex')));
  return { assetFiles, stray };
}
