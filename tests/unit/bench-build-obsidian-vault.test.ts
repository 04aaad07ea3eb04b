import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPictures, FOLDERS, generateObsidianVault, markedPng, PICTURES, plainText, readFixture, writeObsidianVault } from '@/scripts/bench-build/obsidian-vault';

/*
 * The Obsidian-style benchmark vault (scripts/bench-build/obsidian-vault.ts), read back from
 * disk as written: the checks parse the files themselves rather than trust what the
 * generator says it wrote.
 */

const FIXTURE = path.join(import.meta.dirname, '../fixtures/obsidian-vault');
const COUNT = 1000;
const temporary: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'obsidian-bench-'));
  temporary.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function filesIn(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesIn(dir, child) : [child];
  });
}

const key = (name: string) => name.normalize('NFC').toLowerCase();
const baseName = (file: string) => (file.split('/').at(-1) ?? file).replace(/\.md$/, '');

/** Headings outside fenced code, as written after the `#`s. */
function headingsOf(text: string): string[] {
  let fenced = false;
  const headings: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^#{1,6} /.test(line)) headings.push(line.replace(/^#+\s+/, '').trim());
  }
  return headings;
}

type Link = { from: string; target: string; heading: string | null };

function linksOf(file: string, text: string): Link[] {
  return [...text.matchAll(/(?<!!)\[\[([^\]\n]+)\]\]/g)].map((match) => {
    const [target = '', heading] = (match[1] ?? '').split('|')[0]?.split('#') ?? [];
    return { from: file, target, heading: heading ?? null };
  });
}

const embedsOf = (text: string) => [...text.matchAll(/!\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/g)].map((match) => match[1] ?? '');

