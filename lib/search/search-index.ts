import { Index } from 'flexsearch';
import { SEARCH_FIELDS, type SearchData, type SearchDoc, type SearchField } from './search-schema';
import { isHangulWord, nearVariants } from './jamo';
import { queryTerms, readVocabulary, vocabularyNear, type QueryTerm, type Vocabulary } from './synonyms';
import { bigrams, pieces, querySpellings, type Piece } from './tokenize';

/*
 * Search stage 2, the index: one FlexSearch index per field. Each field keeps its own
 * weight, and each query word may match in a different field (Glue in the tags, 파티션 in
 * the question). Built at build time, loaded in the browser from its export.
 */

type FieldSetup = { boost: number; prefix: boolean };

// Prefixes (`athen` → athena) are stored only for the name fields, where they cost little.
export const FIELD_SETUP: Record<SearchField, FieldSetup> = {
  title: { boost: 6, prefix: true },
  aliases: { boost: 4, prefix: true },
  cho: { boost: 3, prefix: true },
  keywords: { boost: 2, prefix: false },
  summary: { boost: 1.5, prefix: false },
  keyTerms: { boost: 1, prefix: false },
  question: { boost: 0.8, prefix: false },
  body: { boost: 0.5, prefix: false },
};
const TEXT_FIELDS = SEARCH_FIELDS.filter((field) => field !== 'cho');
const NAME_FIELDS: readonly SearchField[] = ['title', 'aliases', 'cho'];
/**
 * Every word of the query in the title or an alias, spelled as typed: that note is what
 * the student named (글루 잡 names the note whose alias says 글루 잡 before those titled Glue).
 */
const NAME_BONUS = 10;

export type SearchIndex = { docs: readonly SearchDoc[]; fields: Record<SearchField, Index>; vocabulary: Vocabulary };
/** `id` is the note's position in the index, which also finds its snippet. */
export type SearchHit = { id: number; doc: SearchDoc; score: number };

const spaceSeparated = (text: string) => text.split(' ').filter(Boolean);

/**
 * Text is tokenized before it reaches FlexSearch, the stored side and the query side each
 * their own way. One resolution: where in a field a word stands is no signal worth its bytes.
 */
export function fieldIndex(): Index {
  return new Index({
    encode: spaceSeparated,
    tokenize: 'strict',
    resolution: 1,
    fastupdate: false,
  });
}

export function perField<T>(make: (field: SearchField) => T): Record<SearchField, T> {
  return {
    title: make('title'),
    aliases: make('aliases'),
    cho: make('cho'),
    keywords: make('keywords'),
    summary: make('summary'),
    keyTerms: make('keyTerms'),
    question: make('question'),
    body: make('body'),
  };
}

/** Rebuilt with the exact setup the export was written with: the export carries no settings. */
export function loadSearchIndex(data: SearchData): SearchIndex {
  const fields = perField((field) => {
    const index = fieldIndex();
    for (const [key, chunk] of Object.entries(data.fields[field])) index.import(key, chunk);
    return index;
  });
  const docs = data.docs.map(({ slug, title, tags, anchor }) => ({ slug, title, tags: tags.flatMap((at) => data.tags[at] ?? []), ...(anchor ? { anchor } : {}) }));
  return { docs, fields, vocabulary: readVocabulary(data.vocabulary) };
}

/** One query word: each spelling holds stored terms that must all be present, and its weight. */
type Spelling = { terms: string; weight: number };
type Word = { spellings: readonly Spelling[]; fields: readonly SearchField[] };
/** One term of the query: its words as typed, and each other way to say it, word by word. */
type Term = { typed: readonly Word[]; others: readonly (readonly Word[])[] };

/** 글루 finding Glue is a good guess, not what was typed: the typed spelling ranks first. */
const OTHER_SPELLING_WEIGHT = 0.5;
/** 파티숀 finding 파티션 is a weaker guess still, made only when the word as typed finds nothing. */
const TYPO_WEIGHT = 0.4;
/** A typo's readings looked up at most: the nearest words, not every one a key away. */
const MOST_TYPO_READINGS = 3;

function queryWord(piece: Piece, weight = 1): Word {
  if (piece.kind === 'cho') return { spellings: [{ terms: piece.word, weight }], fields: ['cho'] };
  return { spellings: querySpellings(piece).map((terms) => ({ terms: terms.join(' '), weight })), fields: TEXT_FIELDS };
}

/** A word typed alone meaning a word (글루, Glue): one word of many spellings, as it always was. */
function queryTerm({ typed, others }: QueryTerm): Term {
  const [only, ...more] = typed;
  if (!only || more.length > 0) return { typed: typed.map((piece) => queryWord(piece)), others: others.map((other) => other.map((piece) => queryWord(piece))) };
  const single = others.flatMap((other) => (other.length === 1 ? other : []));
  const word = queryWord(only);
  return {
    typed: [{ ...word, spellings: [...word.spellings, ...single.flatMap((piece) => queryWord(piece, OTHER_SPELLING_WEIGHT).spellings)] }],
    others: others.filter((other) => other.length > 1).map((other) => other.map((piece) => queryWord(piece))),
  };
}

/** Per note: the word's score (0 where it did not match), and whether a name field matched it as typed. */
type WordScores = { score: Float64Array; named: Uint8Array; ids: number[] };

const noScores = (count: number): WordScores => ({ score: new Float64Array(count), named: new Uint8Array(count), ids: [] });

