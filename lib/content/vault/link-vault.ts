import { notePositions } from '../../search/build-index';
import { noteHref } from '../../links';
import type { Asset, Backlink, Note, Problem } from '../schema';
import { embeddedPart, fillHtml, fillRef, mapNoteHtml, single, withoutIds, wrap, type AssetInfo, type Expand } from './link-html';
import { indexVault, resolveRef, type ResolvedRef } from './link-targets';
import { h } from 'hastscript';

/*
 * Vault stage: the notes, once all are parsed, linked to each other. Each reference is
 * resolved once against one index of the vault (O(links)); the notes' HTML gets its links,
 * pictures and embedded notes; each note learns its backlinks; the files the notes use are
 * listed for the export (and only those). A link to a note carries that note's position and
 * title, so a preview can show its search snippet without another file. An embedded note is expanded at most MAX_DEPTH
 * deep and never inside itself (A embeds B embeds A), each stop reported.
 */

const MAX_DEPTH = 3;

export type AssetRead = { ok: true; info: AssetInfo; bytes: number } | { ok: false; problem: string };
/** Reads what the site needs of a file of the vault (the loader's I/O, handed in). */
export type AssetReader = (file: string) => AssetRead;

export type LinkedVault = { notes: Note[]; problems: Problem[]; assets: Asset[] };

function warning(note: Note, line: number, message: string, kind?: Problem['kind']): Problem {
  return { file: note.file, line, severity: 'warning', message, ...(kind ? { kind } : {}) };
}

function kindOf({ target, ambiguous }: ResolvedRef): Problem['kind'] {
  return target.kind === 'missing' ? 'broken-link' : ambiguous ? 'ambiguous-link' : undefined;
}

/** The files the notes use, read once each; a file that cannot be used leaves its references broken. */
function readAssets(notes: readonly Note[], resolved: ReadonlyMap<Note, ResolvedRef[]>, read: AssetReader, problems: Problem[]) {
  const infos = new Map<string, AssetInfo>();
  const assets: Asset[] = [];
  const failed = new Map<string, string>();
  for (const note of notes) {
    for (const { ref, target } of resolved.get(note) ?? []) {
      if (target.kind !== 'asset' || infos.has(target.file)) continue;
      const known = failed.get(target.file);
      const result = known ? null : read(target.file);
      if (result?.ok) {
        infos.set(target.file, result.info);
        assets.push({ file: target.file, href: result.info.href, bytes: result.bytes });
        continue;
      }
      const problem = known ?? (result && !result.ok ? result.problem : 'cannot be read');
      failed.set(target.file, problem);
      problems.push(warning(note, ref.line, `${target.file} ${problem}`));
    }
  }
  return { infos, assets };
}

function backlinksOf(notes: readonly Note[], resolved: ReadonlyMap<Note, ResolvedRef[]>): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const note of notes) {
    for (const { ref, target } of resolved.get(note) ?? []) {
      if (target.kind !== 'note' || target.slug === note.slug) continue;
      const list = backlinks.get(target.slug) ?? [];
      if (!list.some((backlink) => backlink.slug === note.slug)) list.push({ slug: note.slug, title: note.title, context: ref.context });
      backlinks.set(target.slug, list);
    }
  }
  return backlinks;
}

/** Links every note of the vault: see the header. */
export function linkVault(notes: readonly Note[], assetFiles: readonly string[], read: AssetReader): LinkedVault {
  const index = indexVault(notes, assetFiles);
  const resolved = new Map(notes.map((note) => [note, note.links.map((ref) => resolveRef(index, ref, note))]));
  const bySlug = new Map(notes.map((note) => [note.slug, note]));
  const positions = notePositions(notes);
  const preview = (slug: string) => {
    const index = positions.get(slug);
    return index === undefined ? undefined : { index, title: bySlug.get(slug)?.title ?? '' };
  };
  const problems: Problem[] = notes.flatMap((note) => (resolved.get(note) ?? []).flatMap((each) => (each.warning ? [warning(note, each.ref.line, each.warning, kindOf(each))] : [])));
  const { infos, assets } = readAssets(notes, resolved, read, problems);
  const backlinks = backlinksOf(notes, resolved);

  // An embed that closes a loop is met again from every note of the loop: reported once.
  const reported = new Set<string>();
  const expander = (note: Note, stack: readonly string[]): Expand => (each, inner) => {
    const { target, ref } = each;
    const embedded = target.kind === 'note' ? bySlug.get(target.slug) : undefined;
    if (!embedded || target.kind !== 'note') return `<p>${fillRef({ resolved: each, inner, assets: infos })}</p>`;
    const title = single(h('p', { className: ['note-embed-title'] }, [h('a', { href: noteHref(embedded.slug, target.anchor), className: ['internal-link'], dataSlug: embedded.slug }, embedded.title)]));
    if (stack.includes(embedded.slug) || stack.length >= MAX_DEPTH) {
      const why = stack.includes(embedded.slug) ? `embeds "${embedded.title}" inside itself (${[...stack, embedded.slug].join(' → ')}); shown as a link` : `embeds notes more than ${MAX_DEPTH} deep; "${embedded.title}" shown as a link`;
      const place = `${note.file}:${ref.line}`;
      if (!reported.has(place)) problems.push(warning(note, ref.line, `![[${ref.target}]] ${why}`));
      reported.add(place);
      return wrap(h('div', { className: ['embed-loop'] }), title);
    }
    const content = fillHtml(withoutIds(embeddedPart(embedded, target.anchor)), resolved.get(embedded) ?? [], infos, expander(embedded, [...stack, embedded.slug]), preview);
    return wrap(h('div', { className: ['note-embed'], dataSlug: embedded.slug }), `${title}${content}`);
  };

  const linked = notes.map((note) => {
    const filled = mapNoteHtml(note, (html) => fillHtml(html, resolved.get(note) ?? [], infos, expander(note, [note.slug]), preview));
    return { ...filled, backlinks: backlinks.get(note.slug) ?? [] };
  });
  return { notes: linked, problems, assets };
}