const dir = tempDir();
const vault = writeObsidianVault(dir, FIXTURE, COUNT);
const files = filesIn(dir).sort();
const noteFiles = files.filter((file) => file.endsWith('.md'));
const texts = new Map(noteFiles.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
const byName = new Map<string, string[]>();
for (const file of noteFiles) byName.set(key(baseName(file)), [...(byName.get(key(baseName(file))) ?? []), file]);
const byPath = new Map(noteFiles.map((file) => [key(file.replace(/\.md$/, '')), file]));
/** The note a link names: by path when it has a `/`, else by a name only that note has. */
const resolve = (target: string): string | null => (target.includes('/') ? (byPath.get(key(target)) ?? null) : (byName.get(key(target)) ?? []).length === 1 ? (byName.get(key(target))?.[0] ?? null) : null);
const links = [...texts].flatMap(([file, text]) => linksOf(file, text));

describe('writing the Obsidian vault', () => {
  it('writes the same files, byte for byte, twice', () => {
    const again = tempDir();
    const second = writeObsidianVault(again, FIXTURE, COUNT);
    expect(filesIn(again).sort()).toEqual(files);
    for (const file of files) expect(readFileSync(path.join(again, file)).equals(readFileSync(path.join(dir, file))), file).toBe(true);
    expect(second).toEqual(vault);
  });

  it('makes note i from i and the fixture alone: a smaller vault is the start of a bigger one', () => {
    const small = generateObsidianVault(readFixture(FIXTURE), 50);
    expect(small.notes.map((note) => [note.file, note.text])).toEqual(vault.notes.slice(0, 50).map((note) => [note.file, note.text]));
  });

  it(`writes ${COUNT} notes in ${FOLDERS.length} folders, some nested, some with spaces, a README.md in each`, () => {
    expect(noteFiles).toHaveLength(COUNT);
    expect(vault.notes).toHaveLength(COUNT);
    const folders = [...new Set(noteFiles.map((file) => path.posix.dirname(file)))].sort();
    expect(folders).toEqual([...FOLDERS].sort());
    expect(vault.folders).toEqual(folders);
    expect(folders.filter((folder) => folder.includes('/')).length).toBeGreaterThanOrEqual(5);
    expect(folders.filter((folder) => folder.includes(' ')).length).toBeGreaterThanOrEqual(5);
    const readmes = noteFiles.filter((file) => baseName(file) === 'README');
    expect(readmes.map((file) => path.posix.dirname(file)).sort()).toEqual(folders);
    // Apart from the READMEs, every name is its own: a link by name names one note.
    expect([...byName].filter(([, list]) => list.length > 1).map(([name]) => name)).toEqual(['readme']);
  });

  it('keeps notes at about 2-5 KB, mostly without frontmatter', () => {
    const sizes = [...texts.values()].map((text) => Buffer.byteLength(text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5 * 1024);
    const withFrontmatter = [...texts.values()].filter((text) => text.startsWith('---\n')).length;
    expect(withFrontmatter / COUNT).toBeGreaterThan(0.1);
    expect(withFrontmatter / COUNT).toBeLessThan(0.35);
  });

  it('gives every note an inline #tag line, a callout, a highlight and a comment', () => {
    for (const [file, text] of texts) {
      expect(text, file).toMatch(/^#[\p{L}\p{N}_/-]+( #[\p{L}\p{N}_/-]+)*$/mu);
      expect(text, file).toMatch(/^> \[!\w+\]/m);
      expect(text, file).toMatch(/==[^=\n]+==/);
      expect(text, file).toMatch(/%%[^%\n]+%%/);
    }
  });

  it('has the template-style note under other titles, so some notes have questions', () => {
    const quizzed = [...texts.values()].filter((text) => /^## 📝 관련 문제$/m.test(text) && /^\*\*정답: B\)/m.test(text));
    expect(quizzed.length).toBeGreaterThanOrEqual(90);
    expect(vault.notes.filter((note) => note.questions)).toHaveLength(quizzed.length);
  });

  it('leaves out what the fixture keeps away from a site: .trash, Templates/, Archive/', () => {
    for (const text of texts.values()) expect(text).not.toMatch(/IGNORED-(TRASH|TEMPLATE|ARCHIVE)/);
  });

  it('has several wikilinks a note, about half of them to notes that do not exist', () => {
    expect(links.length / COUNT).toBeGreaterThanOrEqual(4);
    const broken = links.filter((link) => resolve(link.target) === null).length;
    expect(broken / links.length).toBeGreaterThan(0.4);
    expect(broken / links.length).toBeLessThan(0.6);
    expect({ links: vault.links, broken: vault.brokenLinks }).toEqual({ links: links.length, broken });
    expect(links.some((link) => link.target.endsWith('/README'))).toBe(true);
    expect(links.filter((link) => link.heading !== null).length).toBeGreaterThan(100);
  });

  it('names, in every #Heading link, a heading the target has', () => {
    const headed = links.filter((link) => link.heading !== null);
    for (const link of headed) {
      const target = resolve(link.target);
      expect(target, `${link.from}: [[${link.target}#${link.heading}]]`).not.toBeNull();
      expect(headingsOf(texts.get(target ?? '') ?? ''), `${link.from}: [[${link.target}#${link.heading}]]`).toContain(link.heading);
    }
  });

  it(`embeds ${PICTURES} pictures by bare name, each a file of the vault`, () => {
    const pictures = files.filter((file) => file.endsWith('.png'));
    expect(pictures).toHaveLength(PICTURES);
    const pictureNames = new Set(pictures.map((file) => key(baseName(file))));
    expect(pictureNames.size).toBe(PICTURES);
    // Each picture its own bytes, so an export can tell them apart.
    expect(new Set(pictures.map((file) => createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex'))).size).toBe(PICTURES);
    const embedded = [...texts.values()].flatMap(embedsOf).filter((name) => name.endsWith('.png'));
    for (const name of embedded) expect(pictureNames.has(key(name)), name).toBe(true);
    expect([...new Set(embedded)].sort()).toEqual(vault.embeddedPictures);
    expect(vault.embeddedPictures.length).toBeGreaterThanOrEqual(95);
    expect([...texts.values()].some((text) => /!\[\[[^\]]+\.png\|300\]\]/.test(text))).toBe(true);
  });

  it('transcludes notes in about 2% of notes, each an existing note, without loops', () => {
    const edges = new Map<string, string[]>();
    for (const [file, text] of texts) {
      const targets = embedsOf(text).filter((name) => !name.endsWith('.png'));
      for (const target of targets) expect(resolve(target), `${file}: ![[${target}]]`).not.toBeNull();
      if (targets.length > 0) edges.set(file, targets.map((target) => resolve(target) ?? ''));
    }
    expect(edges.size / COUNT).toBeGreaterThanOrEqual(0.01);
    expect(edges.size / COUNT).toBeLessThanOrEqual(0.04);
    const visiting = new Set<string>();
    const done = new Set<string>();
    const loops: string[] = [];
    const visit = (file: string) => {
      if (done.has(file)) return;
      if (visiting.has(file)) {
        loops.push(file);
        return;
      }
      visiting.add(file);
      for (const next of edges.get(file) ?? []) visit(next);
      visiting.delete(file);
      done.add(file);
    };
    for (const file of edges.keys()) visit(file);
    expect(loops).toEqual([]);
  });
});

describe('the fixture as material', () => {
  it('makes the fixture links, embeds and pictures plain text', () => {
    expect(plainText('a [[Amazon S3]] b [[Amazon S3\\|S3]] [[x#^blk|11 nines]] [[#Routing policies]] ![[vpc.png|300]] ![](a.png) <img src="x.png"> [EBS](Amazon%20EBS.md) [c](javascript:alert(1))')).toBe(
      'a Amazon S3 b S3 11 nines Routing policies    EBS c',
    );
  });

  it('marks a PNG with its own bytes and keeps it a PNG', () => {
    const png = readFileSync(path.join(FIXTURE, 'attachments', 'x.png'));
    const marked = markedPng(png, 'bench picture 7');
    expect(marked.subarray(0, 33).equals(png.subarray(0, 33))).toBe(true);
    expect(marked.toString('latin1', 37, 41)).toBe('tEXt');
    expect(marked.subarray(marked.length - 12).equals(png.subarray(png.length - 12))).toBe(true);
    expect(marked.equals(markedPng(png, 'bench picture 8'))).toBe(false);
  });
});

describe('what an export holds of the pictures', () => {
  it('counts assets/ and finds PNGs elsewhere that are a vault picture or not the app’s own', () => {
    const out = tempDir();
    const write = (file: string, data: string) => {
      mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      writeFileSync(path.join(out, file), data);
    };
    write('assets/a.1234.png', 'picture a');
    write('assets/b.5678.png', 'picture b');
    write('icons/icon-192.png', 'icon');
    write('apple-icon.png', 'vault picture');
    write('notes/x/a.png', 'picture a');
    write('notes/x/index.html', '<img>');
    write('stray.png', 'something else');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(exportPictures(out, new Set([sha('picture a'), sha('picture b'), sha('vault picture')]), new Set(['icons/icon-192.png', 'apple-icon.png']))).toEqual({
      assetFiles: 2,
      stray: ['apple-icon.png', 'notes/x/a.png', 'stray.png'],
    });
    expect(exportPictures(path.join(out, 'none'), new Set(), new Set())).toEqual({ assetFiles: 0, stray: [] });
  });
});
