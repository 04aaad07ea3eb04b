import type { NoteCardData } from '../note-card';
import type { NoteListPart } from './note-list-schema';

/*
 * The reader of the note list's parts (see note-list-schema.ts): the parts joined back into
 * one list, newest first, only when they are exactly the parts one build wrote.
 */

export class NoteListMismatch extends Error {}

/** The cards of `parts`, which must be parts 0 … expected-1 of a build that wrote `expected`. */
export function joinNoteList(parts: readonly NoteListPart[], expected: number): NoteCardData[] {
  parts.forEach((part, at) => {
    if (part.part !== at || part.parts !== expected) throw new NoteListMismatch(`note list part ${at} of ${expected} reads as part ${part.part} of ${part.parts}: the site was rebuilt meanwhile`);
  });
  if (parts.length !== expected) throw new NoteListMismatch(`note list: ${parts.length} of ${expected} parts`);
  return parts.flatMap((part) => part.notes);
}
