import { byTitle, type NoteCardData } from '../note-card';
import { facetGroups, tagKeys, tagNamespaces, withAllTags, type FacetGroup, type TagNamespace } from '../tags';

/*
 * The home page's list once loaded: both orders, every tag's namespace and each note's
 * tags made once, so a filter or a sort over 10,000 notes is one pass that keeps the order,
 * never a sort per click, and leaves little for the garbage collector. (The page's HTML carries only each namespace's most used tags.)
 */

/** `keys`: each note's tags and namespaces (tagKeys), made once rather than on every choice. */
export type BrowsableList = { newest: readonly NoteCardData[]; byTitle: readonly NoteCardData[]; namespaces: TagNamespace[]; keys: ReadonlyMap<NoteCardData, readonly string[]> };
export type ListSort = 'newest' | 'title';

/** `newest`: the list as the build wrote it, newest first. */
export function browsableList(newest: readonly NoteCardData[]): BrowsableList {
  return { newest, byTitle: [...newest].sort(byTitle), namespaces: tagNamespaces(newest), keys: new Map(newest.map((note) => [note, tagKeys(note)])) };
}

/** The notes with every selected tag, in the chosen order, and the facets beside them. */
export function browse(list: BrowsableList, selected: readonly string[], sort: ListSort): { matching: NoteCardData[]; groups: FacetGroup[] } {
  return {
    matching: withAllTags(sort === 'title' ? list.byTitle : list.newest, selected),
    groups: facetGroups(list.newest, list.namespaces, selected, (note) => list.keys.get(note) ?? tagKeys(note)),
  };
}
