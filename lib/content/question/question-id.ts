import { createHash } from 'node:crypto';

/*
 * A question's id, which its whole study record hangs on. It must survive edits elsewhere
 * in the note (a question inserted, deleted or moved), so it never counts questions, except
 * in the template, whose one question per note has always been `<slug>--q1`:
 * 1. the template's question (`**Question:**` under 관련 문제): `<slug>--q<position>`;
 * 2. a numbered question (`### Q7.`, `**Q7.**`, `문제 7.`) whose number no other question of
 *    the note has: `<slug>--q7`; its own wording can change (the fingerprint says it did);
 * 3. any other: `<slug>--q-<8 hex digits of its stem's hash>`, the stem read without case,
 *    spacing or numbering, so renumbering keeps it; a second identical stem adds `-2`.
 */

export type IdInput = { number: string | null; stem: string; template: boolean };

function stemHash(stem: string): string {
  const canonical = stem.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical).digest('hex').slice(0, 8);
}

export function questionIds(slug: string, questions: readonly IdInput[]): string[] {
  const numbers = new Map<string, number>();
  for (const question of questions) {
    if (!question.template && question.number !== null) numbers.set(question.number, (numbers.get(question.number) ?? 0) + 1);
  }
  const templateCount = questions.filter((question) => question.template).length;
  const taken = new Set<string>();
  let position = 0;
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  const local = questions.map((question) => {
    if (question.template) return `q${++position}`;
    const number = question.number;
    // A number the template's positions could also give is left to the hash.
    if (number !== null && numbers.get(number) === 1 && !(Number(number) <= templateCount)) return `q${number}`;
    return null;
  });
  for (const id of local) if (id) taken.add(id);
  return questions.map((question, index) => `${slug}--${local[index] ?? unique(`q-${stemHash(question.stem)}`)}`);
}
