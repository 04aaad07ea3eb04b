import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteAnswerKeysSchema } from '@/lib/browser-schema';
import { searchDataSchema, snippetFileSchema } from '@/lib/search/search-schema';
import { questionBankSchema } from '@/lib/study-schema';
import { writeDataFiles } from '../../scripts/write-data-files';

/*
 * The data files a build writes after the export, from tests/fixtures/vault: 4 notes (one of
 * them with a broken question, dropped), 3 questions, one in each of 3 notes.
 */
const VAULT = path.join(import.meta.dirname, '../fixtures/vault');
const QUIZZED = ['english-variant', 'redshift-keys', 'sagemaker-letter-forms'];
let out = '';
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(out, file), 'utf8'));

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'data-files-'));
  process.env.CONTENT_DIR = VAULT;
  try {
    expect(writeDataFiles(out)).toEqual({ answerKeys: 3, snippetFiles: 1 });
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

  it('writes the question bank with every question and no answer in it', () => {
    const raw = readFileSync(path.join(out, 'questions.json'), 'utf8');
    const bank = questionBankSchema.parse(JSON.parse(raw));
    expect(bank.questions.map((question) => question.slug).sort()).toEqual(QUIZZED);
    expect(bank.questions.every((question) => question.position === 1)).toBe(true);
    expect(raw).not.toMatch(/"answers"|"explanations"|"answerWords"/);
  });

  it('writes the search index and one snippet file per hundred notes', () => {
    expect(searchDataSchema.safeParse(readJson('search-index.json')).success).toBe(true);
    expect(readdirSync(path.join(out, 'search-snippets'))).toEqual(['0.json']);
    expect(snippetFileSchema.parse(readJson('search-snippets/0.json')).snippets).toHaveLength(4);
  });

  it('writes nothing else', () => {
    expect(readdirSync(out).sort()).toEqual(['questions.json', 'quiz', 'search-index.json', 'search-snippets']);
    expect(existsSync(path.join(out, 'index.html'))).toBe(false);
  });
});
