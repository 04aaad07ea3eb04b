import { iso, literal, object, string, unknown, type infer as Infer, type ZodMiniType } from 'zod/mini';
import { ratingId } from './record-id';
import { answerFields, attemptSchema, finishedSessionSchema, markSchema, ratingEntrySchema, ratingSchema, type Attempt, type FinishedSession, type Mark, type RatingEntry } from './log';

/*
 * The progress file: its writer, its schema and its reader. Export writes version 4
 * (version 3 and the student's marks); files of versions 1 to 4 import, and the first release's localStorage value
 * (versions 1 and 2, the same shape as a file's `progress`) migrates through the same
 * reader. Reading is a generator that yields between chunks, so a caller can keep the
 * page responsive and show progress on a file of years of answers.
 */

export const CURRENT_VERSION = 4;

/** The envelope of every exported file. */
export const progressFileSchema = object({ app: literal('aws-notes'), exportedAt: iso.datetime(), progress: unknown() });

export type LogRecords = { attempts: Attempt[]; ratings: RatingEntry[]; sessions: FinishedSession[]; marks: Mark[] };

/** Version 4: the log as the store keeps it. */
export function exportProgress(records: LogRecords, now: Date): string {
  const progress = { version: CURRENT_VERSION, attempts: records.attempts, ratings: records.ratings, sessions: records.sessions, marks: records.marks };
  return `${JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress })}\n`;
}

const v1AttemptSchema = object(answerFields);
const v2AttemptSchema = object({ id: string(), ...answerFields });
const v2RatingSchema = object({ attemptId: string(), rating: ratingSchema, at: iso.datetime() });
type V1Attempt = Infer<typeof v1AttemptSchema>;

/** Version 1 attempts had no id: a stable one from the record, so migrating twice gives the same ids. */
export const legacyAttemptId = (attempt: Pick<V1Attempt, 'questionId' | 'at'>, index: number): string => `v1:${attempt.at}:${attempt.questionId}:${index}`;

/** Each version's lists, every item turned into the current record. */
type Reader<T> = (item: unknown, index: number) => { ok: true; value: T } | { ok: false; problem: string };

function reader<S extends ZodMiniType, T>(schema: S, toRecord: (value: Infer<S>, index: number) => T): Reader<T> {
  return (item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return { ok: true, value: toRecord(parsed.data, index) };
    const issue = parsed.error.issues[0];
    return { ok: false, problem: issue ? `${issue.path.map(String).join('.') || 'record'}: ${issue.message}` : 'not a record' };
  };
}

type Readers = { attempts: Reader<Attempt>; ratings: Reader<RatingEntry>; sessions: Reader<FinishedSession>; marks: Reader<Mark> };

const legacyRating = (value: Infer<typeof v2RatingSchema>): RatingEntry => ({ ...value, id: ratingId(value), questionId: '' });
const marks = reader(markSchema, (value) => value);

const READERS: Record<number, Readers> = {
  1: {
    attempts: reader(v1AttemptSchema, (value, index) => ({ ...value, id: legacyAttemptId(value, index), revealed: false })),
    ratings: reader(v2RatingSchema, legacyRating),
    sessions: reader(finishedSessionSchema, (value) => value),
    marks,
  },
  2: {
    attempts: reader(v2AttemptSchema, (value) => ({ ...value, revealed: false })),
    ratings: reader(v2RatingSchema, legacyRating),
    sessions: reader(finishedSessionSchema, (value) => value),
    marks,
  },
  3: {
    attempts: reader(attemptSchema, (value) => value),
    ratings: reader(ratingEntrySchema, (value) => value),
    sessions: reader(finishedSessionSchema, (value) => value),
    marks,
  },
  4: {
    attempts: reader(attemptSchema, (value) => value),
    ratings: reader(ratingEntrySchema, (value) => value),
    sessions: reader(finishedSessionSchema, (value) => value),
    marks,
  },
};

