import type { Note } from './content/schema';

/** A question as a badge needs it: its id, and its fingerprint to tell when it was edited. */
export type QuestionRef = { id: string; fingerprint: string };

export const questionRefs = (note: Pick<Note, 'questions'>): QuestionRef[] => note.questions.map(({ id, fingerprint }) => ({ id, fingerprint }));

/** What a note card shows: plain data, small enough to hand to the home page's filter island. */
export type NoteCardData = Pick<Note, 'slug' | 'title' | 'summary' | 'tags' | 'created'> & { questions: QuestionRef[] };

export function noteCard(note: Note): NoteCardData {
  const { slug, title, summary, tags, created } = note;
  return { slug, title, summary, tags, created, questions: questionRefs(note) };
}

// One collator each, made once: `localeCompare` builds one per call, which dominated a
// sort of thousands of notes. The order is the same.
const dates = new Intl.Collator();
const titles = new Intl.Collator('ko');

/** Newest first; notes without a date last, then by title. */
export function byNewest(a: Pick<Note, 'created' | 'title'>, b: Pick<Note, 'created' | 'title'>): number {
  return dates.compare(b.created ?? '', a.created ?? '') || byTitle(a, b);
}

export function byTitle(a: Pick<Note, 'title'>, b: Pick<Note, 'title'>): number {
  return titles.compare(a.title, b.title);
}