// Typed arrays, not a Map of objects: a common word matches most of a large vault. In each
// field a note counts once, by its best spelling; the fields add up.
function scoreWord(index: SearchIndex, word: Word): WordScores {
  const count = index.docs.length;
  const scores = noScores(count);
  const best = new Float64Array(count);
  for (const field of word.fields) {
    const touched: number[] = [];
    for (const { terms, weight } of word.spellings) {
      for (const id of index.fields[field].search(terms, { limit: count })) {
        if (typeof id !== 'number' || id >= count) continue;
        const before = best[id] ?? 0;
        if (before === 0) touched.push(id);
        if (weight > before) best[id] = weight;
      }
    }
    for (const id of touched) {
      const weight = best[id] ?? 0;
      if ((scores.score[id] ?? 0) === 0) scores.ids.push(id);
      scores.score[id] = (scores.score[id] ?? 0) + FIELD_SETUP[field].boost * weight;
      if (weight === 1 && NAME_FIELDS.includes(field)) scores.named[id] = 1;
      best[id] = 0;
    }
  }
  return scores;
}

/** A query's words, each scored once though several terms or spellings share it (비용, 비용 절감). */
type Scorer = (word: Word) => WordScores;

function scorer(index: SearchIndex): Scorer {
  const known = new Map<string, WordScores>();
  return (word) => {
    const key = JSON.stringify(word);
    const found = known.get(key) ?? scoreWord(index, word);
    known.set(key, found);
    return found;
  };
}

/**
 * Notes that match every one of `words`, each scored by their sum times `factor`, into
 * `into` where that beats what it holds. Named only when every word was, as typed.
 */
function addAll(into: WordScores, words: readonly WordScores[], factor: number, typed: boolean): void {
  const [first, ...rest] = words;
  if (!first) return;
  for (const id of first.ids) {
    if (rest.some((other) => other.score[id] === 0)) continue;
    const score = factor * rest.reduce((sum, other) => sum + (other.score[id] ?? 0), first.score[id] ?? 0);
    if ((into.score[id] ?? 0) === 0) into.ids.push(id);
    if (score > (into.score[id] ?? 0)) into.score[id] = score;
    if (typed && first.named[id] === 1 && rest.every((other) => other.named[id] === 1)) into.named[id] = 1;
  }
}

/**
 * A term as typed, or as any other spelling of it: the best reading counts. Another
 * spelling of more or fewer words scores as many words as were typed, at its lower weight.
 */
function scoreTerm(index: SearchIndex, score: Scorer, term: Term): WordScores {
  const scores = noScores(index.docs.length);
  addAll(scores, term.typed.map(score), 1, true);
  for (const other of term.others) addAll(scores, other.map(score), (OTHER_SPELLING_WEIGHT * term.typed.length) / other.length, false);
  return scores;
}

/**
 * Whether a stored term holds this Korean pair in any text field. FlexSearch (pinned) keeps
 * its terms in `map`; without it, typos are read by the vocabulary alone.
 */
function storedPair(index: SearchIndex, pair: string): boolean {
  return TEXT_FIELDS.some((field) => {
    const terms: unknown = Reflect.get(index.fields[field], 'map');
    return terms instanceof Map && terms.has(pair);
  });
}

/** What a Korean word that found nothing may have meant: vocabulary words first, then words the notes hold. */
function typoReadings(index: SearchIndex, word: string): string[] {
  const held = nearVariants(word).filter((variant) => bigrams(variant).every((pair) => storedPair(index, pair)));
  return [...new Set([...vocabularyNear(index.vocabulary, word), ...held])].slice(0, MOST_TYPO_READINGS);
}

/** A term's scores; a lone Korean word that matched nothing is read as its nearest words, at a typo's weight. */
function scoreQueryTerm(index: SearchIndex, score: Scorer, term: QueryTerm): WordScores {
  const scores = scoreTerm(index, score, queryTerm(term));
  const [only, ...more] = term.typed;
  if (scores.ids.length > 0 || !only || more.length > 0 || only.kind !== 'ko' || !isHangulWord(only.stem)) return scores;
  for (const reading of typoReadings(index, only.stem)) {
    for (const meant of queryTerms(index.vocabulary, pieces(reading))) addAll(scores, [scoreTerm(index, score, queryTerm(meant))], TYPO_WEIGHT, false);
  }
  return scores;
}

/** The query's words that can match: a lone Latin letter is a word still being typed (job r…), stored nowhere. */
function queryPieces(query: string): Piece[] {
  return pieces(query).filter((piece) => !(piece.kind === 'en' && piece.word.length === 1));
}

/** Whether the query has a word to look for; without one there is nothing to say "no result" about. */
export function searchable(query: string): boolean {
  return queryPieces(query).length > 0;
}

/** Notes that match every word of the query, best first. */
export function searchNotes(index: SearchIndex, query: string): SearchHit[] {
  const score = scorer(index);
  const [first, ...rest] = queryTerms(index.vocabulary, queryPieces(query)).map((term) => scoreQueryTerm(index, score, term));
  if (!first) return [];
  const hits: SearchHit[] = [];
  for (const id of first.ids) {
    const doc = index.docs[id];
    if (!doc || rest.some((other) => other.score[id] === 0)) continue;
    const allNamed = first.named[id] === 1 && rest.every((other) => other.named[id] === 1);
    const total = rest.reduce((sum, other) => sum + (other.score[id] ?? 0), first.score[id] ?? 0) + (allNamed ? NAME_BONUS : 0);
    hits.push({ id, doc, score: total });
  }
  // Ties keep the site's own order: a locale-aware title sort costs more than the search on a big vault.
  return hits.sort((a, b) => b.score - a.score || a.id - b.id);
}
