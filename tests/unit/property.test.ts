import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote, type ParsedNote } from '@/lib/content/parse-note';
import { noteSchema } from '@/lib/content/schema';
import { BODY, FRONTMATTER, QUESTION } from './helpers';

/** Pieces of real notes, so random notes reach past the frontmatter into every stage. */
const FRAGMENTS = [
  ...FRONTMATTER.split('\n'),
  ...BODY.split('\n'),
  ...QUESTION.split('\n'),
  '---js',
  '---',
  '**정답: G) x**',
  '**정답: A) & C)**',
  '- **Compound/Interleaved sorting** - x',
  '- **EMR (옵션 A)** - x',
  '**Question:**  ',
  '**Options:**',
  '💡 추가 설명:',
  '```',
  '<script>alert(1)</script>',
  '| a | b |',
  '|---|---|',
  '\t- nested',
  '> quote',
  '[[wikilink]]',
  '',
];

/** A valid note, then a few random edits: lines deleted, repeated, moved or replaced. */
const editedNote = fc
  .record({
    answer: fc.constantFrom('A) AWS Glue', 'G) x', 'A) & C)', 'C, E, F', 'B, C) x & y', 'AWS Glue', ''),
    edits: fc.array(
      fc.record({
        kind: fc.constantFrom('delete', 'repeat', 'move', 'insert', 'replace'),
        at: fc.nat(),
        to: fc.nat(),
        text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme' })),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ answer, edits }) => {
    const lines = `${FRONTMATTER}\n${BODY}`.replace('**정답: A) AWS Glue**', `**정답: ${answer}**`).split('\n');
    for (const edit of edits) {
      const at = edit.at % lines.length;
      const line = lines[at] ?? '';
      if (edit.kind === 'delete') lines.splice(at, 1);
      if (edit.kind === 'repeat') lines.splice(at, 0, line);
      if (edit.kind === 'move') lines.splice(edit.to % lines.length, 0, ...lines.splice(at, 1));
      if (edit.kind === 'insert') lines.splice(at, 0, edit.text);
      if (edit.kind === 'replace') lines[at] = edit.text;
    }
    return lines.join('\n');
  });

const noteLikeText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme' })), { maxLength: 60 })
  .map((lines) => lines.join('\n'));

function checkResult(result: ParsedNote, lineCount: number): void {
  expect(result.note !== null || result.problems.length > 0).toBe(true);
  if (result.note) expect(noteSchema.safeParse(result.note).success).toBe(true);
  for (const problem of result.problems) {
    expect(problem.file).toBe('random.md');
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(Math.max(lineCount, 1));
    // The parser's own safety net must never be what catches an input.
    expect(problem.message).not.toMatch(/^could not be read/);
  }
}

describe('any input yields a note or problems, never an exception', { timeout: 30_000 }, () => {
  it('any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        checkResult(parseNote('random.md', new TextEncoder().encode(text)), text.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 500 },
    );
  });

  it('any note-like text', () => {
    fc.assert(
      fc.property(noteLikeText, (text) => {
        checkResult(parseNote('random.md', new TextEncoder().encode(text)), text.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 500 },
    );
  });

  it('any few edits of a valid note', () => {
    fc.assert(
      fc.property(editedNote, (text) => {
        checkResult(parseNote('random.md', new TextEncoder().encode(text)), text.split(/\r\n|\r|\n/).length);
      }),
      { numRuns: 500 },
    );
  });

  it('any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const lines = bytes.filter((byte) => byte === 0x0a).length + bytes.filter((byte) => byte === 0x0d).length + 1;
        checkResult(parseNote('random.md', bytes), lines);
      }),
      { numRuns: 300 },
    );
  });
});
