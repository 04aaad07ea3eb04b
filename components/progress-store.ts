import type { Attempt, RatingEntry, Session } from '@/lib/browser-schema';
import {
  BACKUP_PREFIX,
  PROGRESS_KEY,
  addAttempt,
  addRating,
  addSession,
  emptyProgress,
  hasMoreThan,
  mergeProgress,
  readProgress,
  type Progress,
} from '@/lib/progress';

/*
 * The browser side of saved progress: one store shared by every island on the page, kept
 * in localStorage, merged across tabs, and never losing what it cannot read.
 *
 * Two tabs: every write re-reads and merges first, and a tab that hears another tab's
 * write merges it with what it holds and writes back anything the other tab lacked. The
 * record is a set union, so the tabs converge and no attempt is lost.
 */

export type ProgressNotice = 'none' | 'reset' | 'future-version' | 'memory-only';
export type ProgressState = { progress: Progress; notice: ProgressNotice };

const SERVER_STATE: ProgressState = { progress: emptyProgress(), notice: 'none' };
let state: ProgressState | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    const probe = '__aws-notes-probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Kept aside, never thrown away: the student (or a later version) can recover it. */
function keepAside(store: Storage, raw: string): void {
  try {
    store.setItem(`${BACKUP_PREFIX}${new Date().toISOString()}`, raw);
  } catch {
    // Storage full: the raw value stays under PROGRESS_KEY, untouched, since nothing is written over it.
  }
}

/** `rewrite`: what is saved was kept aside or migrated, so the current version replaces it. */
type Loaded = { progress: Progress; notice: ProgressNotice; rewrite: boolean };

function load(store: Storage): Loaded {
  const raw = store.getItem(PROGRESS_KEY);
  const read = readProgress(raw);
  if (read.problem && raw !== null) {
    keepAside(store, raw);
    return { progress: read.progress, notice: read.problem === 'future-version' ? 'future-version' : 'reset', rewrite: true };
  }
  if (read.migratedFrom !== null && raw !== null) keepAside(store, raw);
  return { progress: read.progress, notice: 'none', rewrite: read.migratedFrom !== null };
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** Writes `progress`; when storage refuses (full, private mode) the app goes on in memory. */
function save(store: Storage | null, progress: Progress, notice: ProgressNotice): void {
  let next = notice;
  try {
    if (!store) throw new Error('no storage');
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    next = 'memory-only';
  }
  state = { progress, notice: next };
  emit();
}

function initial(): ProgressState {
  const store = storage();
  if (!store) return { progress: emptyProgress(), notice: 'memory-only' };
  const loaded = load(store);
  const result: ProgressState = { progress: loaded.progress, notice: loaded.notice };
  if (loaded.rewrite) {
    try {
      store.setItem(PROGRESS_KEY, JSON.stringify(loaded.progress));
    } catch {
      return { ...result, notice: 'memory-only' };
    }
  }
  return result;
}

/** Another tab saved: take its record, and give back whatever this tab has that it lacks. */
function onStorage(event: StorageEvent): void {
  if (event.key !== PROGRESS_KEY) return;
  const theirs = readProgress(event.newValue);
  if (theirs.problem) return;
  const mine = getSnapshot();
  const merged = mergeProgress(theirs.progress, mine.progress);
  if (hasMoreThan(mine.progress, theirs.progress)) save(storage(), merged, mine.notice);
  else {
    state = { progress: merged, notice: mine.notice };
    emit();
  }
}

export function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

export function getSnapshot(): ProgressState {
  state ??= initial();
  return state;
}

export function getServerSnapshot(): ProgressState {
  return SERVER_STATE;
}

/** Re-read first (another tab may have saved since), merge with memory, change, write. */
export function updateProgress(change: (progress: Progress) => Progress): Progress {
  const store = storage();
  const mine = getSnapshot();
  const latest = store ? readProgress(store.getItem(PROGRESS_KEY)) : null;
  const base = latest && !latest.problem ? mergeProgress(latest.progress, mine.progress) : mine.progress;
  const next = change(base);
  save(store, next, mine.notice === 'memory-only' && store ? 'none' : mine.notice);
  return next;
}

export const recordAttempt = (attempt: Attempt): void => void updateProgress((progress) => addAttempt(progress, attempt));
export const recordRating = (entry: RatingEntry): void => void updateProgress((progress) => addRating(progress, entry));
export const recordSession = (session: Session): void => void updateProgress((progress) => addSession(progress, session));
