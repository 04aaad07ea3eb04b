import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attempt, Progress } from '@/lib/browser-schema';
import { BACKUP_PREFIX, PROGRESS_KEY, emptyProgress, legacyAttemptId, mergeProgress, readProgress } from '@/lib/progress';
import { exportProgress, importProgress } from '@/lib/progress-file';
import { FakeStorage, installWindow, openTab } from './fake-browser';

afterEach(() => {
  vi.unstubAllGlobals();
});

const attemptV1 = (questionId: string, at: string, correct = true) => ({ questionId, fingerprint: 'f1', chosen: ['A'], correct, at, mode: 'note' as const });
const attempt = (id: string, questionId = 'q1', at = '2026-03-01T10:00:00.000Z', correct = true): Attempt => ({ id, ...attemptV1(questionId, at, correct) });
const progressWith = (...attempts: Attempt[]): Progress => ({ ...emptyProgress(), attempts });

const V1 = { version: 1, attempts: [attemptV1('q1', '2026-01-01T00:00:00.000Z'), attemptV1('q2', '2026-01-02T00:00:00.000Z', false)] };

describe('reading saved progress', () => {
  it.each([
    ['nothing saved', null, null, 0],
    ['the current version', JSON.stringify(progressWith(attempt('a1'))), null, 1],
    ['version 1, migrated', JSON.stringify(V1), null, 2],
    ['broken JSON', '{"version": 2, "attempts": [', 'corrupt', 0],
    ['not an object', '"hello"', 'corrupt', 0],
    ['no version', JSON.stringify({ attempts: [] }), 'corrupt', 0],
    ['a version that is a string', JSON.stringify({ version: '2', attempts: [] }), 'corrupt', 0],
    ['version 0', JSON.stringify({ version: 0, attempts: [] }), 'corrupt', 0],
    ['an unknown future version', JSON.stringify({ version: 3, attempts: [], somethingNew: true }), 'future-version', 0],
    ['a bad attempt in version 1', JSON.stringify({ version: 1, attempts: [{ questionId: 3 }] }), 'corrupt', 0],
    ['a bad attempt in version 2', JSON.stringify({ ...emptyProgress(), attempts: [{ id: 'x', questionId: 'q' }] }), 'corrupt', 0],
    ['a bad date', JSON.stringify(progressWith({ ...attempt('a1'), at: 'yesterday' })), 'corrupt', 0],
    ['a bad rating', JSON.stringify({ ...emptyProgress(), ratings: [{ attemptId: 'a1', rating: 'meh', at: '2026-03-01T10:00:00.000Z' }] }), 'corrupt', 0],
  ])('%s', (_case, raw, problem, attempts) => {
    const read = readProgress(raw);
    expect(read.problem).toBe(problem);
    expect(read.progress.version).toBe(2);
    expect(read.progress.attempts).toHaveLength(attempts);
  });

  it('migrates version 1 keeping every attempt, with ids stable across migrations', () => {
    const first = readProgress(JSON.stringify(V1));
    const second = readProgress(JSON.stringify(V1));
    expect(first.migratedFrom).toBe(1);
    expect(first.progress.attempts.map((each) => each.id)).toEqual([legacyAttemptId(V1.attempts[0]!, 0), legacyAttemptId(V1.attempts[1]!, 1)]);
    expect(second.progress).toEqual(first.progress);
    expect(first.progress.attempts.map(({ questionId, correct, at, fingerprint }) => ({ questionId, correct, at, fingerprint }))).toEqual(
      V1.attempts.map(({ questionId, correct, at, fingerprint }) => ({ questionId, correct, at, fingerprint })),
    );
  });
});

describe('merging', () => {
  const a = progressWith(attempt('a1', 'q1', '2026-03-01T10:00:00.000Z'), attempt('a2', 'q2', '2026-03-02T10:00:00.000Z'));
  const b = progressWith(attempt('a2', 'q2', '2026-03-02T10:00:00.000Z'), attempt('b1', 'q3', '2026-03-01T12:00:00.000Z'));

  it('is a union in time order: nothing lost, nothing doubled', () => {
    expect(mergeProgress(a, b).attempts.map((each) => each.id)).toEqual(['a1', 'b1', 'a2']);
  });
  it('gives the same record whichever side merges', () => {
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
  });
  it('changes nothing when merged with itself', () => {
    expect(mergeProgress(a, a)).toEqual(a);
  });
});

