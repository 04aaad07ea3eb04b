/*
 * The question bank of a built site, read from its files as the browser reads them
 * (lib/question-bank): the index and every note's questions, joined. For benchmarks and
 * tests that answer questions the way a student would.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bankIndexSchema, bankPartSchema, noteQuestionsSchema, type BankQuestion } from '../lib/question-bank/bank-schema';
import { bankEntries, bankSlugs, joinBank, withBodies } from '../lib/question-bank/read-bank';
import { noteQuestionsHref, QUESTION_BANK_HREF, questionBankPartHref } from '../lib/links';

const readServed = (outDir: string, href: string): unknown => JSON.parse(readFileSync(path.join(outDir, decodeURIComponent(href)), 'utf8'));

export function readBuiltBank(outDir: string): BankQuestion[] {
  if (!existsSync(path.join(outDir, QUESTION_BANK_HREF))) throw new Error(`${outDir} has no ${QUESTION_BANK_HREF}: build the site first`);
  const index = bankIndexSchema.parse(readServed(outDir, QUESTION_BANK_HREF));
  const parts = Array.from({ length: index.parts - 1 }, (_, at) => bankPartSchema.parse(readServed(outDir, questionBankPartHref(at + 1))));
  const entries = bankEntries(joinBank(index, parts));
  return withBodies(
    entries,
    bankSlugs(entries).map((slug) => noteQuestionsSchema.parse(readServed(outDir, noteQuestionsHref(slug)))),
  );
}
