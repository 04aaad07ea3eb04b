import { cutByBytes, jsonBytes } from '../json-parts';
import { perField } from './search-index';
import { SEARCH_FIELDS, type SearchData, type SearchField, type SearchHead, type SearchPart } from './search-schema';

/*
 * The writer and reader of the search index's files (see search-schema.ts): the head, and
 * the fields' chunks in parts. FlexSearch's export writes a field's words as one chunk of
 * up to 100,000 entries; a chunk too big for a part is cut into smaller chunks of whole
 * entries, which FlexSearch's import adds to one another (each word is in one chunk), so
 * the joined index answers exactly as the one that was written.
 */

/**
 * A part's JSON stays under this many bytes: an exported index gzips to 15-30% of its bytes,
 * so a part downloads as about 200 KB at most (`npm run bench:web` checks each against 300 KB).
 */
export const SEARCH_PART_BYTES = 700_000;

type Chunk = SearchPart['chunks'][number];

/** A chunk's key with its number changed: FlexSearch's import reads only the kind after the dot (`map`). */
function numbered(key: string, n: number): string {
  const kind = key.slice(key.lastIndexOf('.') + 1);
  return n === 0 ? key : `${key.slice(0, key.lastIndexOf('.'))}-${n}.${kind}`;
}

/** A field's chunk, cut into chunks of whole entries when it is bigger than a part. */
function cutChunk(field: SearchField, key: string, text: string, partBytes: number): Chunk[] {
  if (jsonBytes(text) <= partBytes) return [[field, key, text]];
  const entries: unknown = JSON.parse(text);
  if (!Array.isArray(entries)) return [[field, key, text]];
  return cutByBytes(entries, partBytes * 0.9).map((piece, n): Chunk => [field, numbered(key, n), JSON.stringify(piece)]);
}

export function searchFiles(data: SearchData, partBytes: number = SEARCH_PART_BYTES): { head: SearchHead; parts: SearchPart[] } {
  const { fields, ...rest } = data;
  const chunks = SEARCH_FIELDS.flatMap((field) => Object.entries(fields[field]).flatMap(([key, text]) => cutChunk(field, key, text, partBytes)));
  const cut = cutByBytes(chunks, partBytes);
  return { head: { ...rest, parts: cut.length }, parts: cut.map((part, at) => ({ part: at, parts: cut.length, chunks: part })) };
}

/** The index as it was written, from its head and every one of its parts; parts of another build are refused. */
export function joinSearchFiles(head: SearchHead, parts: readonly SearchPart[]): SearchData {
  parts.forEach((part, at) => {
    if (part.part !== at || part.parts !== head.parts) throw new Error(`search index part ${at} of ${head.parts} reads as part ${part.part} of ${part.parts}: the site was rebuilt meanwhile`);
  });
  if (parts.length !== head.parts) throw new Error(`search index: ${parts.length} of ${head.parts} parts`);
  const fields = perField((): Record<string, string> => ({}));
  for (const [field, key, text] of parts.flatMap((part) => part.chunks)) fields[field][key] = text;
  const { version, tags, docs, vocabulary } = head;
  return { version, tags, docs, vocabulary, fields };
}
