import type { Note } from './content/schema';

/*
 * Tags are `namespace/value` (`service/glue`). Choosing a namespace alone (`service`)
 * means any of its tags; several choices narrow the notes (AND).
 */

export type TagCount = { tag: string; value: string; count: number };
export type TagNamespace = { namespace: string; count: number; tags: TagCount[] };

/** Tags written without a namespace are grouped here. */
export const NO_NAMESPACE = 'other';

/** Namespaces in the order students reach for them; any others follow by size. */
const NAMESPACE_ORDER = ['service', 'constraint', 'usecase', 'technique', 'problem', 'deployment', 'comparison'];

export function splitTag(tag: string): { namespace: string; value: string } {
  const at = tag.indexOf('/');
  return at === -1 ? { namespace: NO_NAMESPACE, value: tag } : { namespace: tag.slice(0, at), value: tag.slice(at + 1) };
}

export function hasTag(note: Pick<Note, 'tags'>, wanted: string): boolean {
  return note.tags.some((tag) => tag === wanted || (!wanted.includes('/') && splitTag(tag).namespace === wanted));
}

export function hasAllTags(note: Pick<Note, 'tags'>, wanted: readonly string[]): boolean {
  return wanted.every((tag) => hasTag(note, tag));
}

export function withAllTags<T extends Pick<Note, 'tags'>>(notes: readonly T[], wanted: readonly string[]): T[] {
  return notes.filter((note) => hasAllTags(note, wanted));
}

/** Each tag and how many of the notes carry it, most common first. */
export function tagCounts(notes: readonly Pick<Note, 'tags'>[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function namespaceRank(namespace: string): number {
  const at = NAMESPACE_ORDER.indexOf(namespace);
  return at === -1 ? NAMESPACE_ORDER.length : at;
}

export function tagNamespaces(notes: readonly Pick<Note, 'tags'>[]): TagNamespace[] {
  const byNamespace = new Map<string, TagCount[]>();
  for (const [tag, count] of tagCounts(notes)) {
    const { namespace, value } = splitTag(tag);
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), { tag, value, count }]);
  }
  return [...byNamespace]
    .map(([namespace, tags]) => ({
      namespace,
      count: notes.filter((note) => note.tags.some((tag) => splitTag(tag).namespace === namespace)).length,
      tags: tags.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    }))
    .sort((a, b) => namespaceRank(a.namespace) - namespaceRank(b.namespace) || b.count - a.count || a.namespace.localeCompare(b.namespace));
}

/** Notes sharing the most tags with `note`, most shared first. */
export function relatedNotes<T extends Pick<Note, 'slug' | 'tags'>>(note: T, notes: readonly T[], limit = 5): T[] {
  return notes
    .filter((other) => other.slug !== note.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => note.tags.includes(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.other.slug.localeCompare(b.other.slug))
    .slice(0, limit)
    .map(({ other }) => other);
}

export type Facet = TagCount & {
  active: boolean;
  /** Notes the filter would keep with this tag added; for an active tag, the notes shown now. */
  reachable: number;
};
/** A namespace's facets: `shown` keep at least one note; `folded` would leave nothing. */
export type FacetGroup = { namespace: string; shown: Facet[]; folded: Facet[] };

/**
 * Faceted counts: each tag's number is what choosing it next would give, not its size in the
 * whole site, so a student sees where a click leads before making it.
 */
export function facetGroups(notes: readonly Pick<Note, 'tags'>[], namespaces: readonly TagNamespace[], selected: readonly string[]): FacetGroup[] {
  const kept = withAllTags(notes, selected);
  return namespaces.map((namespace) => {
    const facets = namespace.tags.map((tag) => {
      const active = selected.includes(tag.tag);
      return { ...tag, active, reachable: active ? kept.length : kept.filter((note) => hasTag(note, tag.tag)).length };
    });
    return {
      namespace: namespace.namespace,
      shown: facets.filter((facet) => facet.active || facet.reachable > 0),
      folded: facets.filter((facet) => !facet.active && facet.reachable === 0),
    };
  });
}

/** The chosen tags as a heading names them: values only, in the order chosen (`glue · serverless`). */
export function filterLabel(selected: readonly string[]): string {
  return selected.map((tag) => splitTag(tag).value).join(' · ');
}
