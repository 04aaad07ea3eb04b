import { array, enum as oneOf, extend, int, literal, object, omit, optional, record, string, tuple, type infer as Infer } from 'zod/mini';

/*
 * `/search-index.json`, the file search fetches first: each note's title, slug and tags,
 * and each field's FlexSearch index as its export wrote it. Snippet text comes after, in
 * `/search-snippets/<n>.json`, SNIPPETS_PER_FILE notes to a file, only for the notes shown:
 * Korean prose compresses poorly and would double the first download.
 * Search-only, so it stays out of the chunks every page loads.
 */

/** Where a note's words are indexed; the order is the order they are searched. */
export const SEARCH_FIELDS = ['title', 'aliases', 'cho', 'keywords', 'summary', 'keyTerms', 'question', 'body'] as const;

export const searchFieldSchema = oneOf(SEARCH_FIELDS);
export type SearchField = Infer<typeof searchFieldSchema>;

/** A result as the file stores it: its tags are positions in the file's tag list. */
export const storedDocSchema = object({
  slug: string(),
  title: string(),
  tags: array(int()),
  /** A question of a note with many: the result opens the note at it (`#q-7`). */
  anchor: optional(string()),
});

/** A result as search hands it out. */
export type SearchDoc = { slug: string; title: string; tags: string[]; anchor?: string };

export const SEARCH_DATA_VERSION = 3;

/**
 * The AWS vocabulary (aws-terms.ts) as search reads it: each term's spellings, and each
 * spelling's look-up key (synonyms.ts), in the same places. Written at build time, as
 * working out 1,900 keys took a slowed phone a quarter of a second on its first search.
 */
export const vocabularyDataSchema = object({
  spellings: array(array(string())),
  /** Each key as packKey stores it. */
  keys: array(array(string())),
  longest: int(),
});
export type VocabularyData = Infer<typeof vocabularyDataSchema>;

const lower = (spelling: string) => spelling.normalize('NFC').toLowerCase();

/**
 * A spelling's key as the file stores it: most keys are the spelling in lower case, with
 * or without its spaces, and are left out (`''`, `'.'`), a third of the vocabulary's bytes.
 */
export function packKey(spelling: string, key: string): string {
  if (key === lower(spelling)) return '';
  if (key === lower(spelling).replaceAll(' ', '')) return '.';
  return key;
}

export function unpackKey(spelling: string, packed: string): string {
  if (packed === '') return lower(spelling);
  if (packed === '.') return lower(spelling).replaceAll(' ', '');
  return packed;
}

export const searchDataSchema = object({
  version: literal(SEARCH_DATA_VERSION),
  tags: array(string()),
  docs: array(storedDocSchema),
  /** Field → export key → the chunk as FlexSearch's export wrote it (JSON text, parsed once, by FlexSearch). */
  fields: record(searchFieldSchema, record(string(), string())),
  vocabulary: vocabularyDataSchema,
});
export type SearchData = Infer<typeof searchDataSchema>;

/*
 * As served, the index is cut in files (search-parts.ts): `/search-index.json`, the head,
 * holds everything but the fields' chunks and says how many parts hold those, in
 * `/search-index/<n>.json`, each small enough to download on its own (a 10,000-note vault's
 * index is over 2 MB gzip). The browser joins them back into SearchData.
 */
export const searchHeadSchema = extend(omit(searchDataSchema, { fields: true }), { parts: int() });
export type SearchHead = Infer<typeof searchHeadSchema>;

/** A chunk of a field's export: its field, its key and its JSON text. */
export const searchChunkSchema = tuple([searchFieldSchema, string(), string()]);

export const searchPartSchema = object({ part: int(), parts: int(), chunks: array(searchChunkSchema) });
export type SearchPart = Infer<typeof searchPartSchema>;

export const SNIPPETS_PER_FILE = 100;

/** A snippet file: the key point of notes n × SNIPPETS_PER_FILE onwards, in order. */
export const snippetFileSchema = object({ snippets: array(string()) });
export type SnippetFile = Infer<typeof snippetFileSchema>;
