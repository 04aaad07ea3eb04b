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

/** Where the cards are cut: each part's first card. A card larger than a part is a part of its own. */
function partStarts(cards: readonly NoteCardData[], partBytes: number): number[] {
  const encoder = new TextEncoder();
  const starts = [0];
  let bytes = 0;
  cards.forEach((card, at) => {
    // The card's bytes in its part's JSON, with the comma before it.
    const size = encoder.encode(JSON.stringify(card)).length + 1;
    if (bytes > 0 && bytes + size > partBytes) {
      starts.push(at);
      bytes = 0;
    }
    bytes += size;
  });
  return starts;
}

/** Every part of the list; one, empty, for a vault with no note. */
export function noteListParts(cards: readonly NoteCardData[], partBytes: number = PART_BYTES): NoteListPart[] {
  const starts = partStarts(cards, partBytes);
  return starts.map((start, part) => ({ part, parts: starts.length, notes: cards.slice(start, starts[part + 1] ?? cards.length) }));
}
