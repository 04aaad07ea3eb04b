import { cutByBytes } from '../json-parts';
import type { NoteCardData } from '../note-card';
import type { NoteListPart } from './note-list-schema';

/*
 * The writer of the note list's parts (see note-list-schema.ts), from the cards newest
 * first; the build (scripts/write-data-files.ts), the dev server's route and the home page
 * (which names the parts) all cut with this one function, so they agree.
 */

/**
 * A part's JSON stays under this many bytes: Korean card text gzips to about 40% of its
 * bytes, so a part downloads as about 250 KB at most (`npm run bench:web` checks the gzip
 * size of each against 300 KB).
 */
export const PART_BYTES = 600_000;

/** Every part of the list; one, empty, for a vault with no note. */
export function noteListParts(cards: readonly NoteCardData[], partBytes: number = PART_BYTES): NoteListPart[] {
  const cut = cutByBytes(cards, partBytes);
  return cut.map((notes, part) => ({ part, parts: cut.length, notes }));
}
