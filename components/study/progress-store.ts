import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { EXAM_BACKUP_PREFIX, examProblem } from '@/lib/study/exam';
import { DB_NAME, LEGACY_EXAM_KEY, LEGACY_PROGRESS_KEY, STUDY_CHANNEL } from '@/lib/study/storage-names';
import { intervalText, type IntervalText } from '@/lib/study/due-text';
import { questionHistory, type HistoryEntry } from '@/lib/study/history';
import { byTime, type Attempt, type FinishedSession, type Mark, type Rating, type RatingEntry } from '@/lib/study/log';
import { NO_MARKS, deriveMarks, markedIds, questionMarks, type MarksByQuestion } from '@/lib/study/marks';
import { SCHEDULE_VERSION } from '@/lib/study/schedule-version';
import { DEFAULT_SETTINGS, readSettings, type ScheduleSettings } from '@/lib/study/schedule-settings';
import { readSession, type ReadSession, type StudySession } from '@/lib/study/session';
import { dayKey } from '@/lib/study/stats';
import { isNewer, readStampedSettings, type StampedSettings } from '@/lib/sync/settings-doc';
import { loadScheduling, type Scheduling } from '@/components/study/scheduling';
import type { QuestionSummary } from '@/lib/study/summary';
import { exportProgress, parseProgressFile, readLog, type FileProblem, type LogProblem, type LogRecords, type ReadProgress } from '@/lib/study/transfer';

/*
 * The browser store: the study log in IndexedDB (through idb), one record per answer,
 * rating and session, each written in its own transaction, never the whole history. Each
 * write recomputes the summary of the questions it touches in the same transaction, and
 * pages read only the summaries. Every write adds records by id and never replaces one,
 * so two tabs, an import and a migration merge as a set union.
 *
 * What cannot be read is kept aside, never thrown away: in the `aside` store, or under a
 * backup key in localStorage for what came from there. Without IndexedDB (some private
 * modes) the same code runs on an in-memory IndexedDB and says so.
 */

export { DB_NAME, LEGACY_PROGRESS_KEY };
/** 2: the `marks` store. */
const DB_VERSION = 2;
export const BACKUP_PREFIX = 'aws-notes/progress/backup/';
const CHUNK = 2000;
/** Questions per rebuild transaction: small, since one question may have thousands of answers to replay. */
const SUMMARY_CHUNK = 10;

type Day = { day: string; attempts: number };
type Meta = { name: 'state'; stale: string[]; scheduleVersion: number };
/** The student's schedule settings; absent until they change one. `updatedAt` (since the device sync) says which of two devices' settings wins. */
type SettingsRecord = { name: 'settings'; settings: unknown; updatedAt?: unknown };
type Aside = { at: string; what: string; value: unknown };

interface StudyDb extends DBSchema {
  attempts: { key: string; value: Attempt; indexes: { questionId: string } };
  ratings: { key: string; value: RatingEntry; indexes: { questionId: string } };
  sessions: { key: string; value: FinishedSession; indexes: { endedAt: string } };
  summaries: { key: string; value: QuestionSummary };
  days: { key: string; value: Day };
  open: { key: string; value: StudySession };
  meta: { key: string; value: Meta | SettingsRecord };
  aside: { key: number; value: Aside };
  marks: { key: string; value: Mark; indexes: { questionId: string } };
}

type Db = IDBPDatabase<StudyDb>;
type Names = StoreNames<StudyDb>;
type WriteTx = IDBPTransaction<StudyDb, Names[], 'readwrite'>;

export type StoreNotice = 'none' | 'reset' | 'future-version' | 'memory-only' | 'not-saved';
export type StoreState = {
  status: 'loading' | 'ready';
  notice: StoreNotice;
  summaries: ReadonlyMap<string, QuestionSummary>;
  /** Local days with at least one answer, and how many. */
  days: ReadonlyMap<string, number>;
  settings: ScheduleSettings;
  /** The student's flags, suspensions and notes, per marked question. */
  marks: MarksByQuestion;
  /** The suspended questions: out of review and of the due counts. */
  suspended: ReadonlySet<string>;
};

export type Added = { attempts: number; ratings: number; sessions: number; marks: number };
export type ImportStep = { phase: 'reading' | 'saving' | 'summarising' } & ReadProgress;
export type ImportOutcome = { ok: true; added: Added } | { ok: false; problem: FileProblem | LogProblem['reason']; detail: string };
export type StorageInfo = { persisted: boolean | null; usage: number | null; quota: number | null; answers: number };

