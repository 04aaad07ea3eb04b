import { BACKUP_PREFIX, PROGRESS_KEY, addAttempt, emptyProgress, readProgress, type Attempt, type Progress } from '@/lib/progress';

/*
 * The browser side of saved progress: one store shared by every island on the page,
 * kept in localStorage, updated across tabs, and never losing what it cannot read.
 */

export type ProgressState = { progress: Progress; notice: 'none' | 'reset' | 'memory-only' };

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

function load(): ProgressState {
  const store = storage();
  if (!store) return { progress: emptyProgress(), notice: 'memory-only' };
  const raw = store.getItem(PROGRESS_KEY);
  const read = readProgress(raw);
  if (read.corrupt && raw !== null) {
    // Kept aside, never thrown away: the student (or a later version) can recover it.
    store.setItem(`${BACKUP_PREFIX}${new Date().toISOString()}`, raw);
    store.removeItem(PROGRESS_KEY);
    return { progress: read.progress, notice: 'reset' };
  }
  return { progress: read.progress, notice: 'none' };
}

function emit(): void {
  for (const listener of listeners) listener();
}

/** Another tab saved: re-read once for every island on this page. */
function onStorage(event: StorageEvent): void {
  if (event.key !== PROGRESS_KEY) return;
  state = load();
  emit();
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
  state ??= load();
  return state;
}

export function getServerSnapshot(): ProgressState {
  return SERVER_STATE;
}

export function recordAttempt(attempt: Attempt): void {
  const store = storage();
  // Re-read first: another tab may have saved since this one last looked.
  const latest = store ? load() : getSnapshot();
  const next = addAttempt(latest.progress, attempt);
  let notice = latest.notice === 'none' ? getSnapshot().notice : latest.notice;
  try {
    store?.setItem(PROGRESS_KEY, JSON.stringify(next));
  } catch {
    notice = 'memory-only';
  }
  state = { progress: next, notice: store ? notice : 'memory-only' };
  emit();
}
