import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, vi } from 'vitest';
import { array, literal, object, string } from 'zod/mini';
import { DB_NAME, createStore, type StoreEnv, type StudyStore } from '@/components/study/progress-store';
import { attemptSchema, finishedSessionSchema, markSchema, ratingEntrySchema, type Attempt, type FinishedSession, type Mark, type Rating, type RatingEntry } from '@/lib/study/log';
import { summarise, type QuestionSummary } from '@/lib/study/summary';
import { FakeBus, FakeStorage } from './fake-browser';

/*
 * Records, legacy progress of every version, and a browser to open the study store in.
 * 'fake-indexeddb/auto' installs the IndexedDB classes idb checks requests against; each
 * test still opens its own IDBFactory, so no two tests share a database.
 */

export const T0 = Date.parse('2026-03-01T09:00:00.000Z');
/** An ISO time `n` minutes after T0. */
export const minutes = (n: number): string => new Date(T0 + n * 60_000).toISOString();
export const DAY_MINUTES = 24 * 60;

export function attempt(id: string, change: Partial<Attempt> = {}): Attempt {
  return { id, questionId: 'q1', fingerprint: 'f', chosen: ['A'], correct: true, at: minutes(0), mode: 'practice', revealed: false, ...change };
}

/** A rating as the quiz saves it; the id is written out as the store keeps it. */
export function rated(target: Pick<Attempt, 'id' | 'questionId'>, rating: Rating, at: string): RatingEntry {
  return { id: `${target.id}|${at}|${rating}`, attemptId: target.id, questionId: target.questionId, rating, at };
}

export function finished(id: string, endedAt: string, change: Partial<FinishedSession> = {}): FinishedSession {
  return { id, mode: 'practice', startedAt: endedAt, endedAt, questionIds: ['q1'], correct: 1, total: 1, ...change };
}

/** A mark on q1 at minute 0 unless told otherwise. */
export function mark(id: string, kind: Mark['kind'], change: Partial<Mark> = {}): Mark {
  return { id, questionId: 'q1', kind, at: minutes(0), ...change };
}

/** Every answered question's summary, from the whole log: what the store must hold. */
export function summariesOf(attempts: readonly Attempt[], ratings: readonly RatingEntry[] = []): Map<string, QuestionSummary> {
  const questions = [...new Set(attempts.map((each) => each.questionId))].sort();
  return new Map(
    questions.flatMap((id) => {
      const summary = summarise(id, attempts, ratings);
      return summary ? [[id, summary] as const] : [];
    }),
  );
}

/* Progress as earlier releases wrote it. */

export const v1Attempt = (questionId: string, at: string, correct = true) => ({ questionId, fingerprint: 'f', chosen: ['A'], correct, at, mode: 'note' });

/** Version 1: attempts only, no ids. */
export const V1 = {
  version: 1,
  attempts: [v1Attempt('q1', minutes(0), false), v1Attempt('q1', minutes(10)), v1Attempt('q2', minutes(20))],
};

/** Version 2: attempts with ids, ratings naming only their attempt, sessions. */
export const V2 = {
  version: 2,
  attempts: [
    { id: 'b1', questionId: 'q1', fingerprint: 'f', chosen: ['B'], correct: false, at: minutes(0), mode: 'practice' },
    { id: 'b2', questionId: 'q1', fingerprint: 'f', chosen: ['A'], correct: true, at: minutes(5), mode: 'practice' },
    { id: 'b3', questionId: 'q3', fingerprint: 'g', chosen: ['C', 'D'], correct: true, at: minutes(30), mode: 'exam' },
  ],
  ratings: [{ attemptId: 'b2', rating: 'easy', at: minutes(6) }],
  sessions: [{ id: 's1', mode: 'practice', startedAt: minutes(0), endedAt: minutes(7), questionIds: ['q1'], correct: 0, total: 1 }],
};

/** Version 3: the log as the store keeps it, with a revealed attempt and an exam's full result. */
export const V3 = {
  version: 3,
  attempts: [
    attempt('c1', { questionId: 'q4', correct: false, at: minutes(100), chosen: ['B'] }),
    attempt('c2', { questionId: 'q4', correct: true, at: minutes(101), revealed: true }),
  ],
  ratings: [rated(attempt('c2', { questionId: 'q4' }), 'good', minutes(102))],
  sessions: [
    finished('e1', minutes(130), {
      mode: 'exam',
      startedAt: minutes(100),
      questionIds: ['q4'],
      correct: 0,
      total: 1,
      scaledScore: 100,
      passed: false,
      exam: { answers: { q4: ['B'] }, flagged: ['q4'], keys: { q4: ['A'] }, timeSpent: { q4: 12_000 }, deadline: minutes(102), passMark: 720, timedOut: false },
    }),
  ],
};

