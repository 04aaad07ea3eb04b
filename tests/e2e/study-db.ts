import type { Page } from '@playwright/test';

/*
 * The study log as the app saved it in IndexedDB, read with the browser's own API (not the
 * app's code), so a test sees exactly what a reload would.
 */

export type SavedAttempt = { id: string; questionId: string; correct: boolean; revealed: boolean; mode: string; chosen: string[]; at: string };
export type SavedRating = { id: string; attemptId: string; questionId: string; rating: string; at: string };
export type SavedSession = { id: string; mode: string; questionIds: string[]; correct: number; total: number; exam?: Record<string, unknown> };
export type SavedMark = { id: string; questionId: string; kind: string; text?: string; at: string };
export type StudyDump = {
  attempts: SavedAttempt[];
  ratings: SavedRating[];
  sessions: SavedSession[];
  open: Record<string, unknown>[];
  summaries: { questionId: string; latest: { correct: boolean; revealed: boolean }; due: string }[];
  aside: unknown[];
  marks: SavedMark[];
};

/** Every store of the study database; empty lists when the app has not created it yet. */
export async function studyDump(page: Page): Promise<StudyDump> {
  return page.evaluate(async () => {
    const exists = (await indexedDB.databases()).some((db) => db.name === 'aws-notes');
    const db = exists
      ? await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('aws-notes');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        })
      : null;
    const all = <T,>(name: string) =>
      new Promise<T[]>((resolve, reject) => {
        if (!db || !db.objectStoreNames.contains(name)) return resolve([]);
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const dump: StudyDump = {
      attempts: await all('attempts'),
      ratings: await all('ratings'),
      sessions: await all('sessions'),
      open: await all('open'),
      summaries: await all('summaries'),
      aside: await all('aside'),
      marks: await all('marks'),
    };
    db?.close();
    return dump;
  });
}

/** Seeds progress the way the first releases saved it (localStorage), before any page script runs: the app moves it into IndexedDB on load. */
export async function seedLegacyProgress(page: Page, progress: unknown): Promise<void> {
  await page.addInitScript((value) => {
    // Only once per browser context: a reload must not seed it again after the move.
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('aws-notes/progress/v1', value);
  }, JSON.stringify(progress));
}

/** How many records one store holds, without copying them out (a 40,000-answer log is megabytes). */
export async function studyCount(page: Page, store: keyof StudyDump): Promise<number> {
  return page.evaluate(async (name) => {
    if (!(await indexedDB.databases()).some((db) => db.name === 'aws-notes')) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('aws-notes');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      if (!db.objectStoreNames.contains(name)) return resolve(0);
      const request = db.transaction(name).objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count;
  }, store);
}