/** What the store needs from the browser; tests pass their own. */
export type StoreEnv = {
  /** Puts an in-memory IndexedDB in the browser's place (fake-indexeddb), for browsers without one. */
  memoryIndexedDB: () => Promise<void>;
  localStorage: () => Storage | null;
  channel: () => { postMessage: (message: unknown) => void; onmessage: ((event: MessageEvent) => void) | null; close: () => void } | null;
  persist: () => Promise<void>;
  now: () => Date;
  pause: () => Promise<void>;
};

const EMPTY: StoreState = { status: 'loading', notice: 'none', summaries: new Map(), days: new Map(), settings: DEFAULT_SETTINGS, marks: NO_MARKS, suspended: new Set() };
const ALL: Names[] = ['attempts', 'ratings', 'sessions', 'summaries', 'days', 'open', 'meta', 'aside', 'marks'];

/** Each version adds to what the one before created; an upgrade never touches a store that exists. */
function upgrade(db: Db, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('attempts', { keyPath: 'id' }).createIndex('questionId', 'questionId');
    db.createObjectStore('ratings', { keyPath: 'id' }).createIndex('questionId', 'questionId');
    db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('endedAt', 'endedAt');
    db.createObjectStore('summaries', { keyPath: 'questionId' });
    db.createObjectStore('days', { keyPath: 'day' });
    db.createObjectStore('open', { keyPath: 'mode' });
    db.createObjectStore('meta', { keyPath: 'name' });
    db.createObjectStore('aside', { autoIncrement: true });
  }
  if (oldVersion < 2) db.createObjectStore('marks', { keyPath: 'id' }).createIndex('questionId', 'questionId');
}

async function openStudyDb(): Promise<Db> {
  if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
  return openDB<StudyDb>(DB_NAME, DB_VERSION, {
    upgrade,
    // Another tab upgrading the database asks this one to let go.
    blocking: (_current, _next, event) => (event.target instanceof IDBDatabase ? event.target.close() : undefined),
  });
}

const emptyRecords = (): LogRecords => ({ attempts: [], ratings: [], sessions: [], marks: [] });

export type StudyStore = ReturnType<typeof createStore>;

