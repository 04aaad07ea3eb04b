import { NO_NAMESPACE, namespaceRank, splitTag } from '../tags';
import { weakestFirst, type TagScore } from './practice';

/*
 * The practice summary's score per tag, grouped by namespace (`service/glue` → `service`;
 * tags without one share a group), so a session of a few questions and many tags shows
 * where the student is weakest in each kind of tag instead of a long list.
 */

/** A namespace's scores, weakest first: the first few `shown`, the rest `folded` away. */
export type TagScoreGroup = { namespace: string; shown: TagScore[]; folded: TagScore[] };

export const SHOWN_PER_GROUP = 3;

/** Namespaces in the home page's order; tags without a namespace come last. */
function byNamespace(a: string, b: string): number {
  return namespaceRank(a) - namespaceRank(b) || Number(a === NO_NAMESPACE) - Number(b === NO_NAMESPACE) || a.localeCompare(b);
}

export function groupTagScores(scores: readonly TagScore[], shown: number = SHOWN_PER_GROUP): TagScoreGroup[] {
  const groups = new Map<string, TagScore[]>();
  for (const score of scores) {
    const { namespace } = splitTag(score.tag);
    groups.set(namespace, [...(groups.get(namespace) ?? []), score]);
  }
  return [...groups.keys()].sort(byNamespace).map((namespace) => {
    const weakest = [...(groups.get(namespace) ?? [])].sort(weakestFirst);
    return { namespace, shown: weakest.slice(0, shown), folded: weakest.slice(shown) };
  });
}
