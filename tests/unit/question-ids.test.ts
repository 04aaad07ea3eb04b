import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionAnchor } from '@/lib/links';
import { VALID_NOTE, parsedNote } from './helpers';

/*
 * The id rule (lib/content/question/question-id.ts, README): a question keeps its id, and
 * with it its whole study record, when other questions of the note are inserted, deleted
 * or moved; an edit to the question itself keeps the id and changes the fingerprint.
 */

const numbered = (n: number, stem: string, answer = 'A') => `### Q${n}. ${stem}\n\n- A) one ${n}\n- B) two ${n}\n\n**Answer:** ${answer}\n\n---\n`;
const unnumbered = (stem: string, answer = 'A') => `${stem}\n\n- A) one\n- B) two\n\n정답: ${answer}\n\n---\n`;

function idsByStem(markdown: string): Record<string, string> {
  return Object.fromEntries(parsedNote(markdown, 'set.md').questions.map((question) => [question.stem, question.id]));
}

describe('question ids', () => {
  it('keeps the template\'s ids: <slug>--q1', () => {
    expect(parsedNote(VALID_NOTE).questions.map((question) => question.id)).toEqual(['test-note--q1']);
  });

  const N = (pairs: [number, string][]) => pairs.map(([n, stem]) => numbered(n, stem)).join('\n');
  const U = (stems: string[]) => stems.map((stem) => unnumbered(stem)).join('\n');

  it.each([
    ['numbered: one inserted before', N([[1, 'First'], [2, 'Second'], [3, 'Third']]), N([[9, 'New'], [1, 'First'], [2, 'Second'], [3, 'Third']]), ['First', 'Second', 'Third']],
    ['numbered: one deleted', N([[1, 'First'], [2, 'Second'], [3, 'Third']]), N([[1, 'First'], [3, 'Third']]), ['First', 'Third']],
    ['numbered: reordered', N([[1, 'First'], [2, 'Second'], [3, 'Third']]), N([[3, 'Third'], [1, 'First'], [2, 'Second']]), ['First', 'Second', 'Third']],
    ['unnumbered: one inserted before', U(['First', 'Second', 'Third']), U(['New', 'First', 'Second', 'Third']), ['First', 'Second', 'Third']],
    ['unnumbered: one deleted', U(['First', 'Second', 'Third']), U(['First', 'Third']), ['First', 'Third']],
    ['unnumbered: reordered', U(['First', 'Second', 'Third']), U(['Third', 'First', 'Second']), ['First', 'Second', 'Third']],
  ])('%s: the others keep their ids', (_case, before, after, kept) => {
    const old = idsByStem(before);
    const now = idsByStem(after);
    expect(new Set(Object.values(old)).size).toBe(Object.keys(old).length);
    for (const stem of kept) expect(now[stem]).toBe(old[stem]);
  });

  it('numbers a numbered question by its number, any other by its stem', () => {
    expect(idsByStem(N([[7, 'Seven']]))).toEqual({ Seven: 'set--q7' });
    expect(idsByStem(U(['Plain']))).toEqual({ Plain: expect.stringMatching(/^set--q-[0-9a-f]{8}$/) });
  });

  it('an unnumbered question keeps its id when renumbered questions move around it', () => {
    const before = idsByStem(`${unnumbered('Plain')}\n${numbered(1, 'One')}`);
    const after = idsByStem(`${numbered(1, 'Zero')}\n${numbered(2, 'One')}\n${unnumbered('Plain')}`);
    expect(after.Plain).toBe(before.Plain);
  });

  it.each([
    ['its answer', numbered(1, 'Stem', 'B')],
    ['an option', numbered(1, 'Stem').replace('one 1', 'uno')],
    ['its stem (a numbered question)', numbered(1, 'Stem, fixed')],
  ])('editing %s keeps the id and changes the fingerprint', (_edit, edited) => {
    const original = parsedNote(numbered(1, 'Stem'), 'set.md').questions[0];
    const changed = parsedNote(edited, 'set.md').questions[0];
    expect(changed?.id).toBe(original?.id);
    expect(changed?.fingerprint).not.toBe(original?.fingerprint);
  });

  it('tells two identical stems apart, and two questions with the same number', () => {
    const same = parsedNote(`${unnumbered('Twice')}\n${unnumbered('Twice')}`, 'set.md').questions.map((question) => question.id);
    expect(same[1]).toBe(`${same[0]}-2`);
    const clash = parsedNote(`## Set 1\n\n${numbered(1, 'A first')}\n## Set 2\n\n${numbered(1, 'B first')}`, 'set.md').questions.map((question) => question.id);
    expect(new Set(clash).size).toBe(2);
    expect(clash.every((id) => /^set--q-[0-9a-f]{8}$/.test(id))).toBe(true);
  });

  it.each([
    ['set--q7', 'q-7'],
    ['set--q-1a2b3c4d', 'q-1a2b3c4d'],
    ['set--q-1a2b3c4d-2', 'q-1a2b3c4d-2'],
    ['a--b--q1', 'q-1'],
  ])('%s is linked as #%s', (id, anchor) => {
    expect(questionAnchor(id)).toBe(anchor);
  });
});

/** One question in one of four layouts, with its answer letters. */
const LAYOUTS = [
  (n: number, answers: string) => `### Q${n}. Stem number ${n}?\n\n**Options:**\n- A) first ${n}\n- B) second ${n}\n- C) third ${n}\n\n**Answer:** ${answers}\n\n---\n`,
  (n: number, answers: string) => `**Q${n}.** 문제 ${n}번 줄기?\n\n(A) 첫째\n(B) 둘째\n(C) 셋째\n\n> [!answer]- 정답\n> ${answers}\n`,
  (n: number, answers: string) => `Unmarked stem ${n}?\n\n**A.** one\n**B.** two\n**C.** three\n\n정답: ${answers}\n\n---\n`,
  (n: number, answers: string) => `### Q${n}. Folded ${n}?\n\n- A) x\n- B) y\n- C) z\n\n<details><summary>Answer</summary>${answers}</details>\n`,
];

describe('a generated note of N questions in mixed layouts', () => {
  it('yields exactly N questions, in order, each with its own answers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ layout: fc.nat({ max: LAYOUTS.length - 1 }), answers: fc.subarray(['A', 'B', 'C'], { minLength: 1 }) }), { minLength: 1, maxLength: 12 }),
        (questions) => {
          const markdown = `# Generated\n\n${questions.map((question, index) => LAYOUTS[question.layout]?.(index + 1, question.answers.join(', ')) ?? '').join('\n')}`;
          const note = parsedNote(markdown, 'generated.md');
          expect(note.questions.map((question) => question.answers)).toEqual(questions.map((question) => question.answers));
          expect(new Set(note.questions.map((question) => question.id)).size).toBe(questions.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
