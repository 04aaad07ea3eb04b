/*
 * How long a personal note on a question may be, apart from the log's schema so the marks
 * toolbar can check a draft without loading zod.
 */

/** A personal note's longest text: a note, not a second copy of the notes. */
export const NOTE_MAX = 2000;

/** Whether the log's schema takes this note text: zod's `maxLength` counts code points, so an emoji is one. */
export const noteFits = (text: string): boolean => [...text].length <= NOTE_MAX;