/** The version each list first appeared in: an older file without it has none. */
const SINCE = { attempts: 1, ratings: 2, sessions: 2, marks: 4 } as const;

export type LogProblem = { reason: 'corrupt' | 'future-version'; detail: string };
export type ReadLogResult = { ok: true; records: LogRecords; version: number } | ({ ok: false } & LogProblem);
/** How far reading has come: records read of the records there are. */
export type ReadProgress = { done: number; total: number };

const LISTS = ['attempts', 'ratings', 'sessions', 'marks'] as const;

function versionOf(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('version' in data)) return null;
  return typeof data.version === 'number' && Number.isInteger(data.version) ? data.version : null;
}

function listOf(data: object, name: string): unknown[] | null | undefined {
  if (!(name in data)) return undefined;
  const value: unknown = Reflect.get(data, name);
  return Array.isArray(value) ? value : null;
}

/**
 * A saved or imported log of any version, read `chunk` records at a time: yields how far
 * it has come after each chunk, returns every record in the current shape, or the first
 * problem found, naming the list, the position and the field.
 */
export function* readLog(data: unknown, chunk = 2000): Generator<ReadProgress, ReadLogResult> {
  const version = versionOf(data);
  if (version === null || version < 1 || typeof data !== 'object' || data === null) return { ok: false, reason: 'corrupt', detail: 'no version number' };
  if (version > CURRENT_VERSION) return { ok: false, reason: 'future-version', detail: `version ${version}` };
  const readers = READERS[version];
  if (!readers) return { ok: false, reason: 'corrupt', detail: `version ${version}` };
  const lists = new Map<string, unknown[]>();
  for (const name of LISTS) {
    const list = listOf(data, name);
    if (list === undefined && version >= SINCE[name]) return { ok: false, reason: 'corrupt', detail: `${name}: missing` };
    if (list === null) return { ok: false, reason: 'corrupt', detail: `${name}: not a list` };
    lists.set(name, list ?? []);
  }
  const total = [...lists.values()].reduce((sum, list) => sum + list.length, 0);
  const records: LogRecords = { attempts: [], ratings: [], sessions: [], marks: [] };
  let done = 0;
  for (const name of LISTS) {
    const list = lists.get(name) ?? [];
    const read: Reader<unknown> = readers[name];
    const out: unknown[] = records[name];
    for (let index = 0; index < list.length; index += 1) {
      const result = read(list[index], index);
      if (!result.ok) return { ok: false, reason: 'corrupt', detail: `${name}[${index}] ${result.problem}` };
      out.push(result.value);
      done += 1;
      if (done % chunk === 0) yield { done, total };
    }
  }
  fillRatingQuestions(records);
  return { ok: true, records, version };
}

/** Ratings from before version 3 name only their attempt: their question comes from it. */
function fillRatingQuestions(records: LogRecords): void {
  const questionOf = new Map(records.attempts.map((attempt) => [attempt.id, attempt.questionId]));
  for (const rating of records.ratings) if (rating.questionId === '') rating.questionId = questionOf.get(rating.attemptId) ?? '';
}

/** Reads a log to the end in one go (tests, small files). */
export function readLogNow(data: unknown): ReadLogResult {
  const steps = readLog(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export type FileProblem = 'not-json' | 'truncated' | 'not-progress-file';

/** How every export starts (fileText): a file that starts so and does not parse was cut short. */
const EXPORT_START = /^\s*\{\s*"app"\s*:\s*"aws-notes"/;

/** An exported file's text: its `progress`, or why it is not a progress file. */
export function parseProgressFile(text: string): { ok: true; progress: unknown } | { ok: false; problem: FileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: EXPORT_START.test(text) ? 'truncated' : 'not-json' };
  }
  const file = progressFileSchema.safeParse(data);
  return file.success ? { ok: true, progress: file.data.progress } : { ok: false, problem: 'not-progress-file' };
}
