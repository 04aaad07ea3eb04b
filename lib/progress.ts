import { progressSchema, type Attempt, type Progress } from './browser-schema';

export type { Attempt, Progress };

/*
 * Saved progress: every attempt at every question, kept in the browser under a
 * versioned key. Pure functions here; the browser storage lives in components/.
 */

export const PROGRESS_KEY = 'aws-notes/progress/v1';
export const BACKUP_PREFIX = 'aws-notes/progress/backup/';

export const emptyProgress = (): Progress => ({ version: 1, attempts: [] });

export type ReadProgress = { progress: Progress; corrupt: boolean };

/** Nothing saved is a fresh start; anything unreadable is reported so it can be kept aside. */
export function readProgress(raw: string | null): ReadProgress {
  if (raw === null) return { progress: emptyProgress(), corrupt: false };
  try {
    const parsed = progressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { progress: parsed.data, corrupt: false } : { progress: emptyProgress(), corrupt: true };
  } catch {
    return { progress: emptyProgress(), corrupt: true };
  }
}

export function addAttempt(progress: Progress, attempt: Attempt): Progress {
  return { ...progress, attempts: [...progress.attempts, attempt] };
}

/** The newest attempt at each of `questionIds`, for "last result" badges. */
export function lastAttempt(progress: Progress, questionIds: readonly string[]): Attempt | null {
  let last: Attempt | null = null;
  for (const attempt of progress.attempts) {
    if (questionIds.includes(attempt.questionId) && (!last || attempt.at >= last.at)) last = attempt;
  }
  return last;
}
