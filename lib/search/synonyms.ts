import { editDistance, jamo, typoAllowance } from './jamo';
import { unpackKey, type VocabularyData } from './search-schema';
import { pieces, stripParticle, type Piece } from './tokenize';

/*
 * Search stage 1b, other spellings: students write AWS names and ideas in Hangul (글루,
 * 비용 최적화) while notes often keep them in English, and the reverse. A run of query words
 * that names a term of the vocabulary (aws-terms.ts) also looks for each other spelling of
 * that term, whole: 비용 최적화 finds notes saying "cost optimization". The note's own
 * aliases connect anything the vocabulary does not. The vocabulary comes with the search
 * index, its look-up keys worked out at build time (vocabulary-data.ts): a phone's first
 * search only fills a map.
 */

/** A query's AWS, Amazon or Apache before a name is no part of it: Amazon Athena is Athena. */
const VENDORS = new Set(['aws', 'amazon', 'apache']);

/** Step Function and Step Functions are one name; `aws` and `sqs` keep their s. */
const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/** 파케이를 and 파케이 share a key: the query's stem keeps an 이 the vocabulary's loses. */
function root(stem: string): string {
  const shorter = stripParticle(stem);
  return shorter === stem ? stem : root(shorter);
}

/**
 * What a run of words is looked up by: English words singular, Korean ones without their
 * particle, and neither kept apart by spaces, so 가용영역 and 가용 영역에, `dynamodb` and
 * `Dynamo DB` each share one key. Initials have none.
 */
export function termKey(words: readonly Piece[]): string {
  const named = words.length > 1 && words[0]?.kind === 'en' && VENDORS.has(words[0].word) ? words.slice(1) : words;
  if (named.length === 0 || named.some((word) => word.kind === 'cho')) return '';
  const runs: { kind: Piece['kind']; text: string }[] = [];
  for (const word of named) {
    const text = word.kind === 'en' ? singular(word.word) : root(word.stem);
    const last = runs.at(-1);
    if (last?.kind === word.kind) last.text += text;
    else runs.push({ kind: word.kind, text });
  }
  return runs.map((run) => run.text).join(' ');
}

/** The vocabulary as a search reads it: each term's spellings, split into words only once a query names that term. */
export type Vocabulary = {
  /** Each term's spellings as written. */
  spellings: readonly (readonly string[])[];
  byKey: ReadonlyMap<string, number>;
  /** The most words any spelling has: no longer run of the query is looked up. */
  longest: number;
  /** The Korean keys of one word (글래시어, 가용영역) with their keys typed, for typos: worked out on the first typo. */
  korean: () => readonly { key: string; keys: readonly string[] }[];
};

export function readVocabulary(data: VocabularyData): Vocabulary {
  const byKey = new Map<string, number>();
  data.keys.forEach((keys, term) => keys.forEach((packed, at) => byKey.set(unpackKey(data.spellings[term]?.[at] ?? '', packed), term)));
  let korean: { key: string; keys: readonly string[] }[] | undefined;
  return {
    spellings: data.spellings,
    byKey,
    longest: data.longest,
    korean: () => (korean ??= [...byKey.keys()].filter((key) => typoAllowance(key) > 0).map((key) => ({ key, keys: jamo(key) }))),
  };
}

/** One term of a query: its words as typed, and each other spelling of it, word by word. */
export type QueryTerm = { typed: readonly Piece[]; others: readonly (readonly Piece[])[] };

const wordsOf = (words: readonly Piece[]) => new Set(words.map((word) => `${word.kind}:${word.stem}`));
const within = (small: ReadonlySet<string>, large: ReadonlySet<string>) => [...small].every((word) => large.has(word));
const sameWords = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && within(a, b);

/**
 * Other spellings, less those that say more than one kept already: `Kinesis Data Firehose`
 * finds only notes `Firehose` finds, at three words' cost.
 */
function fewest(typed: readonly Piece[], others: readonly (readonly Piece[])[]): (readonly Piece[])[] {
  const kept: ReadonlySet<string>[] = [wordsOf(typed)];
  const out: (readonly Piece[])[] = [];
  for (const other of [...others].sort((a, b) => a.length - b.length)) {
    const words = wordsOf(other);
    if (kept.some((each) => within(each, words))) continue;
    kept.push(words);
    out.push(other);
  }
  return out;
}

/** The term of the vocabulary the words at `at` name, longest first, and how many words it takes. */
function termAt(vocabulary: Vocabulary, words: readonly Piece[], at: number): { term: number; length: number } | undefined {
  const { byKey, longest } = vocabulary;
  for (let length = Math.min(longest + 1, words.length - at); length >= 1; length -= 1) {
    const term = byKey.get(termKey(words.slice(at, at + length)));
    if (term !== undefined) return { term, length };
  }
  return undefined;
}

/** The query's words as terms: each run that names a vocabulary term is one, every other word its own. */
export function queryTerms(vocabulary: Vocabulary, words: readonly Piece[]): QueryTerm[] {
  const out: QueryTerm[] = [];
  for (let at = 0; at < words.length; ) {
    const found = termAt(vocabulary, words, at);
    const typed = words.slice(at, at + (found?.length ?? 1));
    const asTyped = wordsOf(typed);
    // Spelled apart or together (Auto Scaling, autoscaling), the same name is stored as other words.
    const others = found ? (vocabulary.spellings[found.term] ?? []).map((spelling) => pieces(spelling)).filter((other) => !sameWords(wordsOf(other), asTyped)) : [];
    out.push({ typed, others: fewest(typed, others) });
    at += typed.length;
  }
  return out;
}

/**
 * The vocabulary's Korean words a typed one may have meant (파티숀 → 파티션), nearest
 * first; none for a word of the vocabulary or one too short to forgive.
 */
export function vocabularyNear(vocabulary: Vocabulary, word: string): string[] {
  const allowance = typoAllowance(word);
  if (allowance === 0 || vocabulary.byKey.has(root(word))) return [];
  const typed = jamo(word);
  return vocabulary
    .korean()
    .filter(({ keys }) => Math.abs(keys.length - typed.length) <= allowance)
    .map(({ key, keys }) => ({ key, distance: editDistance(typed, keys, allowance) }))
    .filter(({ distance }) => distance <= allowance)
    .sort((a, b) => a.distance - b.distance)
    .map(({ key }) => key);
}
