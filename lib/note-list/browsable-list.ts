import { byTitle, type NoteCardData } from '../note-card';
import { facetGroups, tagNamespaces, withAllTags, type FacetGroup, type TagNamespace } from '../tags';

/*
 * The home page's list once loaded: both orders and every tag's namespace made once, so a
 * filter or a sort over 10,000 notes is one pass that keeps the order, never a sort per
 * click. (The page's HTML carries only each namespace's most used tags.)
 */

export type BrowsableList = { newest: readonly NoteCardData[]; byTitle: readonly NoteCardData[]; namespaces: TagNamespace[] };
export type ListSort = 'newest' | 'title';

/** `newest`: the list as the build wrote it, newest first. */
export function browsableList(newest: readonly NoteCardData[]): BrowsableList {
  return { newest, byTitle: [...newest].sort(byTitle), namespaces: tagNamespaces(newest) };
}

/** The notes with every selected tag, in the chosen order, and the facets beside them. */
export function browse(list: BrowsableList, selected: readonly string[], sort: ListSort): { matching: NoteCardData[]; groups: FacetGroup[] } {
  return {
    matching: withAllTags(sort === 'title' ? list.byTitle : list.newest, selected),
    groups: facetGroups(list.newest, list.namespaces, selected),
  };
}
