/*
 * Stage after `next build`: each note's answer keys, `/quiz/<slug>.json`, written straight
 * from the parsed notes (the parse cache makes loading them cheap). As a route, Next
 * rendered one page per note for them: a third of a big vault's build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { noteAnswerKeys, siteContent } from '../lib/content/site';

export function writeAnswerKeys(outDir: string): number {
  const notes = siteContent().notes.filter((note) => note.questions.length > 0);
  mkdirSync(path.join(outDir, 'quiz'), { recursive: true });
  for (const note of notes) writeFileSync(path.join(outDir, 'quiz', `${note.slug}.json`), JSON.stringify(noteAnswerKeys(note)));
  return notes.length;
}
