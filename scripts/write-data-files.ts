/*
 * Stage after `next build`: the JSON files the study tools and search fetch, written
 * straight from the parsed notes (the parse cache makes loading them cheap) with the same
 * functions the dev server's `*.dev.ts` routes answer with. As routes, Next compiled them
 * and rendered one per answer key: a third of a big vault's build.
 * - `/quiz/<slug>.json`: a note's answer keys, fetched only once the student submits;
 * - `/questions.json`: the question bank's index (every question, no stem, no answers; its
 *   first part, the others in `/question-bank/<n>.json`, in a vault too big for one file) and
 *   `/questions/<slug>.json`: a note's questions as the quiz shows them;
 * - `/note-list/<n>.json`: the home page's note list in parts, for filtering and the cards
 *   past its first screen;
 * - `/search-index.json`, `/search-index/<n>.json` and `/search-snippets/<n>.json`: search,
 *   fetched when it starts (the index's head, its parts, the snippets shown);
 * - `/assets/<name>.<hash>.<ext>`: the pictures and attachments the notes use.
 *
 * `npm run build` writes them while Next renders the pages (stageDataFiles), into a folder
 * of their own, since Next's export starts from an empty folder, and moves them into the
 * export once Next is done (moveStagedData): at 10,000 notes they took 8 s after Next.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { appCacheDir } from '../lib/content/cache-dir';
import { contentDir } from '../lib/content/content-dir';
import type { Asset } from '../lib/content/schema';
import { noteAnswerKeys, siteContent, siteOrder } from '../lib/content/site';
import { noteCard } from '../lib/note-card';
import { noteListParts } from '../lib/note-list/build-note-list';
import { bankFiles, noteQuestions } from '../lib/question-bank/build-bank';
import { buildSearchData, snippetFiles } from '../lib/search/build-index';
import { searchFiles } from '../lib/search/search-parts';

export type DataFiles = { answerKeys: number; snippetFiles: number; noteListParts: number; searchParts: number; assets: number };

function writeJson(outDir: string, file: string, value: unknown): void {
  writeFileSync(path.join(outDir, file), JSON.stringify(value));
}

/** The vault's files the notes use, under their content-hashed names: each copied once, however many pages show it. */
function copyAssets(outDir: string, assets: readonly Asset[]): number {
  if (assets.length === 0) return 0;
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  for (const asset of assets) copyFileSync(path.join(contentDir(), asset.file), path.join(outDir, decodeURIComponent(asset.href.replace(/^\//, ''))));
  return assets.length;
}

export function writeDataFiles(outDir: string): DataFiles {
  const { notes, assets } = siteContent();
  const quizzed = notes.filter((note) => note.questions.length > 0);
  mkdirSync(path.join(outDir, 'quiz'), { recursive: true });
  mkdirSync(path.join(outDir, 'questions'), { recursive: true });
  for (const note of quizzed) {
    writeJson(outDir, `quiz/${note.slug}.json`, noteAnswerKeys(note));
    writeJson(outDir, `questions/${note.slug}.json`, noteQuestions(note));
  }
  const bank = bankFiles(notes);
  writeJson(outDir, 'questions.json', bank.index);
  if (bank.parts.length > 0) mkdirSync(path.join(outDir, 'question-bank'), { recursive: true });
  for (const part of bank.parts) writeJson(outDir, `question-bank/${part.part}.json`, part);
  const listParts = noteListParts(siteOrder().newest.map(noteCard));
  mkdirSync(path.join(outDir, 'note-list'), { recursive: true });
  for (const part of listParts) writeJson(outDir, `note-list/${part.part}.json`, part);
  const search = searchFiles(buildSearchData(notes));
  writeJson(outDir, 'search-index.json', search.head);
  mkdirSync(path.join(outDir, 'search-index'), { recursive: true });
  for (const part of search.parts) writeJson(outDir, `search-index/${part.part}.json`, part);
  const snippets = snippetFiles(notes);
  mkdirSync(path.join(outDir, 'search-snippets'), { recursive: true });
  snippets.forEach((file, n) => writeJson(outDir, `search-snippets/${n}.json`, file));
  return { answerKeys: quizzed.length, snippetFiles: snippets.length, noteListParts: listParts.length, searchParts: search.parts.length, assets: copyAssets(outDir, assets) };
}

export type StagedData = DataFiles & { dir: string };

/** The data files for the export `outDir`, written aside until Next has written it. */
export function stageDataFiles(outDir: string, root: string = process.cwd()): StagedData {
  const dir = path.join(appCacheDir(root), 'data-files', path.basename(outDir));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { dir, ...writeDataFiles(dir) };
}

/** Moves the staged files into the export (a rename each; a copy across disks). */
export function moveStagedData(staged: StagedData, outDir: string): DataFiles {
  for (const name of readdirSync(staged.dir)) {
    const target = path.join(outDir, name);
    if (existsSync(target)) throw new Error(`${target} was written by next build: it should come from scripts/write-data-files.ts alone`);
    try {
      renameSync(path.join(staged.dir, name), target);
    } catch {
      cpSync(path.join(staged.dir, name), target, { recursive: true });
    }
  }
  rmSync(staged.dir, { recursive: true, force: true });
  return { answerKeys: staged.answerKeys, snippetFiles: staged.snippetFiles, noteListParts: staged.noteListParts, searchParts: staged.searchParts, assets: staged.assets };
}