describe('import', () => {
  const current = progressWith(attempt('mine', 'q1', '2026-03-05T10:00:00.000Z', false));
  const now = new Date('2026-03-06T00:00:00.000Z');

  it.each([
    ['not JSON', 'this is not json', 'not-json'],
    ['JSON that is not an export', JSON.stringify({ hello: 'world' }), 'not-progress-file'],
    ['an export from another app', JSON.stringify({ app: 'anki', exportedAt: now.toISOString(), progress: emptyProgress() }), 'not-progress-file'],
    ['an export from a newer version', JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress: { version: 9 } }), 'future-version'],
    ['an export with a broken attempt', JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress: { ...emptyProgress(), attempts: [{ id: 1 }] } }), 'corrupt'],
  ])('refuses %s and changes nothing', (_case, text, message) => {
    expect(importProgress(current, text)).toEqual({ ok: false, message });
  });

  it('merges an export, keeping what is already there, and counts what it added', () => {
    const other = progressWith(attempt('mine', 'q1', '2026-03-05T10:00:00.000Z', false), attempt('theirs', 'q2', '2026-03-04T10:00:00.000Z'));
    const result = importProgress(current, exportProgress(other, now));
    expect(result.ok && result.added).toEqual({ attempts: 1, ratings: 0, sessions: 0 });
    expect(result.ok && result.progress.attempts.map((each) => each.id)).toEqual(['theirs', 'mine']);
  });

  it('migrates an old export on the way in', () => {
    const result = importProgress(emptyProgress(), JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress: V1 }));
    expect(result.ok && result.progress.attempts).toHaveLength(2);
  });
});

describe('the store in the browser', () => {
  it('starts empty and saves an attempt under the versioned key', async () => {
    const storage = new FakeStorage();
    installWindow(storage);
    const store = await openTab();
    store.recordAttempt(attempt('a1'));
    expect(readProgress(storage.getItem(PROGRESS_KEY)).progress.attempts.map((each) => each.id)).toEqual(['a1']);
    expect(store.getSnapshot().notice).toBe('none');
  });

  it.each([
    ['corrupt JSON', '{oops', 'reset'],
    ['an unknown future version', JSON.stringify({ version: 7, attempts: [] }), 'future-version'],
  ])('keeps %s aside under a backup key and tells the student', async (_case, raw, notice) => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, raw);
    installWindow(storage);
    const store = await openTab();
    expect(store.getSnapshot().notice).toBe(notice);
    const backups = storage.keys(BACKUP_PREFIX);
    expect(backups).toHaveLength(1);
    expect(storage.getItem(backups[0]!)).toBe(raw);
    expect(readProgress(storage.getItem(PROGRESS_KEY)).problem).toBeNull();
  });

  it('migrates version 1 in place and keeps the original aside', async () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(V1));
    installWindow(storage);
    const store = await openTab();
    expect(store.getSnapshot().progress.attempts).toHaveLength(2);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}')).toMatchObject({ version: 2 });
    expect(storage.keys(BACKUP_PREFIX).map((key) => storage.getItem(key))).toEqual([JSON.stringify(V1)]);
  });

  it('keeps working in memory when storage is full, and says so', async () => {
    const storage = new FakeStorage();
    installWindow(storage);
    const store = await openTab();
    storage.full = true;
    store.recordAttempt(attempt('a1'));
    store.recordAttempt(attempt('a2', 'q2'));
    expect(store.getSnapshot().notice).toBe('memory-only');
    expect(store.getSnapshot().progress.attempts.map((each) => each.id)).toEqual(['a1', 'a2']);

    // Space again: the next save writes everything held in memory.
    storage.full = false;
    store.recordAttempt(attempt('a3', 'q3', '2026-03-01T11:00:00.000Z'));
    expect(store.getSnapshot().notice).toBe('none');
    expect(readProgress(storage.getItem(PROGRESS_KEY)).progress.attempts).toHaveLength(3);
  });

  it('keeps working in memory when there is no storage at all (private mode)', async () => {
    installWindow(null);
    const store = await openTab();
    store.recordAttempt(attempt('a1'));
    expect(store.getSnapshot()).toMatchObject({ notice: 'memory-only', progress: { attempts: [{ id: 'a1' }] } });
  });

  it('loses no attempt when another tab writes without it', async () => {
    const storage = new FakeStorage();
    const browser = installWindow(storage);
    const tabA = await openTab();
    const unsubscribe = tabA.subscribe(() => undefined);
    tabA.recordAttempt(attempt('from-a', 'q1'));

    // Tab B saved from a stale copy that never saw tab A's attempt.
    const fromB = JSON.stringify(progressWith(attempt('from-b', 'q2', '2026-03-01T10:00:01.000Z')));
    storage.setItem(PROGRESS_KEY, fromB);
    for (const listener of browser.listeners) listener({ key: PROGRESS_KEY, newValue: fromB });

    const saved = readProgress(storage.getItem(PROGRESS_KEY)).progress.attempts.map((each) => each.id);
    expect(saved.sort()).toEqual(['from-a', 'from-b']);
    expect(tabA.getSnapshot().progress.attempts).toHaveLength(2);
    unsubscribe();
  });

  it('imports a file by merging, and exports what it holds', async () => {
    const storage = new FakeStorage();
    installWindow(storage);
    const store = await openTab();
    store.recordAttempt(attempt('here'));
    const result = store.importFile(exportProgress(progressWith(attempt('there', 'q2')), new Date('2026-03-02T00:00:00.000Z')));
    expect(result.ok).toBe(true);
    expect(importProgress(emptyProgress(), store.exportFile())).toMatchObject({ ok: true, added: { attempts: 2 } });
    expect(store.importFile('{ not json')).toEqual({ ok: false, message: 'not-json' });
    expect(readProgress(storage.getItem(PROGRESS_KEY)).progress.attempts).toHaveLength(2);
  });
});
