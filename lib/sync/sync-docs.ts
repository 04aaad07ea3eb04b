import type { ZodMiniType } from 'zod/mini';
import { attemptSchema, finishedSessionSchema, markSchema, ratingEntrySchema } from '@/lib/study/log';
import type { LogRecords } from '@/lib/study/transfer';

/*
 * Sync stage 1, the documents: each record of the study log is one CouchDB document,
 * written once and never changed, its id the record's kind and id (`attempt:<id>`). As
 * records never change, a document never has a second revision: writing one twice is a
 * conflict that means "already there", and two devices' logs meet as a set union, as an
 * import does. Finished sessions and marks travel the same way; an exam in progress and
 * the summaries (derived) stay on their device.
 */

export const DOC_KINDS = { attempts: 'attempt', ratings: 'rating', sessions: 'session', marks: 'mark' } as const;
type List = keyof typeof DOC_KINDS;
const LISTS: readonly List[] = ['attempts', 'ratings', 'sessions', 'marks'];

export type RecordDoc = { _id: string; record: LogRecords[List][number] };

/** The one document that is no record: the schedule settings, newest `updatedAt` winning (settings-doc.ts). */
export const SETTINGS_DOC_ID = 'settings';

export const docId = (list: List, id: string): string => `${DOC_KINDS[list]}:${id}`;

/** Every record as its document, in the log's list order. */
export function recordDocs(records: LogRecords): RecordDoc[] {
  return LISTS.flatMap((list) => records[list].map((record) => ({ _id: docId(list, record.id), record })));
}

/** A pulled document that is no record of this app's: left on the server, and told. */
export type DocProblem = { id: string; problem: string };

function listOf(id: string): List | undefined {
  const kind = id.slice(0, id.indexOf(':'));
  return LISTS.find((list) => DOC_KINDS[list] === kind);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The records in pulled documents. Design documents, deletions and the settings document
 * are not records; a document that claims to be one but does not read as one (another
 * version of the app, a hand edit) is a problem, never a crash.
 */
export function recordsFromDocs(docs: readonly unknown[]): { records: LogRecords; problems: DocProblem[] } {
  const records: LogRecords = { attempts: [], ratings: [], sessions: [], marks: [] };
  const problems: DocProblem[] = [];
  for (const doc of docs) {
    if (!isObject(doc) || typeof doc._id !== 'string') {
      problems.push({ id: '?', problem: 'not a document' });
      continue;
    }
    const id = doc._id;
    if (id.startsWith('_design/') || doc._deleted === true || id === SETTINGS_DOC_ID) continue;
    const list = listOf(id);
    if (!list) {
      problems.push({ id, problem: 'unknown kind of record' });
      continue;
    }
    add(records, list, { _id: id, record: doc.record }, problems);
  }
  return { records, problems };
}

/** One document's record into its list, when it reads as one and carries the document's id. */
function take<T extends { id: string }>(schema: ZodMiniType<T>, list: List, doc: { _id: string; record?: unknown }, into: T[], problems: DocProblem[]): void {
  const parsed = schema.safeParse(doc.record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push({ id: doc._id, problem: issue ? `${issue.path.map(String).join('.') || 'record'}: ${issue.message}` : 'not a record' });
  } else if (docId(list, parsed.data.id) !== doc._id) {
    problems.push({ id: doc._id, problem: 'the record’s id is not the document’s' });
  } else {
    into.push(parsed.data);
  }
}

function add(records: LogRecords, list: List, doc: { _id: string; record?: unknown }, problems: DocProblem[]): void {
  if (list === 'attempts') take(attemptSchema, list, doc, records.attempts, problems);
  else if (list === 'ratings') take(ratingEntrySchema, list, doc, records.ratings, problems);
  else if (list === 'sessions') take(finishedSessionSchema, list, doc, records.sessions, problems);
  else take(markSchema, list, doc, records.marks, problems);
}
