import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteAnswerKeysSchema } from '@/lib/browser-schema';
import { searchDataSchema, searchHeadSchema, searchPartSchema, snippetFileSchema } from '@/lib/search/search-schema';
import { joinSearchFiles } from '@/lib/search/search-parts';
import { bankIndexSchema, noteQuestionsSchema } from '@/lib/question-bank/bank-schema';
import { noteListPartSchema } from '@/lib/note-list/note-list-schema';
import { readBuiltBank } from '../../scripts/read-built-bank';
import { moveStagedData, stageDataFiles, writeDataFiles } from '../../scripts/write-data-files';

/*
 * The data files a build writes after the export, from tests/fixtures/vault: 5 notes (one of
 * them with a broken question, dropped; one with no frontmatter), 3 questions, one in each of 3 notes.
 */
const VAULT = path.join(import.meta.dirname, '../fixtures/vault');
const QUIZZED = ['english-variant', 'redshift-keys', 'sagemaker-letter-forms'];
/**
 * The fixture's notes newest first by their `created` dates (11-06, 11-05, 10-01, 09-02), the
 * undated one last; the two notes with frontmatter errors are not in the site.
 */
const NEWEST = ['broken-answer', 'sagemaker-letter-forms', 'redshift-keys', 'english-variant', 'readme-without-frontmatter'];
let out = '';
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(out, file), 'utf8'));

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'data-files-'));
  process.env.CONTENT_DIR = VAULT;
  try {
    expect(writeDataFiles(out)).toEqual({ answerKeys: 3, snippetFiles: 1, noteListParts: 1, searchParts: 1, assets: 0 });
  } finally {
    delete process.env.CONTENT_DIR;
  }
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('writeDataFiles', () => {
  it('writes one answer-key file per note with questions, with its answers and explanations', () => {
    expect(readdirSync(path.join(out, 'quiz')).sort()).toEqual(QUIZZED.map((slug) => `${slug}.json`));
    for (const slug of QUIZZED) {
      const keys = noteAnswerKeysSchema.parse(readJson(`quiz/${slug}.json`));
      expect(keys.slug).toBe(slug);
      expect(keys.questions).toHaveLength(1);
      expect(keys.questions[0]?.answers.length).toBeGreaterThan(0);
    }
  });

  it('writes the question bank index with every question, and no stem, option or answer in it', () => {
    const raw = readFileSync(path.join(out, 'questions.json'), 'utf8');
    const index = bankIndexSchema.parse(JSON.parse(raw));
    expect(index.notes.map((note) => note.slug).sort()).toEqual(QUIZZED);
    expect(index.notes.flatMap((note) => note.questions.map((question) => question.position))).toEqual([1, 1, 1]);
    expect(raw).not.toMatch(/"stemHtml"|"options"|"answers"|"explanations"|"answerWords"/);
  });

  it("writes each quizzed note's questions to its own file, with stems and options but no answers", () => {
    expect(readdirSync(path.join(out, 'questions')).sort()).toEqual(QUIZZED.map((slug) => `${slug}.json`));
    for (const slug of QUIZZED) {
      const raw = readFileSync(path.join(out, 'questions', `${slug}.json`), 'utf8');
      const file = noteQuestionsSchema.parse(JSON.parse(raw));
      expect(file.slug).toBe(slug);
      expect(file.questions.map((question) => question.id)).toEqual([`${slug}--q1`]);
      expect(file.questions[0]?.options.length).toBeGreaterThan(1);
      expect(raw).not.toMatch(/"answers"|"explanations"|"answerWords"/);
    }
  });

  it('reads back, index and note files joined, as every question with its note', () => {
    const bank = readBuiltBank(out);
    expect(bank.map((question) => [question.slug, question.id])).toEqual(
      expect.arrayContaining(QUIZZED.map((slug) => [slug, `${slug}--q1`])),
    );
    expect(bank).toHaveLength(3);
    expect(bank.every((question) => question.title !== '' && question.stemHtml.startsWith('<p>'))).toBe(true);
  });

  it('writes the search index (its head and one part for a small vault) and one snippet file per hundred notes', () => {
    const head = searchHeadSchema.parse(readJson('search-index.json'));
    expect(head.parts).toBe(1);
    expect(readdirSync(path.join(out, 'search-index'))).toEqual(['0.json']);
    const joined = joinSearchFiles(head, [searchPartSchema.parse(readJson('search-index/0.json'))]);
    expect(searchDataSchema.safeParse(joined).success).toBe(true);
    expect(joined.docs.map((doc) => doc.slug).sort()).toEqual([...NEWEST].sort());
    expect(readdirSync(path.join(out, 'search-snippets'))).toEqual(['0.json']);
    expect(snippetFileSchema.parse(readJson('search-snippets/0.json')).snippets).toHaveLength(5);
  });

  it("writes the home page's note list, every note newest first, in one part for a small vault", () => {
    expect(readdirSync(path.join(out, 'note-list'))).toEqual(['0.json']);
    const part = noteListPartSchema.parse(readJson('note-list/0.json'));
    expect(part).toMatchObject({ part: 0, parts: 1 });
    expect(part.notes.map((note) => note.slug)).toEqual(NEWEST);
    expect(part.notes.find((note) => note.slug === 'redshift-keys')?.questions).toEqual([{ id: 'redshift-keys--q1', fingerprint: expect.stringMatching(/^\w+$/) }]);
  });

  it('writes nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['note-list', 'questions', 'questions.json', 'quiz', 'search-index', 'search-index.json', 'search-snippets']);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});

describe('stageDataFiles, then moveStagedData (npm run build: written while Next renders)', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'staged-data-'));
    process.env.CONTENT_DIR = VAULT;
  });
  afterAll(() => {
    delete process.env.CONTENT_DIR;
    rmSync(root, { recursive: true, force: true });
  });

  /** An export as Next leaves it: its pages, none of the data files. */
  function nextExport(name: string): string {
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, 'notes', 'redshift-keys'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<html></html>');
    writeFileSync(path.join(dir, 'notes', 'redshift-keys', 'index.html'), '<html></html>');
    return dir;
  }

  it('moves into the export the same files writeDataFiles writes, and leaves no staging folder', () => {
    const outDir = nextExport('out');
    const staged = stageDataFiles(outDir, root);
    expect(existsSync(path.join(outDir, 'questions.json'))).toBe(false);
    expect(moveStagedData(staged, outDir)).toEqual({ answerKeys: 3, snippetFiles: 1, noteListParts: 1, searchParts: 1, assets: 0 });
    expect(readdirSync(outDir).sort()).toEqual(['index.html', 'note-list', 'notes', 'questions', 'questions.json', 'quiz', 'search-index', 'search-index.json', 'search-snippets']);
    for (const file of ['questions.json', 'search-index.json', 'search-snippets/0.json', 'search-index/0.json', 'note-list/0.json', ...QUIZZED.flatMap((slug) => [`quiz/${slug}.json`, `questions/${slug}.json`])]) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).toBe(readFileSync(path.join(out, file), 'utf8'));
    }
    expect(existsSync(staged.dir)).toBe(false);
  });

  it('refuses to replace a data file the export already has', () => {
    const outDir = nextExport('out-clash');
    writeFileSync(path.join(outDir, 'questions.json'), '{"from":"next"}');
    const staged = stageDataFiles(outDir, root);
    expect(() => moveStagedData(staged, outDir)).toThrow(/questions\.json was written by next build/);
    expect(readFileSync(path.join(outDir, 'questions.json'), 'utf8')).toBe('{"from":"next"}');
  });
});
