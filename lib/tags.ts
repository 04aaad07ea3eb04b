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

/** Where a namespace comes in lists of tags: the usual ones first, any others after. */
export function namespaceRank(namespace: string): number {
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

/**
 * Related notes for every note of a site, from one index of notes by tag built once: each
 * note's list costs the size of its own tags' lists, not a pass over every note (a build
 * renders thousands of note pages). A shared tag weighs more the fewer notes carry it
 * (its inverse document frequency): the same service says more than a constraint half the
 * notes share. Heaviest first, then most shared, then by slug; never the note itself.
 */
export function relatedIndex<T extends Pick<Note, 'slug' | 'tags'>>(notes: readonly T[]): (note: T, limit?: number) => T[] {
  const byTag = new Map<string, T[]>();
  for (const note of notes)
    for (const tag of note.tags) {
      const list = byTag.get(tag);
      if (list) list.push(note);
      else byTag.set(tag, [note]);
    }
  const weight = (tag: string) => Math.log((notes.length + 1) / (byTag.get(tag)?.length ?? 1));
  return (note, limit = 5) => {
    const shared = new Map<T, { weight: number; count: number }>();
    for (const tag of new Set(note.tags))
      for (const other of byTag.get(tag) ?? []) {
        if (other.slug === note.slug) continue;
        const sum = shared.get(other) ?? { weight: 0, count: 0 };
        shared.set(other, { weight: sum.weight + weight(tag), count: sum.count + 1 });
      }
    return [...shared]
      .sort((a, b) => b[1].weight - a[1].weight || b[1].count - a[1].count || a[0].slug.localeCompare(b[0].slug))
      .slice(0, limit)
      .map(([other]) => other);
  };
}

export function relatedNotes<T extends Pick<Note, 'slug' | 'tags'>>(note: T, notes: readonly T[], limit = 5): T[] {
  return relatedIndex(notes)(note, limit);
}

/** The tags of a namespace the home page's facets show before they are asked for the rest. */
export const FACETS_SHOWN = 8;

/** A namespace as the home page's HTML carries it: its most used tags, and how many more it has. */
export type ShortNamespace = TagNamespace & { hidden: number };

export function shortNamespaces(namespaces: readonly TagNamespace[], shown: number = FACETS_SHOWN): ShortNamespace[] {
  return namespaces.map((namespace) => ({ ...namespace, tags: namespace.tags.slice(0, shown), hidden: Math.max(0, namespace.tags.length - shown) }));
}

export type Facet = TagCount & {
  active: boolean;
  /** Notes the filter would keep with this tag added; for an active tag, the notes shown now. */
  reachable: number;
};
/**
 * A namespace's facets: `shown` keep at least one note; `folded` would leave nothing;
 * `hidden`: tags of a short namespace left out altogether.
 */
export type FacetGroup = { namespace: string; shown: Facet[]; folded: Facet[]; hidden: number };

/**
 * Faceted counts: each tag's number is what choosing it next would give, not its size in the
 * whole site, so a student sees where a click leads before making it. One pass over the
 * notes the filter keeps, counting each note once under each tag and namespace it answers
 * to (hasTag's rule), so 10,000 notes and hundreds of tags cost one walk, not one per tag.
 */
export function facetGroups<T extends Pick<Note, 'tags'>>(notes: readonly T[], namespaces: readonly TagNamespace[], selected: readonly string[], keysOf: (note: T) => readonly string[] = tagKeys): FacetGroup[] {
  const kept = withAllTags(notes, selected);
  const reach = new Map<string, number>();
  for (const note of kept) for (const key of keysOf(note)) reach.set(key, (reach.get(key) ?? 0) + 1);
  return groupFacets(namespaces, selected, (tag, active) => (active ? kept.length : (reach.get(tag.tag) ?? 0)));
}

/** What a note answers to in a filter, each once: its tags and their namespaces. */
export function tagKeys(note: Pick<Note, 'tags'>): string[] {
  return [...new Set(note.tags.flatMap((tag) => [tag, splitTag(tag).namespace]))];
}

/**
 * The facets from the namespaces' own counts, the chosen tags marked: what the home page
 * shows before it has the whole list (its HTML, and while the list loads).
 */
export function vaultFacetGroups(namespaces: readonly ShortNamespace[], selected: readonly string[] = []): FacetGroup[] {
  return groupFacets(namespaces, selected, (tag) => tag.count);
}

function groupFacets(namespaces: readonly (TagNamespace & { hidden?: number })[], selected: readonly string[], reachable: (tag: TagCount, active: boolean) => number): FacetGroup[] {
  return namespaces.map((namespace) => {
    const facets = namespace.tags.map((tag) => {
      const active = selected.includes(tag.tag);
      return { ...tag, active, reachable: reachable(tag, active) };
    });
    return {
      namespace: namespace.namespace,
      shown: facets.filter((facet) => facet.active || facet.reachable > 0),
      folded: facets.filter((facet) => !facet.active && facet.reachable === 0),
      hidden: namespace.hidden ?? 0,
    };
  });
}

/** The chosen tags as a heading names them: values only, in the order chosen (`glue · serverless`). */
export function filterLabel(selected: readonly string[]): string {
  return selected.map((tag) => splitTag(tag).value).join(' · ');
}
