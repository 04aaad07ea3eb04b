import { describe, expect, expectTypeOf, it } from 'vitest';
import type { infer as Infer } from 'zod/mini';
import type { QuizQuestion } from '@/lib/content/schema';
import { bankIndexSchema, bankPartSchema, noteQuestionsSchema, quizQuestionBodySchema, type BankEntry, type BankPart, type NoteQuestions } from '@/lib/question-bank/bank-schema';
import { bankFiles, noteQuestions, quizQuestion } from '@/lib/question-bank/build-bank';
import { bankEntries, bankSlugs, joinBank, withBodies } from '@/lib/question-bank/read-bank';
import { FRONTMATTER, QUESTION, parsedNote, withQuestion } from './helpers';

/*
 * The question bank's files: the index every study page fetches at start (no stems, no
 * options, no answers), each note's questions as the quiz shows them, and the two read
 * back together.
 */

const ONE = parsedNote(withQuestion(QUESTION), 'glue.md');
const TWO = parsedNote(withQuestion(`${QUESTION}\n${QUESTION.replace('Which service runs', 'Which service also runs').replace('**정답: A) AWS Glue**', '**정답: A, C**')}`), 'two.md');
const NONE = parsedNote(`${FRONTMATTER}\n# 문제 없는 노트\n\n## 🎯 핵심 포인트\n\n요점.\n`, 'none.md');

describe('bankFiles: /questions.json', () => {
  it.each([
    ['no notes', [], []],
    ['a note without questions is left out', [NONE], []],
    ['one question', [ONE], [['glue', [['glue--q1', 1, 1]]]]],
    ['several notes in the order given, questions by position', [TWO, NONE, ONE], [['two', [['two--q1', 1, 1], ['two--q2', 2, 2]]], ['glue', [['glue--q1', 1, 1]]]]],
  ] as const)('%s', (_, notes, expected) => {
    const index = bankIndexSchema.parse(JSON.parse(JSON.stringify(bankFiles(notes).index)));
    expect(index.notes.map((note) => [note.slug, note.questions.map((question) => [question.id, question.position, question.selectCount])])).toEqual(expected);
    expect(index.parts).toBe(1);
  });

  it.each([
    // The notes' entries are about 260, 190 and 190 bytes of JSON (more with their Korean titles' bytes).
    { name: 'one note a part', partBytes: 300, sizes: [1, 1, 1] },
    { name: 'two notes a part', partBytes: 600, sizes: [2, 1] },
    { name: 'one part', partBytes: 100_000, sizes: [3] },
  ])('a bank too big for one file: the first part in /questions.json, the rest numbered on ($name)', ({ partBytes, sizes }) => {
    const notes = [TWO, ONE, parsedNote(withQuestion(QUESTION), 'third.md')];
    const { index, parts } = bankFiles(notes, partBytes);
    expect([index.notes.length, ...parts.map((part) => part.notes.length)]).toEqual(sizes);
    expect(index.parts).toBe(sizes.length);
    expect(parts.map((part) => [part.part, part.parts])).toEqual(sizes.slice(1).map((_, at) => [at + 1, sizes.length]));
    for (const part of parts) expect(bankPartSchema.parse(JSON.parse(JSON.stringify(part)))).toEqual(part);
    const joined = joinBank(bankIndexSchema.parse(JSON.parse(JSON.stringify(index))), parts);
    expect(bankEntries(joined).map((each) => each.id)).toEqual(['two--q1', 'two--q2', 'glue--q1', 'third--q1']);
  });

  it.each([
    { name: 'a part missing', change: (parts: BankPart[]) => parts.slice(1) },
    { name: 'parts out of order', change: (parts: BankPart[]) => [...parts].reverse() },
    { name: 'a part of a build with more parts', change: (parts: BankPart[]) => parts.map((part) => ({ ...part, parts: part.parts + 1 })) },
  ])('joinBank refuses $name', ({ change }) => {
    const { index, parts } = bankFiles([TWO, ONE, parsedNote(withQuestion(QUESTION), 'third.md')], 300);
    expect(() => joinBank(index, change(parts))).toThrow(/question bank/);
  });

  it("carries each note's title and tags, and each question's fingerprint, but nothing of its text", () => {
    const [note] = bankFiles([ONE]).index.notes;
    expect(note).toMatchObject({ title: ONE.title, tags: ONE.tags, questions: [{ fingerprint: ONE.questions[0]?.fingerprint }] });
    expect(JSON.stringify(note)).not.toMatch(/stemHtml|options|answers|explanations|Which service/);
  });
});

