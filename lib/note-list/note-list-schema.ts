import { array, nullable, object, string, type infer as Infer } from 'zod/mini';
import { count } from '../study/log';

/*
 * The home page's note list in static files (written by build-note-list.ts, read by
 * read-note-list.ts): `/note-list/<n>.json`, every note's card, newest first, cut into parts
 * small enough to download and parse one by one (PART_BYTES). The home page's HTML holds
 * only its first screen of cards; filtering, sorting and every card past the first screen
 * come from these files, fetched when the student asks for them. Each part names its place
 * and how many parts its build wrote, so parts of two builds are never joined.
 */

export const noteListCardSchema = object({
  slug: string(),
  title: string(),
  summary: string(),
  tags: array(string()),
  created: nullable(string()),
  questions: array(object({ id: string(), fingerprint: string() })),
});

export const noteListPartSchema = object({
  /** Its place, from 0. */
  part: count,
  /** How many parts the build wrote. */
  parts: count,
  notes: array(noteListCardSchema),
});
export type NoteListPart = Infer<typeof noteListPartSchema>;
