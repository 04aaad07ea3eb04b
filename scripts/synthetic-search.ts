/*
 * Synthetic notes for the search benchmark, made by recombining real ones: each gets the
 * title of one note, the key point of another, the question of a third, and so on, plus a
 * number of its own. Repeating whole notes would let gzip fold the copies away and flatter
 * the index size; recombined notes have realistic words in unrealistic company.
 */
import type { SearchSource } from '../lib/search/build-index';

/** A small deterministic generator (mulberry32), so every run measures the same notes. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSources(real: readonly SearchSource[], count: number): SearchSource[] {
  if (real.length === 0) throw new Error('no real notes to recombine');
  const next = random(count);
  const any = (): SearchSource => real[Math.floor(next() * real.length)] ?? real[0]!;
  return Array.from({ length: count }, (_, index) => {
    const [title, names, tags, summary, terms, question] = [any(), any(), any(), any(), any(), any()];
    return {
      slug: `${title.slug}-${index}`,
      id: `${title.id}-${index}`,
      title: `${title.title} ${index}`,
      aliases: names.aliases,
      tags: [...new Set([...tags.tags, ...any().tags.slice(0, 2)])],
      summary: summary.summary,
      keyTerms: [...terms.keyTerms.slice(0, 6), ...any().keyTerms.slice(0, 4)],
      bodyText: any().bodyText,
      questions: question.questions.map((each) => ({ stem: each.stem, options: any().questions[0]?.options ?? each.options })),
    };
  });
}
