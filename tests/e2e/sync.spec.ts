import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { readBuiltBank } from '../../scripts/read-built-bank';
import { syntheticProgressFile } from '../../scripts/synthetic-progress';
import { startCouch, studentDatabase, type TestCouch } from '../support/couch-server';
import { startSameOrigin } from '../support/same-origin';
import { answerOnNote, chooseOnNote, FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot, seriousViolations } from './helpers';
import { studyCount, studyDump, type StudyDump } from './study-db';
import { expect, SITE_ORIGIN, test, type Student } from './sync-fixtures';

/*
 * Device sync, as a student lives it: two or three browser contexts are a phone, a laptop
 * and a new tablet, each with its own IndexedDB and cookies, signed in to one student's
 * database on a CouchDB-protocol server (pouchdb-server) the suite starts.
 */

const OUT = process.env.E2E_OUT ?? 'out';
const inner = { useInnerText: true };
const GLUE_Q = 'etl-glue-minimal-operations--q1';

async function signIn(page: Page, server: string, student: Student, { database, at = '/stats/' }: { database?: string; at?: string } = {}): Promise<void> {
  await page.goto(at);
  const panel = page.getByTestId('sync-panel');
  await panel.getByTestId('sync-server').fill(server);
  await panel.getByTestId('sync-name').fill(student.name);
  await panel.getByTestId('sync-password').fill(student.password);
  if (database) {
    await panel.getByText('고급').click();
    await panel.getByTestId('sync-database').fill(database);
  }
  await panel.getByTestId('sync-sign-in').click();
}

async function signedIn(page: Page, server: string, student: Student): Promise<void> {
  await signIn(page, server, student);
  await expect(page.getByTestId('sync-state')).toHaveAttribute('data-phase', 'synced');
}

async function openDevice(context: BrowserContext): Promise<Page> {
  return context.newPage();
}

/** Every record id a device holds, as the server names its documents. */
function docIdsOf(dump: StudyDump): string[] {
  return [
    ...dump.attempts.map((record) => `attempt:${record.id}`),
    ...dump.ratings.map((record) => `rating:${record.id}`),
    ...dump.sessions.map((record) => `session:${record.id}`),
    ...dump.marks.map((record) => `mark:${record.id}`),
  ].sort();
}

/** The student's documents on the server, sorted as `docIdsOf` sorts (CouchDB lists them in its own collation). */
async function serverIds(couch: TestCouch, student: Student): Promise<string[]> {
  return (await couch.docIds(student.name)).sort();
}

/** Attempts and ratings a device holds, counted without reading them out (a dump of tens of thousands every poll would slow the pull it waits for). */
async function recordCount(page: Page): Promise<number> {
  return (await studyCount(page, 'attempts')) + (await studyCount(page, 'ratings'));
}

/** Waits until a device holds `total` records; when it does not, the failure says where its sync stood. */
async function holdsAll(page: Page, total: number, timeout: number): Promise<void> {
  try {
    await expect.poll(() => recordCount(page), { timeout, intervals: [2_000] }).toBe(total);
  } catch (error) {
    const status = page.getByTestId('sync-status');
    const where = await Promise.all(['data-phase', 'data-waiting', 'data-error'].map(async (name) => `${name}=${await status.getAttribute(name, { timeout: 1_000 }).catch(() => '?')}`));
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nthe device's sync then: ${where.join(' ')}`);
  }
}

