import { blockAnchor } from '../render/obsidian/block-ids';
import { headingAnchor } from '../render/obsidian/heading-ids';
import { PICTURE } from '../render/obsidian/references';
import { elementId } from '../../links';
import type { LinkRef, Note } from '../schema';
import { indexFiles, leavesVault, lookupKey, resolveTarget, type FileIndex, type Resolution } from './resolve';

/*
 * Vault stage, what each reference of each note points at: a note (and the anchor of a
 * heading or block in it), a file of the vault, or nothing, with the warning the checker
 * prints for it. Pure: the index is built once from every note and file of the vault.
 */

const NOTE_EXTENSION = /\.md$/i;

export type Target =
  | { kind: 'note'; slug: string; anchor: string | null }
  | { kind: 'asset'; file: string; image: boolean }
  | { kind: 'missing' };

/** `label`: text to show instead of the placeholder's, when the resolution changed its meaning. */
export type ResolvedRef = { ref: LinkRef; target: Target; warning: string | null; ambiguous?: boolean; label?: string };

export type VaultIndex = { notes: FileIndex; assets: FileIndex; byFile: Map<string, Note> };

export function indexVault(notes: readonly Note[], assets: readonly string[]): VaultIndex {
  const aliases = new Map(notes.map((note) => [note.file, note.aliases]));
  return {
    notes: indexFiles(
      notes.map((note) => note.file),
      NOTE_EXTENSION,
      aliases,
    ),
    assets: indexFiles(assets, null),
    byFile: new Map(notes.map((note) => [note.file, note])),
  };
}

/** The anchor of `#Heading` or `#^block` in a note; null (the top, with a warning) when it has none. */
function anchorIn(note: Note, fragment: string): string | null {
  if (fragment.startsWith('^')) {
    const id = fragment.slice(1).trim().toLowerCase();
    return note.blockIds.some((block) => block.toLowerCase() === id) ? elementId(blockAnchor(id)) : null;
  }
  // `[[Note#Section#Sub]]` names a heading by its path; the last one is the heading.
  const wanted = lookupKey(fragment.split('#').filter(Boolean).at(-1) ?? fragment);
  const heading = note.headings.find((each) => lookupKey(each.text) === wanted) ?? note.headings.find((each) => headingAnchor(each.text) === headingAnchor(wanted));
  return heading?.anchor ?? null;
}

function ambiguity(resolution: NonNullable<Resolution>, what: string): string | null {
  if (resolution.candidates.length < 2) return null;
  return `${what} matches ${resolution.candidates.length} files (${resolution.candidates.join(', ')}); linked to ${resolution.file}`;
}

function describe(ref: LinkRef): string {
  if (ref.syntax === 'markdown') return `link "${ref.target}${ref.fragment ? `#${ref.fragment}` : ''}"`;
  const inner = `${ref.target}${ref.fragment ? `#${ref.fragment}` : ''}`;
  return ref.kind === 'embed' ? `embed ![[${inner}]]` : `link [[${inner}]]`;
}

function toNote(index: VaultIndex, ref: LinkRef, note: Note, resolution: NonNullable<Resolution>): ResolvedRef {
  const target = index.byFile.get(resolution.file) ?? note;
  const anchor = ref.fragment ? anchorIn(target, ref.fragment) : null;
  const missingAnchor = ref.fragment && anchor === null ? `${describe(ref)}: "${target.title}" has no ${ref.fragment.startsWith('^') ? 'block' : 'heading'} "${ref.fragment}"; linked to the top of the note` : null;
  return { ref, target: { kind: 'note', slug: target.slug, anchor }, warning: ambiguity(resolution, describe(ref)) ?? missingAnchor, ambiguous: resolution.candidates.length > 1 };
}

function resolveNote(index: VaultIndex, ref: LinkRef, note: Note): { resolution: NonNullable<Resolution>; wholeName: boolean } | null {
  const relative = ref.syntax === 'markdown';
  const found = resolveTarget(index.notes, ref.target, note.file, NOTE_EXTENSION, relative);
  if (found) return { resolution: found, wholeName: false };
  if (!ref.fragment) return null;
  // A file name with `#` in it (`C# vs F#.md`), where Obsidian would read a heading.
  const whole = resolveTarget(index.notes, `${ref.target}#${ref.fragment}`, note.file, NOTE_EXTENSION, relative);
  return whole ? { resolution: whole, wholeName: true } : null;
}

/** Where one reference of `note` leads. */
export function resolveRef(index: VaultIndex, ref: LinkRef, note: Note): ResolvedRef {
  if (ref.target === '') {
    const anchor = ref.fragment ? anchorIn(note, ref.fragment) : null;
    const warning = ref.fragment && anchor === null ? `${describe(ref)}: this note has no heading or block "${ref.fragment}"` : null;
    return { ref, target: { kind: 'note', slug: note.slug, anchor }, warning };
  }
  if (leavesVault(ref.target, note.file, ref.syntax === 'markdown')) {
    return { ref, target: { kind: 'missing' }, warning: `${describe(ref)} points outside the vault; not followed` };
  }
  const looksLikeFile = /\.[a-z0-9]{1,5}$/i.test(ref.target) && !NOTE_EXTENSION.test(ref.target);
  const asNote = looksLikeFile ? null : resolveNote(index, ref, note);
  if (asNote?.wholeName) {
    const name = `${ref.target}#${ref.fragment ?? ''}`;
    const shownAsHeading = ref.label === `${ref.target} > ${ref.fragment?.trim()}`;
    return { ...toNote(index, { ...ref, fragment: null }, note, asNote.resolution), ref, ...(shownAsHeading ? { label: name } : {}) };
  }
  if (asNote) return toNote(index, ref, note, asNote.resolution);
  const asset = resolveTarget(index.assets, ref.target, note.file, null, ref.syntax === 'markdown');
  if (asset) return { ref, target: { kind: 'asset', file: asset.file, image: PICTURE.test(asset.file) }, warning: ambiguity(asset, describe(ref)), ambiguous: asset.candidates.length > 1 };
  if (ref.kind === 'embed' && looksLikeFile) return { ref, target: { kind: 'missing' }, warning: `${describe(ref)}: no file "${ref.target}" in the vault` };
  const site = ref.syntax === 'markdown' && ref.target.startsWith('/') ? ' (a site link written for another generator)' : '';
  return { ref, target: { kind: 'missing' }, warning: `${describe(ref)}: no note "${ref.target}" in the vault${site}; shown as plain text` };
}