/** Version 4: version 3 and the student's marks. */
export const V4 = {
  ...V3,
  version: 4,
  marks: [
    mark('m1', 'flag', { questionId: 'q4', at: minutes(103) }),
    mark('m2', 'note', { questionId: 'q4', at: minutes(104), text: 'Kinesis, not Firehose' }),
    mark('m3', 'suspend', { questionId: 'q5', at: minutes(105) }),
  ],
};

/** An exported file around `progress`, written by hand rather than by the code under test. */
export const fileText = (progress: unknown, exportedAt = minutes(200)): string => JSON.stringify({ app: 'aws-notes', exportedAt, progress });

const exportedSchema = object({
  app: literal('aws-notes'),
  exportedAt: string(),
  progress: object({ version: literal(4), attempts: array(attemptSchema), ratings: array(ratingEntrySchema), sessions: array(finishedSessionSchema), marks: array(markSchema) }),
});

/** An export's records, checked against the version 4 schema. */
export function exportedLog(text: string) {
  return exportedSchema.parse(JSON.parse(text)).progress;
}

/* A browser: one IndexedDB, one localStorage and one channel, shared by its tabs. */

export type Browser = {
  factory: IDBFactory;
  storage: FakeStorage;
  bus: FakeBus;
  clock: { now: number };
  persistAsked: number;
  memoryFallbacks: number;
  /** Every tab opened, to close at the end of the test. */
  tabs: StudyStore[];
};

export function newBrowser(): Browser {
  return { factory: new IDBFactory(), storage: new FakeStorage(), bus: new FakeBus(), clock: { now: T0 + 1_000 * 60_000 }, persistAsked: 0, memoryFallbacks: 0, tabs: [] };
}

export function closeTabs(browser: Browser): void {
  for (const tab of browser.tabs.splice(0)) tab.close();
}

/** The store opens the global indexedDB: the browser's own factory, installed for its tabs. */
export function installIndexedDB(browser: Browser): void {
  vi.stubGlobal('indexedDB', browser.factory);
}

export function envOf(browser: Browser, change: Partial<StoreEnv> = {}): StoreEnv {
  return {
    memoryIndexedDB: async () => {
      browser.memoryFallbacks += 1;
      vi.stubGlobal('indexedDB', new IDBFactory());
    },
    localStorage: () => browser.storage.asStorage(),
    channel: () => browser.bus.join(),
    persist: async () => {
      browser.persistAsked += 1;
    },
    now: () => new Date(browser.clock.now),
    pause: () => Promise.resolve(),
    ...change,
  };
}

/** A tab: a store on the browser's database, not opened yet. */
export function newTab(browser: Browser, change: Partial<StoreEnv> = {}): StudyStore {
  installIndexedDB(browser);
  const store = createStore(envOf(browser, change));
  browser.tabs.push(store);
  return store;
}

/** A tab, opened and ready. */
export async function openTab(browser: Browser, change: Partial<StoreEnv> = {}): Promise<StudyStore> {
  const store = newTab(browser, change);
  await store.ready();
  return store;
}

/* The database read and written raw, without the store's code (only after a store has created it). */

async function rawDb(factory: IDBFactory) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return wrap(db);
}

/** What the database holds. */
export async function dumpDb(factory: IDBFactory) {
  const db = await rawDb(factory);
  try {
    const [attempts, ratings, sessions, summaries, days, open, aside, marks] = await Promise.all(
      ['attempts', 'ratings', 'sessions', 'summaries', 'days', 'open', 'aside', 'marks'].map((name) => db.getAll(name)),
    );
    return {
      attempts: array(attemptSchema).parse(attempts),
      ratings: array(ratingEntrySchema).parse(ratings),
      sessions: array(finishedSessionSchema).parse(sessions),
      summaries: new Map<string, unknown>((summaries ?? []).map((summary: { questionId: string }) => [summary.questionId, summary])),
      days: new Map<string, number>((days ?? []).map((day: { day: string; attempts: number }) => [day.day, day.attempts])),
      open: open ?? [],
      aside: aside ?? [],
      marks: array(markSchema).parse(marks),
    };
  } finally {
    db.close();
  }
}

/** Writes a record straight into the database, as something other than the store might have. */
export async function putRaw(factory: IDBFactory, store: string, value: unknown): Promise<void> {
  const db = await rawDb(factory);
  try {
    await db.put(store, value);
  } finally {
    db.close();
  }
}

/** Sorted ids: a list, so a record stored twice shows. */
export const idsOf = (records: readonly { id: string }[]): string[] => records.map((record) => record.id).sort();

/**
 * A fresh browser for each test that asks, its tabs closed after the test as a real page
 * closes them (messages between tabs landed first), and every stub undone.
 */
export function browsersPerTest(): () => Browser {
  const opened: Browser[] = [];
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const each of opened.splice(0)) closeTabs(each);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return () => {
    const browser = newBrowser();
    opened.push(browser);
    return browser;
  };
}