function progressFile(answers: number): { file: string; attempts: number; ratings: number; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sync-progress-'));
  const made = syntheticProgressFile(readBuiltBank(OUT), answers, new Date());
  const file = path.join(dir, 'progress.json');
  writeFileSync(file, made.text);
  return { file, attempts: made.attempts, ratings: made.ratings, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

async function importProgress(page: Page, file: string): Promise<void> {
  await page.goto('/stats/');
  await page.getByTestId('stats-import').setInputFiles(file);
  await expect(page.getByTestId('stats-import-result')).toHaveAttribute('data-ok', 'true', { timeout: 240_000 });
}

test.describe('device sync', () => {
  // Two or three browsers, a server and its students per test, on two cores.
  test.describe.configure({ timeout: 120_000 });

  test('an answer on one device shows on the other within seconds: its badge, /review/ and /stats/', async ({ couch, student, devices }) => {
    const [laptop, phone] = await devices(2);
    const a = await openDevice(laptop!);
    const b = await openDevice(phone!);
    await signedIn(a, couch.url, student);
    await signedIn(b, couch.url, student);
    await b.goto('/review/');
    await expect(b.getByTestId('review-due-count')).toHaveAttribute('data-count', '0');
    await expect(b.getByTestId('sync-status')).toHaveAttribute('data-phase', 'synced');
    await expect(b.getByTestId('sync-status')).toContainText('동기화됨 · 방금', inner);

    await answerOnNote(a, GLUE_NOTE, ['B']);
    // The live feed brings it to the open page: no reload, no click.
    await expect(b.getByTestId('review-due-count')).toHaveAttribute('data-today', '1', { timeout: 10_000 });
    await expect(b.getByTestId('nav-due-count')).toHaveAttribute('data-today', '1');
    expect((await studyDump(b)).attempts.map((attempt) => attempt.questionId)).toEqual([GLUE_Q]);
    await b.goto(GLUE_NOTE);
    await expect(b.getByTestId('last-result').first()).toHaveAttribute('data-result', 'wrong');
    await b.goto('/stats/');
    await expect(b.getByTestId('stats-answered')).toHaveAttribute('data-answered', '1');
    expect(await serverIds(couch, student)).toEqual(docIdsOf(await studyDump(a)));
    await saveScreenshot(b, 'sync-stats-signed-in');
    expect(await seriousViolations(b)).toEqual([]);
  });

  test('one device answers offline, the other online; back online, both hold the union and the server each record once', async ({ couch, student, devices }) => {
    // The laptop answers offline as a student's would: its service worker keeps the answer keys.
    const [laptop] = await devices(1, { serviceWorkers: 'allow' });
    const [phone] = await devices(1);
    const a = await openDevice(laptop!);
    const b = await openDevice(phone!);
    await a.goto('/');
    await a.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await signedIn(a, couch.url, student);
    await signedIn(b, couch.url, student);

    const quiz = await chooseOnNote(a, GLUE_NOTE, ['B']);
    await expect(a.getByTestId('sync-status')).toHaveAttribute('data-phase', 'synced');
    await laptop!.setOffline(true);
    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
    await expect.poll(() => studyCount(a, 'attempts')).toBe(1);
    const status = a.getByTestId('sync-status');
    await expect(status).toHaveAttribute('data-phase', 'offline');
    await expect(status).toContainText('오프라인: 1개 대기', inner);
    // One badge says it: the plain offline badge gives way to the sync's.
    await expect(a.getByTestId('offline-badge')).toBeHidden();

    await answerOnNote(b, FIREHOSE_NOTE, ['A', 'C']);
    await b.getByTestId('rate-good').click();
    await expect.poll(() => couch.docCount(student.name)).toBe(2);

    await laptop!.setOffline(false);
    await expect(status).toHaveAttribute('data-phase', 'synced');
    await expect.poll(async () => docIdsOf(await studyDump(a)).length).toBe(3);
    await expect.poll(async () => docIdsOf(await studyDump(b)).length, { timeout: 10_000 }).toBe(3);
    const union = docIdsOf(await studyDump(a));
    expect(docIdsOf(await studyDump(b))).toEqual(union);
    expect(await serverIds(couch, student)).toEqual(union);
  });

  test('a wrong password, and another student’s database, are refused with a clear message', async ({ couch, student, devices }) => {
    const [device] = await devices(1);
    const page = await openDevice(device!);
    await signIn(page, couch.url, { name: student.name, password: 'not-the-password' });
    const message = page.getByTestId('sync-message');
    await expect(message).toHaveAttribute('data-problem', 'wrong-password');
    await expect(message).toContainText('사용자 이름이나 비밀번호가 맞지 않습니다', inner);
    await expect(page.getByTestId('sync-status')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('aws-notes/sync/account'))).toBeNull();

    const other: Student = { name: `other-${student.name}`, password: 'other-password' };
    await couch.addStudent(other.name, other.password);
    await signIn(page, couch.url, student, { database: studentDatabase(other.name) });
    const ended = page.getByTestId('sync-ended');
    await expect(ended).toHaveAttribute('data-error', 'forbidden');
    await expect(ended).toContainText('이 데이터베이스에 접근할 권한이 없습니다', inner);
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-phase', 'error');
    await expect(page.getByTestId('sync-status')).toContainText('동기화: 다시 로그인', inner);
    expect(await couch.docCount(other.name)).toBe(0);
    await saveScreenshot(page, 'sync-refused');
  });

  test('signing out keeps this device’s record; the form asks again', async ({ couch, student, devices }) => {
    const [device] = await devices(1);
    const page = await openDevice(device!);
    await signedIn(page, couch.url, student);
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await expect.poll(() => couch.docCount(student.name)).toBe(1);
    await page.goto('/stats/');
    await page.getByTestId('sync-sign-out').click();
    await expect(page.getByTestId('sync-message')).toContainText('이 기기의 기록은 그대로 있습니다', inner);
    await expect(page.getByTestId('sync-form')).toBeVisible();
    await expect(page.getByTestId('sync-status')).toHaveCount(0);
    expect(await studyCount(page, 'attempts')).toBe(1);
    // The server's session has ended too: its cookie no longer names the student.
    const who: unknown = await page.evaluate(async (url) => (await fetch(`${url}_session`, { credentials: 'include' })).json(), couch.url);
    expect(who).toMatchObject({ userCtx: { name: null } });
  });

  test('the recommended setup, site and CouchDB on one origin, syncs; a server on another site whose cookie is blocked is told', async ({ couch, student, devices }) => {
    const proxy = await startSameOrigin({ site: OUT, couch: couch.url });
    try {
      const [device, other] = await devices(2);
      const page = await openDevice(device!);
      await signIn(page, `${proxy.url}/couch/`, student, { at: `${proxy.url}/stats/` });
      await expect(page.getByTestId('sync-state')).toHaveAttribute('data-phase', 'synced');
      await answerOnNote(page, `${proxy.url}${GLUE_NOTE}`, ['B']);
      await expect.poll(() => couch.docCount(student.name)).toBe(1);

      // 127.0.0.1 is another site than localhost: the browser keeps its cookie from the requests.
      const crossSite = await openDevice(other!);
      await signIn(crossSite, `http://127.0.0.1:${couch.port}/`, student);
      const message = crossSite.getByTestId('sync-message');
      await expect(message).toHaveAttribute('data-problem', 'cookie-blocked');
      await expect(message).toContainText('로그인 쿠키를 막았습니다', inner);
    } finally {
      await proxy.stop();
    }
  });
});

test.describe('device sync at scale', { tag: '@scale' }, () => {
  // 40,000 answers pushed from one device, pulled by two: minutes on two cores.
  test.setTimeout(900_000);

  test('40,000 imported answers reach the other device, and a fresh device pulls them all', async ({ couch, student, devices }) => {
    const progress = progressFile(40_000);
    try {
      const [laptop, phone, tablet] = await devices(3);
      const a = await openDevice(laptop!);
      const b = await openDevice(phone!);
      await signedIn(a, couch.url, student);
      await signedIn(b, couch.url, student);
      const total = progress.attempts + progress.ratings;

      await importProgress(a, progress.file);
      const pushStart = Date.now();
      await expect.poll(() => couch.docCount(student.name), { timeout: 600_000, intervals: [2_000] }).toBe(total);
      const pushed = Date.now() - pushStart;
      await expect(a.getByTestId('sync-state')).toHaveAttribute('data-waiting', '0', { timeout: 60_000 });
      await holdsAll(b, total, 600_000);
      const reachedB = Date.now() - pushStart;

      const c = await openDevice(tablet!);
      const pullStart = Date.now();
      await signIn(c, couch.url, student);
      await holdsAll(c, total, 600_000);
      const pulled = Date.now() - pullStart;
      expect(await studyCount(c, 'attempts')).toBe(progress.attempts);
      expect(await studyCount(b, 'attempts')).toBe(progress.attempts);
      // Pulled, the summaries follow: the fresh device counts every answer on /stats/.
      await c.goto('/stats/');
      await expect(c.getByTestId('stats-accuracy')).toHaveAttribute('data-attempts', String(progress.attempts), { timeout: 60_000 });
      console.log(`sync of ${progress.attempts.toLocaleString('en-US')} answers and ${progress.ratings.toLocaleString('en-US')} ratings: pushed in ${(pushed / 1000).toFixed(1)} s, on the open device in ${(reachedB / 1000).toFixed(1)} s, pulled by a fresh device in ${(pulled / 1000).toFixed(1)} s`);
    } finally {
      progress.cleanup();
    }
  });

  test('the server stopped mid-push and started again: nothing lost, nothing doubled', async ({ student, devices }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'couch-disk-'));
    // Enough batches (500 documents each) that the push is still going when the server stops.
    const progress = progressFile(15_000);
    let server: TestCouch = await startCouch({ corsOrigins: [SITE_ORIGIN], host: 'localhost', dir });
    try {
      await server.addStudent(student.name, student.password);
      const total = progress.attempts + progress.ratings;
      const [laptop, phone] = await devices(2);
      const a = await openDevice(laptop!);
      await signedIn(a, server.url, student);
      await importProgress(a, progress.file);
      await expect.poll(() => server.docCount(student.name), { timeout: 120_000, intervals: [50] }).toBeGreaterThan(0);
      await server.stop();
      const state = a.getByTestId('sync-state');
      await expect(state).toHaveAttribute('data-phase', 'error', { timeout: 60_000 });
      await expect(a.getByTestId('sync-error')).toHaveAttribute('data-error', 'unreachable');
      // What did not reach the server waits, counted on the device.
      await expect.poll(async () => Number(await state.getAttribute('data-waiting'))).toBeGreaterThan(0);

      server = await startCouch({ corsOrigins: [SITE_ORIGIN], host: 'localhost', dir, port: server.port });
      // What the server kept from before it stopped: some of the push, not all of it.
      const kept = await server.docCount(student.name);
      expect(kept).toBeGreaterThan(0);
      expect(kept).toBeLessThan(total);
      await a.getByTestId('sync-now').click();
      await expect(state).toHaveAttribute('data-waiting', '0', { timeout: 120_000 });
      expect(await server.docCount(student.name)).toBe(total);
      const held = docIdsOf(await studyDump(a));
      expect(held).toHaveLength(total);
      expect(await serverIds(server, student)).toEqual(held);

      const b = await openDevice(phone!);
      await signIn(b, server.url, student);
      await holdsAll(b, total, 600_000);
      expect(docIdsOf(await studyDump(b))).toEqual(held);
    } finally {
      await server.stop();
      progress.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
