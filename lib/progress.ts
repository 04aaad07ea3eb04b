import {
  progressSchema,
  progressV1Schema,
  type Attempt,
  type Progress,
  type ProgressV1,
  type Rating,
  type RatingEntry,
  type Session,
} from './browser-schema';

export type { Attempt, Progress, Rating, RatingEntry, Session };

/*
 * Saved progress: every attempt at every question, the student's ratings and finished
 * sessions, kept in the browser under one key. Pure functions here; the browser storage
 * lives in components/progress-store.ts.
 *
 * Every list is a set keyed by id, so two copies merge by union: two tabs, an import from
 * another device, a reload. Nothing is ever overwritten or dropped by a merge.
 */

/** The key has kept its first name; the version lives inside the value. */
export const PROGRESS_KEY = 'aws-notes/progress/v1';
export const BACKUP_PREFIX = 'aws-notes/progress/backup/';
export const CURRENT_VERSION = 2;

export const emptyProgress = (): Progress => ({ version: 2, attempts: [], ratings: [], sessions: [] });

/** Version 1 attempts had no id: derive a stable one, so migrating twice gives the same ids. */
export const legacyAttemptId = (attempt: { questionId: string; at: string }, index: number): string => `v1:${attempt.at}:${attempt.questionId}:${index}`;

/** Migrations, oldest first: migrations[n] turns version n into version n + 1. */
const migrations: Record<number, (data: unknown) => unknown> = {
  1: (data) => {
    const v1: ProgressV1 = progressV1Schema.parse(data);
    return { version: 2, attempts: v1.attempts.map((attempt, index) => ({ id: legacyAttemptId(attempt, index), ...attempt })), ratings: [], sessions: [] };
  },
};

export type ParseResult = { ok: true; progress: Progress; migratedFrom: number | null } | { ok: false; reason: 'corrupt' | 'future-version' };

const versionOf = (data: unknown): number | null => {
  if (typeof data !== 'object' || data === null || !('version' in data)) return null;
  return typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : null;
};

/** Any saved or imported value: migrated in order from its version to the current one. */
export function parseProgress(data: unknown): ParseResult {
  const version = versionOf(data);
  if (version === null || version < 1) return { ok: false, reason: 'corrupt' };
  if (version > CURRENT_VERSION) return { ok: false, reason: 'future-version' };
  let value = data;
  try {
    for (let from = version; from < CURRENT_VERSION; from += 1) {
      const migrate = migrations[from];
      if (!migrate) return { ok: false, reason: 'corrupt' };
      value = migrate(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const parsed = progressSchema.safeParse(value);
  return parsed.success ? { ok: true, progress: parsed.data, migratedFrom: version === CURRENT_VERSION ? null : version } : { ok: false, reason: 'corrupt' };
}

export type ReadProgress = { progress: Progress; problem: null | 'corrupt' | 'future-version'; migratedFrom: number | null };

/** Nothing saved is a fresh start; anything unreadable is reported so it can be kept aside. */
export function readProgress(raw: string | null): ReadProgress {
  if (raw === null) return { progress: emptyProgress(), problem: null, migratedFrom: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: 'corrupt', migratedFrom: null };
  }
  const result = parseProgress(data);
  return result.ok ? { progress: result.progress, problem: null, migratedFrom: result.migratedFrom } : { progress: emptyProgress(), problem: result.reason, migratedFrom: null };
}

function unionBy<T>(key: (item: T) => string, ...lists: T[][]): T[] {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

const byTime = <T extends { at: string }>(a: T, b: T) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** Union of two progress records: every attempt, rating and session of either, in time order. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: 2,
    attempts: unionBy((attempt) => attempt.id, a.attempts, b.attempts).sort(byTime),
    ratings: unionBy((entry) => `${entry.attemptId}|${entry.at}|${entry.rating}`, a.ratings, b.ratings).sort(byTime),
    sessions: unionBy((session) => session.id, a.sessions, b.sessions).sort((x, y) => (x.endedAt < y.endedAt ? -1 : x.endedAt > y.endedAt ? 1 : 0)),
  };
}

export const addAttempt = (progress: Progress, attempt: Attempt): Progress => mergeProgress(progress, { ...emptyProgress(), attempts: [attempt] });
export const addRating = (progress: Progress, entry: RatingEntry): Progress => mergeProgress(progress, { ...emptyProgress(), ratings: [entry] });
export const addSession = (progress: Progress, session: Session): Progress => mergeProgress(progress, { ...emptyProgress(), sessions: [session] });

/** True when `a` holds something `b` does not: the tab must write its union back. */
export function hasMoreThan(a: Progress, b: Progress): boolean {
  const merged = mergeProgress(a, b);
  return merged.attempts.length > b.attempts.length || merged.ratings.length > b.ratings.length || merged.sessions.length > b.sessions.length;
}

/** The newest attempt at each of `questionIds`, for "last result" badges. */
export function lastAttempt(progress: Progress, questionIds: readonly string[]): Attempt | null {
  let last: Attempt | null = null;
  for (const attempt of progress.attempts) {
    if (questionIds.includes(attempt.questionId) && (!last || attempt.at >= last.at)) last = attempt;
  }
  return last;
}

/** The newest attempt at each question (whatever order the log is in). */
export function latestAttempts(progress: Progress): Map<string, Attempt> {
  const latest = new Map<string, Attempt>();
  for (const attempt of progress.attempts) {
    const known = latest.get(attempt.questionId);
    if (!known || attempt.at >= known.at) latest.set(attempt.questionId, attempt);
  }
  return latest;
}

/** A unique id for a new attempt or session. */
export const newId = (now: Date): string => `${now.toISOString()}-${Math.random().toString(36).slice(2, 10)}`;
