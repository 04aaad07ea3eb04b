/*
 * The reference's whole content layer: the vault's markdown files read with gray-matter and
 * rendered with remark + remark-gfm + remark-html, as a plain Next site would do it.
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

export function slugs(): string[] {
  return readdirSync(vault())
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length))
    .sort();
}

function read(slug: string) {
  const { data, content } = matter(readFileSync(path.join(vault(), `${slug}.md`), 'utf8'));
  const title: unknown = data.title;
  return { title: typeof title === 'string' ? title : slug, content };
}

export function summaries(): NoteSummary[] {
  return slugs().map((slug) => ({ slug, title: read(slug).title }));
}

export async function note(slug: string): Promise<{ title: string; html: string }> {
  const { title, content } = read(slug);
  const html = String(await remark().use(remarkGfm).use(remarkHtml).process(content));
  return { title, html };
}