export function createStore(env: StoreEnv) {
  let state: StoreState = EMPTY;
  let db: Db | null = null;
  let opening: Promise<Db> | null = null;
  let unsaved = emptyRecords();
  let askedToPersist = false;
  let legacyExamCorrupt = false;
  /** In memory, what came from localStorage stays there too: it is the only copy that outlives the tab. */
  let memoryOnly = false;
  const listeners = new Set<() => void>();
  const channel = env.channel();

  const set = (change: Partial<StoreState>) => {
    state = { ...state, ...change };
    for (const listener of listeners) listener();
  };

  /* Writing: every record is added only if its id is new, and the summaries of the questions it touches follow in the same transaction. */

  async function addNew(tx: WriteTx, records: LogRecords): Promise<{ added: Added; questions: Set<string>; marked: Set<string> }> {
    const attempts = tx.objectStore('attempts');
    const ratings = tx.objectStore('ratings');
    const sessions = tx.objectStore('sessions');
    const known = await Promise.all(records.attempts.map((attempt) => attempts.getKey(attempt.id)));
    const newAttempts = records.attempts.filter((_, index) => known[index] === undefined);
    // Each add as a promise of its own, so a refused one rejects instead of throwing past the others.
    await Promise.all(newAttempts.map(async (attempt) => attempts.add(attempt)));
    const knownRatings = await Promise.all(records.ratings.map((rating) => ratings.getKey(rating.id)));
    const newRatings = await Promise.all(
      records.ratings
        .filter((_, index) => knownRatings[index] === undefined)
        .map(async (rating) => (rating.questionId ? rating : { ...rating, questionId: (await attempts.get(rating.attemptId))?.questionId ?? '' })),
    );
    await Promise.all(newRatings.map(async (rating) => ratings.add(rating)));
    const knownSessions = await Promise.all(records.sessions.map((session) => sessions.getKey(session.id)));
    const newSessions = records.sessions.filter((_, index) => knownSessions[index] === undefined);
    await Promise.all(newSessions.map(async (session) => sessions.add(session)));
    const newMarks = await addMarks(tx, records.marks);
    await countDays(tx, newAttempts);
    const questions = new Set([...newAttempts, ...newRatings].map((record) => record.questionId).filter((id) => id !== ''));
    const marked = new Set(newMarks.map((mark) => mark.questionId));
    return { added: { attempts: newAttempts.length, ratings: newRatings.length, sessions: newSessions.length, marks: newMarks.length }, questions, marked };
  }

  async function addMarks(tx: WriteTx, records: readonly Mark[]): Promise<Mark[]> {
    const marks = tx.objectStore('marks');
    const known = await Promise.all(records.map((mark) => marks.getKey(mark.id)));
    const fresh = records.filter((_, index) => known[index] === undefined);
    await Promise.all(fresh.map(async (mark) => marks.add(mark)));
    return fresh;
  }

  /**
   * The marks of the questions named, or of every question, from the log and what is not
   * saved yet: read now, applied to the marks shown at the moment they are set, so
   * refreshes that overlap never undo each other.
   */
  async function readMarks(current: Db, questions: readonly string[] | 'all'): Promise<(shown: MarksByQuestion) => MarksByQuestion> {
    if (questions === 'all') {
      const all = deriveMarks([...(await current.getAll('marks')), ...unsaved.marks]);
      return () => all;
    }
    const fresh = await Promise.all(questions.map(async (id) => questionMarks(id, dedupe([...(await current.getAllFromIndex('marks', 'questionId', id)), ...unsaved.marks]))));
    return (shown) => {
      const marks = new Map(shown);
      questions.forEach((id, index) => {
        const each = fresh[index];
        if (each) marks.set(id, each);
        else marks.delete(id);
      });
      return marks;
    };
  }

  /** The marks shown, and the suspended questions with them. */
  const withMarks = (marks: MarksByQuestion): Pick<StoreState, 'marks' | 'suspended'> => ({ marks, suspended: markedIds(marks, 'suspended') });

  async function countDays(tx: WriteTx, attempts: readonly Attempt[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const attempt of attempts) counts.set(dayKey(new Date(attempt.at)), (counts.get(dayKey(new Date(attempt.at))) ?? 0) + 1);
    const days = tx.objectStore('days');
    await Promise.all(
      [...counts].map(async ([day, attempts]) => {
        const known = await days.get(day);
        await days.put({ day, attempts: (known?.attempts ?? 0) + attempts });
      }),
    );
  }

  /** A question's summary from its own records: the same function a rebuild runs. */
  async function resummarise(tx: WriteTx, questionId: string, { summarise }: Scheduling): Promise<QuestionSummary | null> {
    const [attempts, ratings] = await Promise.all([
      tx.objectStore('attempts').index('questionId').getAll(questionId),
      tx.objectStore('ratings').index('questionId').getAll(questionId),
    ]);
    const summary = summarise(questionId, attempts, ratings, state.settings);
    if (summary) await tx.objectStore('summaries').put(summary);
    else await tx.objectStore('summaries').delete(questionId);
    return summary;
  }

  async function readMeta(tx: WriteTx): Promise<Meta> {
    const meta = await tx.objectStore('meta').get('state');
    return meta?.name === 'state' ? meta : { name: 'state', stale: [], scheduleVersion: SCHEDULE_VERSION };
  }

  /** The saved settings become the ones every summary is computed with. */
  async function loadSettings(current: Db): Promise<void> {
    const record = await current.get('meta', 'settings');
    const settings = readSettings(record?.name === 'settings' ? record.settings : undefined);
    if (JSON.stringify(settings) !== JSON.stringify(state.settings)) set({ settings });
  }

  /**
   * Settings stamped `updatedAt` become the ones every summary is computed with, when
   * `applies` to what is saved: saved with every summary marked for a rebuild in one
   * transaction, then rebuilt, and the other tabs told.
   */
  async function storeSettings(settings: ScheduleSettings, updatedAt: string, applies: (saved: StampedSettings | null) => boolean): Promise<boolean> {
    const current = await database();
    const tx = current.transaction(ALL, 'readwrite');
    // Decided in the write's own transaction, so a save in another tab cannot slip between.
    if (!applies(readStampedSettings(await tx.objectStore('meta').get('settings')))) {
      await tx.done;
      return false;
    }
    await tx.objectStore('meta').put({ name: 'settings', settings, updatedAt });
    await tx.objectStore('meta').put({ ...(await readMeta(tx)), scheduleVersion: -1 });
    await tx.done;
    set({ settings });
    await checkScheduleVersion(current);
    await rebuildStale(current, () => undefined);
    await refresh(current, 'all');
    return true;
  }

  /** Applies changed summaries, marks and days to what the pages see, and tells the other tabs. */
  async function refresh(current: Db, questions: Iterable<string> | 'all', tell = true): Promise<void> {
    const days = new Map((await current.getAll('days')).map((day) => [day.day, day.attempts]));
    const applyMarks = await readMarks(current, questions === 'all' ? 'all' : [...questions]);
    let summaries: Map<string, QuestionSummary>;
    if (questions === 'all') summaries = new Map((await current.getAll('summaries')).map((summary) => [summary.questionId, summary]));
    else {
      const ids = [...questions];
      const fresh = await Promise.all(ids.map((id) => current.get('summaries', id)));
      // Taken after the reads, so refreshes that overlap never undo each other.
      summaries = new Map(state.summaries);
      ids.forEach((id, index) => {
        const summary = fresh[index];
        if (summary) summaries.set(id, summary);
        else summaries.delete(id);
      });
    }
    set({ summaries, days, ...withMarks(applyMarks(state.marks)) });
    if (tell) channel?.postMessage({ questions: questions === 'all' ? 'all' : [...questions] });
  }

  /**
   * The one way records enter the log. On failure (storage full) they are kept in memory,
   * shown, included in an export, and tried again with the next write: no answer is lost.
   */
  async function commit(records: LogRecords, extra?: (tx: WriteTx) => Promise<void>): Promise<Added> {
    const current = await database();
    const all = mergeRecords(unsaved, records);
    let scheduling: Scheduling;
    try {
      scheduling = await loadScheduling();
    } catch {
      unsaved = all;
      set({ notice: 'not-saved' });
      return { attempts: 0, ratings: 0, sessions: 0, marks: 0 };
    }
    const tx = current.transaction(ALL, 'readwrite');
    try {
      const { added, questions, marked } = await addNew(tx, all);
      for (const id of questions) await resummarise(tx, id, scheduling);
      await extra?.(tx);
      await tx.done;
      unsaved = emptyRecords();
      if (state.notice === 'not-saved') set({ notice: 'none' });
      await refresh(current, new Set([...questions, ...marked]));
      if (records.attempts.length > 0) void askToPersist();
      return added;
    } catch {
      abandon(tx);
      unsaved = all;
      await showUnsaved(current, all);
      return { attempts: 0, ratings: 0, sessions: 0, marks: 0 };
    }
  }

  /** What could not be saved still shows: each touched question summarised from the saved log plus the unsaved records. */
  async function showUnsaved(current: Db, records: LogRecords): Promise<void> {
    const questions = [...new Set([...records.attempts, ...records.ratings].map((record) => record.questionId))];
    const { summarise } = await loadScheduling();
    const computed = await Promise.all(
      questions.map(async (id) => {
        const attempts = [...(await current.getAllFromIndex('attempts', 'questionId', id)), ...records.attempts];
        const ratings = [...(await current.getAllFromIndex('ratings', 'questionId', id)), ...records.ratings];
        return summarise(id, dedupe(attempts), dedupe(ratings), state.settings);
      }),
    );
    const applyMarks = await readMarks(current, [...new Set(records.marks.map((mark) => mark.questionId))]);
    const summaries = new Map(state.summaries);
    for (const summary of computed) if (summary) summaries.set(summary.questionId, summary);
    set({ summaries, ...withMarks(applyMarks(state.marks)), notice: 'not-saved' });
  }

  async function askToPersist(): Promise<void> {
    if (askedToPersist) return;
    askedToPersist = true;
    await env.persist().catch(() => undefined);
  }

  /** The whole log, what could not be saved included: for an export and the device sync. */
  async function allRecords(): Promise<LogRecords> {
    const current = await database();
    const [attempts, ratings, sessions, marks] = await Promise.all([current.getAll('attempts'), current.getAll('ratings'), current.getAll('sessions'), current.getAll('marks')]);
    return mergeRecords({ attempts, ratings, sessions, marks }, unsaved);
  }

  async function settleAdded(current: Db): Promise<void> {
    await rebuildStale(current, () => undefined);
    await refresh(current, 'all');
  }

  /* Opening: the database, the move from localStorage, and summaries that await a rebuild. */

  async function open(): Promise<Db> {
    let opened: Db;
    let memory = false;
    try {
      opened = await openStudyDb();
    } catch {
      await env.memoryIndexedDB();
      opened = await openStudyDb();
      memory = true;
    }
    if (memory) set({ notice: 'memory-only' });
    memoryOnly = memory;
    await migrateLocalStorage(opened);
    await loadSettings(opened);
    // Most loads find nothing to rebuild: a read says so without a write transaction.
    const meta = await opened.get('meta', 'state');
    if (meta?.name !== 'state' || meta.scheduleVersion !== SCHEDULE_VERSION || meta.stale.length > 0) {
      await checkScheduleVersion(opened);
      await rebuildStale(opened, () => undefined);
    }
    await refresh(opened, 'all', false);
    // Only now is the store open: every reader waits for the move and the rebuild.
    db = opened;
    set({ status: 'ready' });
    // The scheduler comes next, so the first answer does not wait for it.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void loadScheduling().catch(() => undefined));
    return opened;
  }

  function database(): Promise<Db> {
    opening ??= open();
    return opening;
  }

  async function keepAside(current: Db, what: string, value: unknown): Promise<void> {
    await current.add('aside', { at: env.now().toISOString(), what, value });
  }

  /** localStorage's value moves in; it stays where it was until every record is verified in IndexedDB. */
  async function migrateLocalStorage(current: Db): Promise<void> {
    const storage = env.localStorage();
    if (!storage) return;
    const raw = safeGet(storage, LEGACY_PROGRESS_KEY);
    if (raw !== null) {
      const read = readLegacy(raw);
      if (!read.ok) {
        backUp(storage, `${BACKUP_PREFIX}${env.now().toISOString()}`, raw, LEGACY_PROGRESS_KEY);
        set({ notice: read.reason === 'future-version' ? 'future-version' : 'reset' });
      } else {
        await writeChunks(current, read.records, () => undefined);
        if (!memoryOnly && (await allPresent(current, read.records))) storage.removeItem(LEGACY_PROGRESS_KEY);
      }
    }
    await migrateLegacyExam(current, storage);
  }

  async function migrateLegacyExam(current: Db, storage: Storage): Promise<void> {
    const raw = safeGet(storage, LEGACY_EXAM_KEY);
    if (raw === null) return;
    const read = readSession(legacyExam(raw), examProblem);
    if (read.session && !(await current.get('open', 'exam'))) await current.put('open', read.session);
    if (read.problem) {
      backUp(storage, `${EXAM_BACKUP_PREFIX}${env.now().toISOString()}`, raw, LEGACY_EXAM_KEY);
      legacyExamCorrupt = true;
    } else if (!memoryOnly) storage.removeItem(LEGACY_EXAM_KEY);
  }

  async function allPresent(current: Db, records: LogRecords): Promise<boolean> {
    const tx = current.transaction(['attempts', 'ratings', 'sessions', 'marks'], 'readonly');
    const checks = await Promise.all([
      ...records.attempts.map((record) => tx.objectStore('attempts').getKey(record.id)),
      ...records.ratings.map((record) => tx.objectStore('ratings').getKey(record.id)),
      ...records.sessions.map((record) => tx.objectStore('sessions').getKey(record.id)),
      ...records.marks.map((record) => tx.objectStore('marks').getKey(record.id)),
    ]);
    return checks.every((key) => key !== undefined);
  }

  /**
   * Large writes (import, migration): a chunk of records per transaction, each naming
   * the questions whose summaries must be rebuilt, so a tab closed half-way leaves the
   * rebuild to the next load and loses nothing written.
   */
  async function writeChunks(current: Db, records: LogRecords, onStep: (step: ImportStep) => void): Promise<Added> {
    const total = records.attempts.length + records.ratings.length + records.sessions.length + records.marks.length;
    const added: Added = { attempts: 0, ratings: 0, sessions: 0, marks: 0 };
    let done = 0;
    const lists = [
      ...chunks(records.attempts).map((attempts) => ({ ...emptyRecords(), attempts })),
      ...chunks(records.ratings).map((ratings) => ({ ...emptyRecords(), ratings })),
      ...chunks(records.sessions).map((sessions) => ({ ...emptyRecords(), sessions })),
      ...chunks(records.marks).map((marks) => ({ ...emptyRecords(), marks })),
    ];
    for (const chunk of lists) {
      const tx = current.transaction(ALL, 'readwrite');
      let result: Awaited<ReturnType<typeof addNew>>;
      try {
        result = await addNew(tx, chunk);
        const meta = await readMeta(tx);
        await tx.objectStore('meta').put({ ...meta, stale: [...new Set([...meta.stale, ...result.questions])] });
        await tx.done;
      } catch (error) {
        abandon(tx);
        throw error;
      }
      added.attempts += result.added.attempts;
      added.ratings += result.added.ratings;
      added.sessions += result.added.sessions;
      added.marks += result.added.marks;
      done += chunk.attempts.length + chunk.ratings.length + chunk.sessions.length + chunk.marks.length;
      onStep({ phase: 'saving', done, total });
      await env.pause();
    }
    return added;
  }

  /** A change of schedule settings: every summary is rebuilt from the log. */
  async function checkScheduleVersion(current: Db): Promise<void> {
    const tx = current.transaction(ALL, 'readwrite');
    const meta = await readMeta(tx);
    if (meta.scheduleVersion === SCHEDULE_VERSION && (await tx.objectStore('meta').getKey('state')) !== undefined) return;
    const questions = new Set<string>(meta.stale);
    let cursor = await tx.objectStore('attempts').index('questionId').openKeyCursor(null, 'nextunique');
    while (cursor) {
      questions.add(cursor.key);
      cursor = await cursor.continue();
    }
    await tx.objectStore('meta').put({ name: 'state', stale: [...questions], scheduleVersion: SCHEDULE_VERSION });
    await tx.done;
  }

  /** Rebuilds the summaries named stale, a chunk of questions per transaction. */
  async function rebuildStale(current: Db, onStep: (step: ImportStep) => void): Promise<void> {
    const first = await current.get('meta', 'state');
    const total = first?.name === 'state' ? first.stale.length : 0;
    let done = 0;
    const scheduling = await loadScheduling();
    for (;;) {
      const tx = current.transaction(ALL, 'readwrite');
      const meta = await readMeta(tx);
      const batch = meta.stale.slice(0, SUMMARY_CHUNK);
      if (batch.length === 0) {
        await tx.done;
        return;
      }
      for (const id of batch) await resummarise(tx, id, scheduling);
      await tx.objectStore('meta').put({ ...meta, stale: meta.stale.slice(batch.length) });
      await tx.done;
      done += batch.length;
      onStep({ phase: 'summarising', done, total });
      await env.pause();
    }
  }

  /* Other tabs: they say which questions changed; this tab re-reads just those. */
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (!db || typeof data !== 'object' || data === null || !('questions' in data)) return;
      const questions = data.questions;
      // A closed database (another tab upgraded it) has nothing to refresh from.
      const ignore = () => undefined;
      const current = db;
      // 'all' may mean new settings: read them before the summaries built with them.
      if (questions === 'all')
        loadSettings(current)
          .then(() => refresh(current, 'all', false))
          .catch(ignore);
      else if (Array.isArray(questions)) refresh(current, questions.filter((id): id is string => typeof id === 'string'), false).catch(ignore);
    };
  }

  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      void database().catch(() => set({ status: 'ready', notice: 'memory-only' }));
      return () => listeners.delete(listener);
    },
    getSnapshot: (): StoreState => state,
    ready: (): Promise<void> => database().then(() => undefined),

    recordAttempt: (attempt: Attempt): Promise<Added> => commit({ ...emptyRecords(), attempts: [attempt] }),
    recordRating: (rating: RatingEntry): Promise<Added> => commit({ ...emptyRecords(), ratings: [rating] }),
    recordMark: (mark: Mark): Promise<Added> => commit({ ...emptyRecords(), marks: [mark] }),

    /** One question's every answer and rating, newest first, read by its indexes (and what is not saved yet). */
    async history(questionId: string): Promise<HistoryEntry[]> {
      const current = await database();
      const [attempts, ratings] = await Promise.all([current.getAllFromIndex('attempts', 'questionId', questionId), current.getAllFromIndex('ratings', 'questionId', questionId)]);
      return questionHistory(questionId, [...attempts, ...unsaved.attempts], [...ratings, ...unsaved.ratings]);
    },

    /** One attempt from the log with its latest rating, for a resumed session to show it graded; null when the log has no such attempt. */
    async ratedAttempt(attemptId: string): Promise<{ attempt: Attempt; rating: Rating | null } | null> {
      const current = await database();
      const attempt = (await current.get('attempts', attemptId)) ?? unsaved.attempts.find((each) => each.id === attemptId);
      if (!attempt) return null;
      const ratings = [...(await current.getAllFromIndex('ratings', 'questionId', attempt.questionId)), ...unsaved.ratings].filter((each) => each.attemptId === attemptId);
      const { latestRatings } = await loadScheduling();
      return { attempt, rating: latestRatings(ratings).get(attemptId) ?? null };
    },

    /** A finished session, with its attempts (the exam's), in one transaction; the open session of its mode is closed. */
    async finishSession(session: FinishedSession, attempts: readonly Attempt[] = []): Promise<Added> {
      return commit({ ...emptyRecords(), attempts: [...attempts], sessions: [session] }, async (tx) => {
        const open = await tx.objectStore('open').get(session.mode);
        if (open?.id === session.id) await tx.objectStore('open').delete(session.mode);
      });
    },

    /** The unfinished session of a mode; one that cannot be read is kept aside and reported. */
    async openSession(mode: StudySession['mode']): Promise<ReadSession> {
      const current = await database();
      const value: unknown = await current.get('open', mode);
      const read = readSession(value, examProblem);
      if (read.problem) {
        await keepAside(current, `open session: ${mode}`, value);
        await current.delete('open', mode);
      }
      if (mode === 'exam' && legacyExamCorrupt) {
        legacyExamCorrupt = false;
        return { session: read.session, problem: 'corrupt' };
      }
      return read;
    },
    /** False when the browser refused: the session goes on, but a reload would lose it. */
    async saveOpenSession(session: StudySession): Promise<boolean> {
      try {
        await (await database()).put('open', session);
        return true;
      } catch {
        return false;
      }
    },
    async clearOpenSession(mode: StudySession['mode']): Promise<void> {
      await (await database()).delete('open', mode);
    },

    /** Finished sessions, newest first. */
    async recentSessions(count: number): Promise<FinishedSession[]> {
      const current = await database();
      const sessions: FinishedSession[] = [];
      let cursor = await current.transaction('sessions').store.index('endedAt').openCursor(null, 'prev');
      while (cursor && sessions.length < count) {
        sessions.push(cursor.value);
        cursor = await cursor.continue();
      }
      return [...sessions, ...unsaved.sessions].sort((a, b) => (a.endedAt < b.endedAt ? 1 : -1)).slice(0, count);
    },
    async session(id: string): Promise<FinishedSession | null> {
      return (await (await database()).get('sessions', id)) ?? unsaved.sessions.find((session) => session.id === id) ?? null;
    },

    allRecords,

    /** The whole log as a version 4 file. */
    async exportText(): Promise<string> {
      return exportProgress(await allRecords(), env.now());
    },

    /**
     * Records from elsewhere (another device, through the sync) added where new, as an
     * import adds them. `settle: false` leaves the questions they touch marked for a
     * rebuild (saved, so a closed tab loses nothing) until `settle()`: a pull of many pages
     * rebuilds each question once, not once a page.
     */
    async addRecords(records: LogRecords, { settle = true }: { settle?: boolean } = {}): Promise<Added> {
      const current = await database();
      const added = await writeChunks(current, records, () => undefined);
      if (settle) await settleAdded(current);
      return added;
    },

    /** The summaries of what `addRecords` added unsettled, rebuilt and shown. */
    settle: async (): Promise<void> => settleAdded(await database()),

    /** Reads a progress file and adds what it holds that is not here yet; nothing here is overwritten. */
    async importText(text: string, onStep: (step: ImportStep) => void): Promise<ImportOutcome> {
      const file = parseProgressFile(text);
      if (!file.ok) return { ok: false, problem: file.problem, detail: '' };
      const steps = readLog(file.progress, CHUNK);
      let step = steps.next();
      while (!step.done) {
        onStep({ phase: 'reading', ...step.value });
        await env.pause();
        step = steps.next();
      }
      const read = step.value;
      if (!read.ok) return { ok: false, problem: read.reason, detail: read.detail };
      const current = await database();
      const added = await writeChunks(current, read.records, onStep);
      await rebuildStale(current, onStep);
      await refresh(current, 'all');
      return { ok: true, added };
    },

    /** Whether the browser promised to keep the data, how much is stored, and how many answers. */
    async storageInfo(): Promise<StorageInfo> {
      const current = await database();
      const answers = (await current.count('attempts')) + unsaved.attempts.length;
      const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
      const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
      const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
      return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, answers };
    },

    /** The student's new schedule settings, stamped now. */
    async saveSettings(settings: ScheduleSettings): Promise<void> {
      await storeSettings(settings, env.now().toISOString(), () => true);
    },

    /** The settings as saved here and when; null when the student never changed them (or changed them before the sync stamped a time). */
    async settingsRecord(): Promise<StampedSettings | null> {
      return readStampedSettings(await (await database()).get('meta', 'settings'));
    },

    /** Another device's settings, taken only when newer than those saved here; they keep their own time. True when taken. */
    mergeSettings: (settings: ScheduleSettings, updatedAt: string): Promise<boolean> => storeSettings(settings, updatedAt, (saved) => !saved || isNewer(updatedAt, saved.updatedAt)),

    /**
     * The interval each rating would give a clean right answer, from the question's
     * earlier answers as saved; the answer itself is passed in, as its save may still be
     * under way. Null when the answer is not one a rating moves.
     */
    async previewRatings(attempt: Attempt): Promise<Record<Rating, IntervalText> | null> {
      const current = await database();
      const { latestRatings, previewRatings } = await loadScheduling();
      const [attempts, ratings] = await Promise.all([current.getAllFromIndex('attempts', 'questionId', attempt.questionId), current.getAllFromIndex('ratings', 'questionId', attempt.questionId)]);
      const rated = latestRatings(ratings);
      const earlier = attempts.filter((each) => each.id !== attempt.id && byTime(each, attempt) < 0).sort(byTime);
      const steps = [...earlier, attempt].map((each) => ({ attempt: each, rating: rated.get(each.id) }));
      const gaps = previewRatings(steps, state.settings);
      if (!gaps) return null;
      return { again: intervalText(gaps.again), hard: intervalText(gaps.hard), good: intervalText(gaps.good), easy: intervalText(gaps.easy) };
    },

    /** Every summary rebuilt from the log, for tests and a change of schedule settings. */
    async rebuildAll(): Promise<void> {
      const current = await database();
      const tx = current.transaction(ALL, 'readwrite');
      await tx.objectStore('meta').put({ ...(await readMeta(tx)), scheduleVersion: -1 });
      await tx.done;
      await checkScheduleVersion(current);
      await rebuildStale(current, () => undefined);
      await refresh(current, 'all');
    },

    close(): void {
      channel?.close();
      db?.close();
    },
  };
}

