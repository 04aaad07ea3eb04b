import { byTime, type Mark, type MarkKind } from './log';

/*
 * A question's marks (flag, suspension, personal note) derived from its mark records, the
 * way a summary is derived from answers: each aspect is what its newest record says, so
 * marks merged from two devices agree whatever order they arrived in.
 */

export type QuestionMarks = {
  questionId: string;
  flagged: boolean;
  /** Left out of review and of the due counts until unsuspended. */
  suspended: boolean;
  /** The personal note; '' when there is none. */
  note: string;
};

export type MarksByQuestion = ReadonlyMap<string, QuestionMarks>;
export const NO_MARKS: MarksByQuestion = new Map();

type Aspect = 'flagged' | 'suspended' | 'note';
const ASPECT: Record<MarkKind, Aspect> = { flag: 'flagged', unflag: 'flagged', suspend: 'suspended', unsuspend: 'suspended', note: 'note' };

/** One question's marks from its records in any order; null when nothing is marked. */
export function questionMarks(questionId: string, records: readonly Mark[]): QuestionMarks | null {
  const marks: QuestionMarks = { questionId, flagged: false, suspended: false, note: '' };
  for (const record of records.filter((each) => each.questionId === questionId).sort(byTime)) {
    const aspect = ASPECT[record.kind];
    if (aspect === 'note') marks.note = record.text?.trim() ?? '';
    else marks[aspect] = record.kind === 'flag' || record.kind === 'suspend';
  }
  return marks.flagged || marks.suspended || marks.note !== '' ? marks : null;
}

/** Every marked question's marks from a log of mark records. */
export function deriveMarks(records: readonly Mark[]): Map<string, QuestionMarks> {
  const byQuestion = new Map<string, Mark[]>();
  for (const record of records) byQuestion.set(record.questionId, [...(byQuestion.get(record.questionId) ?? []), record]);
  const result = new Map<string, QuestionMarks>();
  for (const [id, own] of byQuestion) {
    const marks = questionMarks(id, own);
    if (marks) result.set(id, marks);
  }
  return result;
}

/** The questions with a mark set, for the practice sources and the due counts. */
export function markedIds(marks: MarksByQuestion, which: 'flagged' | 'suspended'): Set<string> {
  return new Set([...marks.values()].filter((each) => each[which]).map((each) => each.questionId));
}