describe('noteQuestions: /questions/<slug>.json', () => {
  it.each([
    ['one question', ONE],
    ['two questions', TWO],
  ])('%s: what the quiz shows, read back unchanged, with no answer in it', (_, note) => {
    const file = noteQuestions(note);
    expect(file).toEqual({ slug: note.slug, questions: note.questions.map(quizQuestion) });
    expect(noteQuestionsSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(JSON.stringify(file)).not.toMatch(/"answers"|"explanations"|"answerWords"|"afterHtml"/);
  });

  it("reads exactly what the quiz's QuizQuestion type holds, so parsing drops none of its fields", () => {
    expectTypeOf<Infer<typeof quizQuestionBodySchema>>().toEqualTypeOf<QuizQuestion>();
    const [question] = ONE.questions;
    if (!question) throw new Error('no question');
    expect(Object.keys(quizQuestionBodySchema.parse(quizQuestion(question))).sort()).toEqual(Object.keys(quizQuestion(question)).sort());
  });
});

const entry = (slug: string, id: string): BankEntry => ({ id, fingerprint: `fp-${id}`, selectCount: 1, position: 1, slug, title: slug.toUpperCase(), tags: [`service/${slug}`] });
const body = (id: string) => ({ id, fingerprint: `fp-${id}`, stemHtml: `<p>${id}?</p>`, selectCount: 1, options: [{ letter: 'A', html: 'a' }, { letter: 'B', html: 'b' }] });
const file = (slug: string, ids: readonly string[]): NoteQuestions => ({ slug, questions: ids.map(body) });

describe('reading the bank', () => {
  it('bankEntries gives every question of the index in order, each with its note', () => {
    const { index } = bankFiles([TWO, ONE]);
    expect(bankEntries(index).map((each) => [each.slug, each.id, each.title, each.tags])).toEqual([
      ['two', 'two--q1', TWO.title, TWO.tags],
      ['two', 'two--q2', TWO.title, TWO.tags],
      ['glue', 'glue--q1', ONE.title, ONE.tags],
    ]);
    expect(bankEntries({ parts: 1, notes: [] })).toEqual([]);
  });

  it.each([
    ['none', [], []],
    ['one note', [entry('a', 'a--q1'), entry('a', 'a--q2')], ['a']],
    ['notes once each, first seen first', [entry('b', 'b--q1'), entry('a', 'a--q1'), entry('b', 'b--q2')], ['b', 'a']],
  ])('bankSlugs: %s', (_, entries, slugs) => {
    expect(bankSlugs(entries)).toEqual(slugs);
  });

  it.each([
    ['in the entries order, across notes', [entry('b', 'b--q2'), entry('a', 'a--q1'), entry('b', 'b--q1')], [file('a', ['a--q1']), file('b', ['b--q1', 'b--q2'])], ['b--q2', 'a--q1', 'b--q1']],
    ['only the questions asked for', [entry('b', 'b--q2')], [file('b', ['b--q1', 'b--q2'])], ['b--q2']],
  ])('withBodies: %s', (_, entries, files, ids) => {
    const questions = withBodies(entries, files);
    expect(questions.map((question) => question.id)).toEqual(ids);
    for (const question of questions) expect(question).toMatchObject({ stemHtml: `<p>${question.id}?</p>`, title: question.slug.toUpperCase() });
  });

  it.each([
    ['a question its note file lacks', [entry('a', 'a--q2')], [file('a', ['a--q1'])], /\/questions\/a\.json has no question a--q2/],
    ['a note file not given', [entry('a', 'a--q1')], [file('b', ['a--q1'])], /\/questions\/a\.json has no question a--q1/],
  ])('withBodies refuses %s: nothing shows half a question', (_, entries, files, error) => {
    expect(() => withBodies(entries, files)).toThrow(error);
  });
});
