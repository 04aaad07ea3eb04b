import type { Note } from './content/schema';
import { byNewest } from './note-card';
import { relatedIndex } from './tags';

/*
 * Site-wide orderings, made once per build from all notes and shared by every page:
 * newest first (home, tag pages, previous/next on a note) and related notes.
 */

type Orderable = Pick<Note, 'slug' | 'tags' | 'created' | 'title'>;

export type NoteOrder<T> = {
  /** Every note, newest first. */
  newest: readonly T[];
  find: (slug: string) => T | undefined;
  /** The notes before and after this one, newest first. */
  neighbours: (slug: string) => { previous: T | undefined; next: T | undefined };
  related: (note: T, limit?: number) => T[];
};

export function noteOrder<T extends Orderable>(notes: readonly T[]): NoteOrder<T> {
  const newest = [...notes].sort(byNewest);
  const position = new Map<string, number>();
  newest.forEach((note, at) => {
    if (!position.has(note.slug)) position.set(note.slug, at);
  });
  const bySlug = new Map<string, T>();
  for (const note of notes) if (!bySlug.has(note.slug)) bySlug.set(note.slug, note);
  return {
    newest,
    find: (slug) => bySlug.get(slug),
    neighbours: (slug) => {
      const at = position.get(slug);
      return at === undefined ? { previous: undefined, next: undefined } : { previous: newest[at - 1], next: newest[at + 1] };
    },
    related: relatedIndex(notes),
  };
}
