/*
 * Stage after `next build`: the JSON files the study tools and search fetch, written
 * straight from the parsed notes (the parse cache makes loading them cheap) with the same
 * functions the dev server's `*.dev.ts` routes answer with. As routes, Next compiled them
 * and rendered one per answer key: a third of a big vault's build.
 * - `/quiz/<slug>.json`: a note's answer keys, fetched only once the student submits;
 * - `/questions.json`: every question, no answers;
 * - `/search-index.json` and `/search-snippets/<n>.json`: search, fetched when it starts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { noteAnswerKeys, questionBank, siteContent } from '../lib/content/site';
import { buildSearchData, snippetFiles } from '../lib/search/build-index';

export type DataFiles = { answerKeys: number; snippetFiles: number };

function writeJson(outDir: string, file: string, value: unknown): void {
  writeFileSync(path.join(outDir, file), JSON.stringify(value));
}

export function writeDataFiles(outDir: string): DataFiles {
  const { notes } = siteContent();
  const quizzed = notes.filter((note) => note.questions.length > 0);
  mkdirSync(path.join(outDir, 'quiz'), { recursive: true });
  for (const note of quizzed) writeJson(outDir, `quiz/${note.slug}.json`, noteAnswerKeys(note));
  writeJson(outDir, 'questions.json', questionBank(notes));
  writeJson(outDir, 'search-index.json', buildSearchData(notes));
  const snippets = snippetFiles(notes);
  mkdirSync(path.join(outDir, 'search-snippets'), { recursive: true });
  snippets.forEach((file, n) => writeJson(outDir, `search-snippets/${n}.json`, file));
  return { answerKeys: quizzed.length, snippetFiles: snippets.length };
}
