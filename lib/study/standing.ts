import type { LatestAttempt, QuestionSummary } from './summary';

/*
 * Where the student stands on a question, read from its summary. Apart from summary.ts,
 * which replays the schedule, so a badge on a reading page never loads the scheduler.
 */

/**
 * Where the student stands on a question, from its newest attempt: a right answer given
 * after the answer was shown is 'revealed', never 'correct'.
 */
export type Standing = 'none' | 'correct' | 'wrong' | 'revealed';

export function standing(summary: Pick<QuestionSummary, 'latest'> | undefined): Standing {
  if (!summary) return 'none';
  if (!summary.latest.correct) return 'wrong';
  return summary.latest.revealed ? 'revealed' : 'correct';
}

/** Whether the question counts as known: its newest attempt is a clean right answer. */
export const isKnown = (summary: Pick<QuestionSummary, 'latest'> | undefined): boolean => standing(summary) === 'correct';

/** The newest summary-level result among several questions (a note's badge). */
export function latestOf<S extends { latest: Pick<LatestAttempt, 'at'> }>(summaries: readonly (S | undefined)[]): S | null {
  let newest: S | null = null;
  for (const summary of summaries) if (summary && (!newest || summary.latest.at >= newest.latest.at)) newest = summary;
  return newest;
}

