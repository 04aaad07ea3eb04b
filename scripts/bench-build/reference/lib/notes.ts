/*
 * The reference's whole content layer: the vault's markdown files, in any folder (dot-folders
 * left out), read with gray-matter and rendered with remark + remark-gfm + remark-html, as a
 * plain Next site would do it. Obsidian syntax (wikilinks, embeds, callouts) stays text.
 * A note's slug is its path without `.md`, folders joined by `~`, each segment URL-safe (a
 * flat vault of `etl-glue-00001.md` files keeps `etl-glue-00001`); its title is the
 * frontmatter `title`, else its first `# ` heading, else its file name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';

export type NoteSummary = { slug: string; title: string };

function vault(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content');
}

/** Every markdown file below `dir`, `/`-separated and relative to it, in path order. */
function markdownFiles(dir: string, relative = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...markdownFiles(dir, child));
    else if (entry.isFile() && /\.md$/i.test(entry.name)) files.push(child);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One path segment as URL-safe text: letters, digits, `-` and `_` kept, any run of anything else one `-`. */
function segmentSlug(segment: string): string {
  return segment.normalize('NFC').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'note';
}

export function slugOf(file: string): string {
  return file.replace(/\.md$/i, '').split('/').map(segmentSlug).join('~');
}

const indexes = new Map<string, Map<string, string>>();

/** Slug to file, once per process; two paths with one slug are numbered in path order. */
function index(): Map<string, string> {
  const dir = vault();
  let found = indexes.get(dir);
  if (found) return found;
  found = new Map();
  for (const file of markdownFiles(dir)) {
    const base = slugOf(file);
    let slug = base;
    for (let n = 2; found.has(slug); n += 1) slug = `${base}-${n}`;
    found.set(slug, file);
  }
  indexes.set(dir, found);
  return found;
}

export function slugs(): string[] {
  return [...index().keys()].sort();
}

function read(slug: string) {
  const file = index().get(slug);
  if (file === undefined) throw new Error(`no note ${slug}`);
  const { data, content } = matter(readFileSync(path.join(vault(), file), 'utf8'));
  const title: unknown = data.title;
  const heading = /^# +(.+?)\s*$/m.exec(content)?.[1];
  return { title: typeof title === 'string' ? title : (heading ?? path.basename(file).replace(/\.md$/i, '')), content };
}

export function summaries(): NoteSummary[] {
  return slugs().map((slug) => ({ slug, title: read(slug).title }));
}

export async function note(slug: string): Promise<{ title: string; html: string }> {
  const { title, content } = read(slug);
  const html = String(await remark().use(remarkGfm).use(remarkHtml).process(content));
  return { title, html };
}