/* Helpers with no state. */

/** A write that failed part-way keeps none of it: what it added is rolled back. */
function abandon(tx: { abort: () => void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already aborted or finished.
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}

function dedupe<T extends { id: string }>(records: readonly T[]): T[] {
  return [...new Map(records.map((record) => [record.id, record])).values()];
}

function mergeRecords(a: LogRecords, b: LogRecords): LogRecords {
  return {
    attempts: dedupe([...a.attempts, ...b.attempts]),
    ratings: dedupe([...a.ratings, ...b.ratings]),
    sessions: dedupe([...a.sessions, ...b.sessions]),
    marks: dedupe([...a.marks, ...b.marks]),
  };
}

function safeGet(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Kept aside under a backup key; the original is removed only once the copy is written. */
function backUp(storage: Storage, key: string, raw: string, original: string): void {
  try {
    storage.setItem(key, raw);
    storage.removeItem(original);
  } catch {
    // Storage full: the raw value stays where it was, untouched.
  }
}

function readLegacy(raw: string): { ok: true; records: LogRecords } | { ok: false; reason: LogProblem['reason'] } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const steps = readLog(data, Number.MAX_SAFE_INTEGER);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value.ok ? { ok: true, records: step.value.records } : { ok: false, reason: step.value.reason };
}

/** The first release's saved exam (version 1) as a study session. */
function legacyExam(raw: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { corrupt: raw };
  }
  if (typeof data !== 'object' || data === null) return { corrupt: raw };
  return { results: {}, revealed: [], timeSpent: {}, ...data, mode: 'exam' };
}

/** The browser's store, one per page. */
let browserStore: StudyStore | null = null;

export function studyStore(): StudyStore {
  browserStore ??= createStore({
    memoryIndexedDB: async () => {
      const fake = await import('fake-indexeddb');
      // idb opens the global indexedDB and recognises its objects by the global classes.
      const globals = { indexedDB: fake.indexedDB, IDBCursor: fake.IDBCursor, IDBCursorWithValue: fake.IDBCursorWithValue, IDBDatabase: fake.IDBDatabase, IDBIndex: fake.IDBIndex, IDBKeyRange: fake.IDBKeyRange, IDBObjectStore: fake.IDBObjectStore, IDBOpenDBRequest: fake.IDBOpenDBRequest, IDBRequest: fake.IDBRequest, IDBTransaction: fake.IDBTransaction };
      for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
    },
    localStorage: () => {
      try {
        return window.localStorage;
      } catch {
        return null;
      }
    },
    channel: () => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(STUDY_CHANNEL)),
    persist: async () => {
      if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
    },
    now: () => new Date(),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
  return browserStore;
}
