import { DB_NAME, LEGACY_EXAM_KEY, LEGACY_PROGRESS_KEY, STUDY_CHANNEL } from '@/lib/study/storage-names';

/*
 * Whether this browser has ever saved study progress for the site, asked without the
 * store's code: a reading page on a first visit then loads neither the store nor its
 * schemas, and reads as "nothing answered yet", which is what the store would say.
 */

/** True only when sure: no study database and no progress of the first releases. Any doubt loads the store. */
export async function nothingSavedHere(): Promise<boolean> {
  try {
    if (localStorage.getItem(LEGACY_PROGRESS_KEY) !== null || localStorage.getItem(LEGACY_EXAM_KEY) !== null) return false;
    if (typeof indexedDB.databases !== 'function') return false;
    const databases = await indexedDB.databases();
    return !databases.some((database) => database.name === DB_NAME);
  } catch {
    // No storage (some private modes): the store runs in memory and says so.
    return false;
  }
}

/** Calls `then` once another tab of the site first writes to the record. */
export function onFirstWrite(then: () => void): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(STUDY_CHANNEL);
  channel.onmessage = () => {
    channel.close();
    then();
  };
}
