import type { Element } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { noteHref, sectionAnchors } from '../../links';
import { sanitizeSchema } from '../render/render-handlers';
import type { Note } from '../schema';
import type { ResolvedRef } from './link-targets';

/*
 * Vault stage, the notes' HTML with their references filled in: a `#ref-N` placeholder
 * (render/obsidian/references.ts) becomes a link to the note and heading it names, a
 * picture, a link to an attachment, the embedded note itself, or, for what the vault does
 * not hold, marked plain text (never a link to a page that does not exist). Every tag
 * made here goes through the same sanitizer as the notes; only the sanitized inner HTML
 * of the placeholder is kept as it was.
 */

export type AssetInfo = { href: string; width: number | null; height: number | null };

const MARK = '\u0000';

/** The opening and closing tag of an element, as the sanitizer lets it through. */
function tags(element: Element): [string, string] {
  const clean = sanitize({ ...element, children: [{ type: 'text', value: MARK }] }, sanitizeSchema);
  const [open = '', close = ''] = toHtml(clean).split(MARK);
  return [open, close];
}

/** An element around HTML that went through the sanitizer already. */
export function wrap(element: Element, inner: string): string {
  const [open, close] = tags(element);
  return `${open}${inner}${close}`;
}

/** An element and its content, sanitized whole (an image, a title link). */
export function single(element: Element): string {
  return toHtml(sanitize(element, sanitizeSchema));
}

/**
 * The displayed size: what the note asked for, the other side kept in proportion. Both
 * sides given (`|300x200`) are a box the picture is fitted into, never stretched.
 */
function sizeOf(ref: ResolvedRef['ref'], asset: AssetInfo): { width?: number; height?: number } {
  const natural = asset.width && asset.height ? asset.width / asset.height : null;
  if (ref.width && ref.height && natural) {
    const width = Math.min(ref.width, Math.round(ref.height * natural));
    return { width, height: Math.round(width / natural) };
  }
  if (ref.width && ref.height) return { width: ref.width, height: ref.height };
  if (ref.width) return { width: ref.width, ...(natural ? { height: Math.round(ref.width / natural) } : {}) };
  if (ref.height) return { height: ref.height, ...(natural ? { width: Math.round(ref.height * natural) } : {}) };
  return asset.width && asset.height ? { width: asset.width, height: asset.height } : {};
}

/** A note as a link's preview names it: its position in the site's notes (which finds its search snippet) and title. */
export type PreviewOf = (slug: string) => { index: number; title: string } | undefined;

export type Filled = { resolved: ResolvedRef; inner: string; assets: ReadonlyMap<string, AssetInfo>; preview?: PreviewOf };

/** What one inline placeholder becomes. */
export function fillRef({ resolved, inner: written, assets, preview }: Filled): string {
  const { ref, target } = resolved;
  const inner = resolved.label === undefined ? written : escapeText(resolved.label);
  if (target.kind === 'note') {
    const shown = preview?.(target.slug);
    const previewData = shown ? { dataPreview: shown.index, dataTitle: shown.title } : {};
    return wrap(h('a', { href: noteHref(target.slug, target.anchor), className: ['internal-link'], dataSlug: target.slug, ...previewData }), inner);
  }
  const asset = target.kind === 'asset' ? assets.get(target.file) : undefined;
  if (target.kind === 'asset' && asset && target.image && ref.kind === 'embed') {
    return single(h('img', { src: asset.href, alt: ref.label === ref.target ? '' : inner, loading: 'lazy', decoding: 'async', className: ['embed-image'], ...sizeOf(ref, asset) }));
  }
  if (asset) return wrap(h('a', { href: asset.href, className: ['attachment-link'] }), inner || ref.target);
  const why = ref.kind === 'embed' ? '없는 파일' : '아직 없는 노트';
  return wrap(h('span', { className: ['broken-link'], title: `${why}: ${ref.target}` }), inner || ref.target);
}

const REF_LINK = /<a href="#ref-(\d+)" class="ref(?: note-embed)?">([\s\S]*?)<\/a>/g;
const REF_IMAGE = /<img src="#ref-(\d+)"(?: alt="([^"]*)")? class="ref">/g;
const EMBED_BLOCK = /<div class="note-embed-block"><a href="#ref-(\d+)" class="ref note-embed">([\s\S]*?)<\/a><\/div>/g;

export type Expand = (resolved: ResolvedRef, inner: string) => string;

/** A note's HTML with every placeholder filled: `embed` expands a note embedded on its own line. */
export function fillHtml(html: string, refs: readonly ResolvedRef[], assets: ReadonlyMap<string, AssetInfo>, embed: Expand, preview?: PreviewOf): string {
  const at = (index: string) => refs[Number(index)];
  return html
    .replace(EMBED_BLOCK, (whole, index: string, inner: string) => {
      const resolved = at(index);
      return resolved ? embed(resolved, inner) : whole;
    })
    .replace(REF_LINK, (whole, index: string, inner: string) => {
      const resolved = at(index);
      return resolved ? fillRef({ resolved, inner, assets, preview }) : whole;
    })
    .replace(REF_IMAGE, (whole, index: string, alt: string | undefined) => {
      const resolved = at(index);
      return resolved ? fillRef({ resolved, inner: alt ?? '', assets }) : whole;
    });
}

/** Every HTML field of a note, mapped: sections and each question's parts. */
export function mapNoteHtml(note: Note, map: (html: string) => string): Note {
  return {
    ...note,
    sections: note.sections.map((section) => ({ ...section, html: map(section.html) })),
    questions: note.questions.map((question) => ({
      ...question,
      stemHtml: map(question.stemHtml),
      afterHtml: map(question.afterHtml),
      options: question.options.map((option) => ({ ...option, html: map(option.html) })),
      explanations: Object.fromEntries(Object.entries(question.explanations).map(([letter, html]) => [letter, map(html)])),
      notes: question.notes.map(map),
    })),
  };
}

/** An embedded note's HTML loses its ids: the page it is embedded in has them already. */
export function withoutIds(html: string): string {
  return html.replace(/ id="[^"]*"/g, '');
}

/** The embedded part of a note: all of it, or one heading and what follows it up to the next heading as high. */
export function embeddedPart(note: Note, anchor: string | null): string {
  const whole = note.sections.map((section) => (section.heading ? `<h2>${escapeText(section.heading)}</h2>${section.html}` : section.html)).join('\n');
  if (!anchor) return whole;
  const heading = note.headings.find((each) => each.anchor === anchor);
  if (!heading) return whole;
  if (heading.depth === 2) {
    const index = note.sections.findIndex((section) => section.heading === heading.text);
    return note.sections[index]?.html ?? whole;
  }
  const start = whole.indexOf(`<h${heading.depth} id="${anchor}">`);
  // A template note's headings carry no id: the anchor is their section's.
  if (start === -1) return note.sections[sectionAnchors(note.sections).indexOf(anchor)]?.html ?? whole;
  const rest = whole.slice(start);
  const next = new RegExp(`<h[1-${heading.depth}][ >]`, 'g');
  next.lastIndex = 1;
  const end = next.exec(rest);
  return rest.slice(0, end ? end.index : undefined);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
