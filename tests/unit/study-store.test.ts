import { describe, expect, it, vi } from 'vitest';
import { BACKUP_PREFIX, LEGACY_PROGRESS_KEY, type ImportStep, type StudyStore } from '@/components/study/progress-store';
import type { Attempt, RatingEntry } from '@/lib/study/log';
import { startSession } from '@/lib/study/session';
import {
  V1,
  V2,
  V3,
  attempt,
  browsersPerTest,
  dumpDb,
  exportedLog,
  fileText,
  finished,
  idsOf,
  minutes,
  newTab,
  openTab,
  putRaw,
  rated,
  summariesOf,
  type Browser,
} from './study-fixtures';

/*
 * The study store on an in-memory IndexedDB (fake-indexeddb), one fresh database per
 * test. What the store holds is read back raw (dumpDb) or through a new tab on the same
 * database, as a reload would.
 */

let browser: Browser;
const newTestBrowser = browsersPerTest();
function fresh(): Browser {
  browser = newTestBrowser();
  return browser;
}

const sum = (days: ReadonlyMap<string, number>) => [...days.values()].reduce((total, count) => total + count, 0);
const noSteps = () => undefined;

/** The store's view equals the summaries of the whole log, and so does what it saved. */
async function expectSummaries(store: StudyStore, factory: IDBFactory, attempts: readonly Attempt[], ratings: readonly RatingEntry[] = []) {
  const expected = summariesOf(attempts, ratings);
  expect(store.getSnapshot().summaries).toEqual(expected);
  expect((await dumpDb(factory)).summaries).toEqual(expected);
}

/** Makes IDBObjectStore.add throw a QuotaExceededError for `times` adds to the stores named, after letting `allowed` through. */
function refuseAdds(times: number, stores: readonly string[] = ['attempts', 'ratings', 'sessions'], allowed = 0) {
  const original = IDBObjectStore.prototype.add;
  let left = times;
  let passed = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (stores.includes(this.name) && (passed += 1) > allowed && left > 0) {
      left -= 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.call(this, value, key);
  });
}

describe('answers and ratings', () => {
  it('an answer updates its question’s summary at once, and a reload reads it back', async () => {
    fresh();
    const tab = await openTab(browser);
    expect(tab.getSnapshot()).toMatchObject({ status: 'ready', notice: 'none' });
    expect(tab.getSnapshot().summaries.size).toBe(0);
    expect(browser.persistAsked).toBe(0);

    const first = attempt('a1', { correct: false, at: minutes(0) });
    const second = attempt('a2', { at: minutes(5) });
    const rating = rated(second, 'good', minutes(6));
    expect(await tab.recordAttempt(first)).toEqual({ attempts: 1, ratings: 0, sessions: 0, marks: 0 });
    await tab.recordAttempt(second);
    expect(await tab.recordRating(rating)).toEqual({ attempts: 0, ratings: 1, sessions: 0, marks: 0 });

    await expectSummaries(tab, browser.factory, [first, second], [rating]);
    expect(tab.getSnapshot().summaries.get('q1')).toMatchObject({ grade: 'good', latestRating: 'good', attempts: 2 });
    // Asked to keep the data once the student has answered something, and only once.
    expect(browser.persistAsked).toBe(1);

    const reloaded = await openTab(browser);
    expect(reloaded.getSnapshot().summaries).toEqual(summariesOf([first, second], [rating]));
    expect(sum(reloaded.getSnapshot().days)).toBe(2);
    const saved = await dumpDb(browser.factory);
    expect(saved.attempts).toEqual([first, second]);
    expect(saved.ratings).toEqual([rating]);
  });

  it('the same answer or rating saved twice is kept once', async () => {
    fresh();
    const tab = await openTab(browser);
    const one = attempt('a1');
    const rating = rated(one, 'easy', minutes(1));
    await tab.recordAttempt(one);
    expect(await tab.recordAttempt(one)).toEqual({ attempts: 0, ratings: 0, sessions: 0, marks: 0 });
    await tab.recordRating(rating);
    expect(await tab.recordRating(rating)).toEqual({ attempts: 0, ratings: 0, sessions: 0, marks: 0 });
    const saved = await dumpDb(browser.factory);
    expect([saved.attempts.length, saved.ratings.length, sum(saved.days)]).toEqual([1, 1, 1]);
  });

  it('answers saved at once all show (a rating right after its answer, a quick second answer)', async () => {
    fresh();
    const tab = await openTab(browser);
    const answers = Array.from({ length: 6 }, (_, index) => attempt(`a${index}`, { questionId: `q${index}`, at: minutes(index) }));
    await Promise.all(answers.map((each) => tab.recordAttempt(each)));
    expect(tab.getSnapshot().summaries).toEqual(summariesOf(answers));
  });

  it('counts answers per local day', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordAttempt(attempt('a1', { at: new Date(2026, 2, 9, 0, 30).toISOString() }));
    await tab.recordAttempt(attempt('a2', { at: new Date(2026, 2, 9, 23, 30).toISOString() }));
    await tab.recordAttempt(attempt('a3', { at: new Date(2026, 2, 10, 0, 5).toISOString(), questionId: 'q2' }));
    expect(tab.getSnapshot().days).toEqual(
      new Map([
        ['2026-03-09', 2],
        ['2026-03-10', 1],
      ]),
    );
  });

  it('a right answer after the key was shown is kept and shown as such, and never counts as known', async () => {
    fresh();
    const tab = await openTab(browser);
    const miss = attempt('a1', { correct: false, at: minutes(0) });
    const retry = attempt('a2', { at: minutes(1), revealed: true });
    await tab.recordAttempt(miss);
    const before = tab.getSnapshot().summaries.get('q1');
    await tab.recordAttempt(retry);
    const after = tab.getSnapshot().summaries.get('q1');
    expect(after?.latest).toMatchObject({ id: 'a2', correct: true, revealed: true });
    expect([after?.cleanCorrect, after?.due, after?.card]).toEqual([before?.cleanCorrect, before?.due, before?.card]);
    expect((await dumpDb(browser.factory)).attempts).toEqual([miss, retry]);
  });
});

describe('sessions', () => {
  it('a finished session and its answers are saved together, and close the open session of its mode', async () => {
    fresh();
    const tab = await openTab(browser);
    const open = startSession('exam', ['q1', 'q2'], new Date(minutes(0)), 'e1');
    expect(await tab.saveOpenSession(open)).toBe(true);
    const answers = [attempt('x1', { mode: 'exam', at: minutes(20) }), attempt('x2', { questionId: 'q2', mode: 'exam', correct: false, at: minutes(20) })];
    const session = finished('e1', minutes(30), { mode: 'exam', startedAt: minutes(0), questionIds: ['q1', 'q2'], total: 2, scaledScore: 550, passed: false });
    expect(await tab.finishSession(session, answers)).toEqual({ attempts: 2, ratings: 0, sessions: 1, marks: 0 });
    expect(await tab.openSession('exam')).toEqual({ session: null, problem: null });
    expect(await tab.session('e1')).toEqual(session);
    await expectSummaries(tab, browser.factory, answers);
  });

  it('a finished session leaves an open session of another id alone', async () => {
    fresh();
    const tab = await openTab(browser);
    const open = startSession('practice', ['q1'], new Date(minutes(0)), 'p2');
    await tab.saveOpenSession(open);
    await tab.finishSession(finished('p1', minutes(10)));
    expect(await tab.openSession('practice')).toEqual({ session: open, problem: null });
  });

  it('lists finished sessions newest first', async () => {
    fresh();
    const tab = await openTab(browser);
    for (const [id, at] of [
      ['old', minutes(0)],
      ['new', minutes(300)],
      ['mid', minutes(100)],
    ] as const)
      await tab.finishSession(finished(id, at));
    expect((await tab.recentSessions(2)).map((each) => each.id)).toEqual(['new', 'mid']);
    expect((await tab.recentSessions(5)).map((each) => each.id)).toEqual(['new', 'mid', 'old']);
    expect(await tab.recentSessions(0)).toEqual([]);
    expect(await tab.session('nope')).toBeNull();
  });

  it('an open session survives a reload; one that cannot be read is kept aside and reported', async () => {
    fresh();
    const tab = await openTab(browser);
    const open = startSession('review', ['q1', 'q2'], new Date(minutes(0)), 'r1');
    await tab.saveOpenSession({ ...open, current: 1 });
    expect(await (await openTab(browser)).openSession('review')).toEqual({ session: { ...open, current: 1 }, problem: null });

    const broken = { ...open, mode: 'practice', current: 7 };
    await putRaw(browser.factory, 'open', broken);
    const reloaded = await openTab(browser);
    expect(await reloaded.openSession('practice')).toEqual({ session: null, problem: 'corrupt' });
    const saved = await dumpDb(browser.factory);
    expect(saved.aside).toEqual([expect.objectContaining({ value: broken })]);
    expect(saved.open).toEqual([{ ...open, current: 1 }]);
    await reloaded.clearOpenSession('review');
    expect(await reloaded.openSession('review')).toEqual({ session: null, problem: null });
  });

  it('a session graded before a reload: each attempt shown comes back from the log with its latest rating', async () => {
    fresh();
    const tab = await openTab(browser);
    const right = attempt('p1-q1', { at: minutes(1) });
    const wrong = attempt('p1-q2', { questionId: 'q2', correct: false, chosen: ['B'], at: minutes(2) });
    await tab.recordAttempt(right);
    await tab.recordAttempt(wrong);
    await tab.recordRating(rated(right, 'hard', minutes(3)));
    await tab.recordRating(rated(right, 'easy', minutes(4)));
    const open = { ...startSession('practice', ['q1', 'q2'], new Date(minutes(0)), 'p1'), current: 1, results: { q1: true, q2: false }, graded: { q1: 'p1-q1', q2: 'p1-q2' } };
    await tab.saveOpenSession(open);

    const reloaded = await openTab(browser);
    expect(await reloaded.openSession('practice')).toEqual({ session: open, problem: null });
    expect(await reloaded.ratedAttempt('p1-q1')).toEqual({ attempt: right, rating: 'easy' });
    expect(await reloaded.ratedAttempt('p1-q2')).toEqual({ attempt: wrong, rating: null });
    expect(await reloaded.ratedAttempt('never-saved')).toBeNull();
  });

  it('an open session whose graded attempts cannot be read is kept aside whole, not thrown away', async () => {
    fresh();
    await openTab(browser);
    const broken = { ...startSession('practice', ['q1'], new Date(minutes(0)), 'p3'), results: { q1: true }, graded: { q1: 42 } };
    await putRaw(browser.factory, 'open', broken);
    const reloaded = await openTab(browser);
    expect(await reloaded.openSession('practice')).toEqual({ session: null, problem: 'corrupt' });
    expect((await dumpDb(browser.factory)).aside).toEqual([expect.objectContaining({ what: 'open session: practice', value: broken })]);
  });
});

/* The first releases' localStorage record. */

const V1_ATTEMPTS: Attempt[] = V1.attempts.map((each, index) => attempt(`v1:${each.at}:${each.questionId}:${index}`, { ...each, mode: 'note', revealed: false }));
const V2_ATTEMPTS: Attempt[] = V2.attempts.map((each) => attempt(each.id, { ...each, mode: each.mode === 'exam' ? 'exam' : 'practice', revealed: false }));
const V2_RATINGS: RatingEntry[] = [{ id: `b2|${minutes(6)}|easy`, attemptId: 'b2', questionId: 'q1', rating: 'easy', at: minutes(6) }];

const LEGACY = [
  { name: 'version 1', data: V1, attempts: V1_ATTEMPTS, ratings: [], sessions: [], chunks: 1 },
  { name: 'version 2', data: V2, attempts: V2_ATTEMPTS, ratings: V2_RATINGS, sessions: V2.sessions, chunks: 3 },
];

describe('moving progress out of localStorage', () => {
  it.each(LEGACY)('$name: every record moves, then the old key goes', async ({ data, attempts, ratings, sessions }) => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(data));
    browser.storage.writes.length = 0;
    const tab = await openTab(browser);
    const saved = await dumpDb(browser.factory);
    expect(idsOf(saved.attempts)).toEqual(idsOf(attempts));
    expect(saved.attempts).toEqual(expect.arrayContaining(attempts));
    expect(saved.ratings).toEqual(ratings);
    expect(saved.sessions).toEqual(sessions);
    expect(sum(saved.days)).toBe(attempts.length);
    await expectSummaries(tab, browser.factory, attempts, ratings);
    expect(tab.getSnapshot().notice).toBe('none');
    expect(browser.storage.writes).toEqual([`remove ${LEGACY_PROGRESS_KEY}`]);
    expect(browser.storage.keys(BACKUP_PREFIX)).toEqual([]);
    // A second load has nothing left to move.
    await openTab(browser);
    expect((await dumpDb(browser.factory)).attempts).toHaveLength(attempts.length);
  });

  it.each(LEGACY)('$name: the old key stays until every chunk is written', async ({ data, chunks }) => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(data));
    const seen: boolean[] = [];
    await openTab(browser, {
      pause: async () => {
        seen.push(browser.storage.getItem(LEGACY_PROGRESS_KEY) !== null);
      },
    });
    expect(seen.slice(0, chunks)).toEqual(Array.from({ length: chunks }, () => true));
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull();
  });

  // A pause that never comes back is a tab closed between two chunks.
  it.each(LEGACY.flatMap((legacy) => Array.from({ length: legacy.chunks }, (_, index) => ({ ...legacy, after: index + 1 }))))(
    '$name, the tab closed after chunk $after: nothing is lost, nothing doubled, the next load finishes the move',
    async ({ data, attempts, ratings, sessions, after }) => {
      fresh();
      browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(data));
      let pauses = 0;
      const closing = newTab(browser, {
        pause: () => ((pauses += 1) === after ? Promise.reject(new Error('tab closed')) : Promise.resolve()),
      });
      await expect(closing.ready()).rejects.toThrow('tab closed');
      closing.close();
      expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBe(JSON.stringify(data));

      const next = await openTab(browser);
      const saved = await dumpDb(browser.factory);
      expect(idsOf(saved.attempts)).toEqual(idsOf(attempts));
      expect(idsOf(saved.ratings)).toEqual(idsOf(ratings));
      expect(idsOf(saved.sessions)).toEqual(idsOf(sessions));
      expect(sum(saved.days)).toBe(attempts.length);
      await expectSummaries(next, browser.factory, attempts, ratings);
      expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull();
    },
  );

  it('a database already holding part of the record (and answers since) gets the rest, once', async () => {
    fresh();
    const since = attempt('new1', { questionId: 'q1', at: minutes(50) });
    const tab = await openTab(browser);
    await tab.recordAttempt(since);
    await tab.importText(fileText({ ...V2, attempts: V2.attempts.slice(0, 1), ratings: [], sessions: [] }), noSteps);
    tab.close();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(V2));
    const next = await openTab(browser);
    const saved = await dumpDb(browser.factory);
    expect(idsOf(saved.attempts)).toEqual(idsOf([...V2_ATTEMPTS, since]));
    expect(sum(saved.days)).toBe(V2_ATTEMPTS.length + 1);
    await expectSummaries(next, browser.factory, [...V2_ATTEMPTS, since], V2_RATINGS);
  });

  it('a record the browser cannot store stays in localStorage', async () => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(V2));
    refuseAdds(Number.POSITIVE_INFINITY);
    const tab = newTab(browser);
    await tab.ready().catch(() => undefined);
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBe(JSON.stringify(V2));
  });

  it('a move the browser refused part-way is finished by the next load, every question summarised', async () => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(V1));
    // The first two answers (both q1) go in, the third is refused.
    const refusal = refuseAdds(1, ['attempts'], 2);
    const failing = newTab(browser);
    await failing.ready().catch(() => undefined);
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBe(JSON.stringify(V1));
    failing.close();
    refusal.mockRestore();

    const next = await openTab(browser);
    const saved = await dumpDb(browser.factory);
    expect(idsOf(saved.attempts)).toEqual(idsOf(V1_ATTEMPTS));
    expect(sum(saved.days)).toBe(V1_ATTEMPTS.length);
    await expectSummaries(next, browser.factory, V1_ATTEMPTS);
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull();
  });

  it.each([
    ['corrupt JSON', '{"version": 2, "attempts": [', 'reset'],
    ['not an object', '"hello"', 'reset'],
    ['no version', JSON.stringify({ attempts: [] }), 'reset'],
    ['a bad attempt', JSON.stringify({ ...V2, attempts: [{ id: 'x' }] }), 'reset'],
    ['a future version', JSON.stringify({ version: 5, attempts: [] }), 'future-version'],
  ])('%s is kept aside under a backup key, and the student told', async (_case, raw, notice) => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, raw);
    const tab = await openTab(browser);
    expect(tab.getSnapshot()).toMatchObject({ status: 'ready', notice });
    const backup = `${BACKUP_PREFIX}${new Date(browser.clock.now).toISOString()}`;
    expect(browser.storage.keys(BACKUP_PREFIX)).toEqual([backup]);
    expect(browser.storage.getItem(backup)).toBe(raw);
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBeNull();
    // The store still works, and a reload does not tell again.
    await tab.recordAttempt(attempt('a1'));
    expect(tab.getSnapshot().summaries.size).toBe(1);
    expect((await openTab(browser)).getSnapshot().notice).toBe('none');
  });

  it('a corrupt record stays where it was when the backup cannot be written', async () => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, '{oops');
    browser.storage.full = true;
    const tab = await openTab(browser);
    expect(tab.getSnapshot().notice).toBe('reset');
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBe('{oops');
  });
});

/** Makes the next add to the attempts store fail the way a full disk does in a browser: the whole transaction aborts. */
function abortNextAttempt() {
  const original = IDBObjectStore.prototype.add;
  let left = 1;
  return vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const request = original.call(this, value, key);
    if (left > 0 && this.name === 'attempts') {
      left -= 1;
      this.transaction.abort();
    }
    return request;
  });
}

describe('storage full', () => {
  it.each([
    ['the add throws', () => refuseAdds(1)],
    ['the transaction aborts', () => abortNextAttempt()],
  ])('an answer the browser refuses (%s) still shows, is exported, and is saved with the next write', async (_case, refuse) => {
    fresh();
    const tab = await openTab(browser);
    const kept = attempt('a1', { correct: false, at: minutes(0) });
    refuse();
    expect(await tab.recordAttempt(kept)).toEqual({ attempts: 0, ratings: 0, sessions: 0, marks: 0 });
    expect(tab.getSnapshot().notice).toBe('not-saved');
    expect(tab.getSnapshot().summaries).toEqual(summariesOf([kept]));
    expect(idsOf(exportedLog(await tab.exportText()).attempts)).toEqual(['a1']);
    expect((await tab.storageInfo()).answers).toBe(1);
    expect((await dumpDb(browser.factory)).attempts).toEqual([]);

    const next = attempt('a2', { questionId: 'q2', at: minutes(1) });
    await tab.recordAttempt(next);
    expect(tab.getSnapshot().notice).toBe('none');
    expect(idsOf((await dumpDb(browser.factory)).attempts)).toEqual(['a1', 'a2']);
    await expectSummaries(tab, browser.factory, [kept, next]);
    expect((await openTab(browser)).getSnapshot().summaries).toEqual(summariesOf([kept, next]));
    expect(sum((await dumpDb(browser.factory)).days)).toBe(2);
  });

  it('a refused rating still counts in the summary, and is saved with the next write', async () => {
    fresh();
    const tab = await openTab(browser);
    const right = attempt('a1');
    const rating = rated(right, 'easy', minutes(1));
    await tab.recordAttempt(right);
    refuseAdds(1, ['ratings']);
    await tab.recordRating(rating);
    expect(tab.getSnapshot().summaries.get('q1')).toMatchObject({ grade: 'easy', latestRating: 'easy' });
    expect(exportedLog(await tab.exportText()).ratings).toEqual([rating]);
    await tab.recordAttempt(attempt('a2', { questionId: 'q2' }));
    expect((await dumpDb(browser.factory)).ratings).toEqual([rating]);
    await expectSummaries(tab, browser.factory, [right, attempt('a2', { questionId: 'q2' })], [rating]);
  });

  it('a finished exam refused half-way saves none of it, and all of it with the next write', async () => {
    fresh();
    const tab = await openTab(browser);
    const answers = [attempt('x1', { mode: 'exam', at: minutes(20) }), attempt('x2', { questionId: 'q2', mode: 'exam', correct: false, at: minutes(20) })];
    // The answers go in, the session does not.
    refuseAdds(1, ['sessions']);
    await tab.finishSession(finished('e1', minutes(30), { mode: 'exam', questionIds: ['q1', 'q2'] }), answers);
    expect(tab.getSnapshot().notice).toBe('not-saved');
    expect(tab.getSnapshot().summaries).toEqual(summariesOf(answers));
    expect(await tab.session('e1')).toMatchObject({ id: 'e1' });

    const later = attempt('a3', { questionId: 'q3', at: minutes(40) });
    await tab.recordAttempt(later);
    const saved = await dumpDb(browser.factory);
    expect(idsOf(saved.attempts)).toEqual(['a3', 'x1', 'x2']);
    expect(idsOf(saved.sessions)).toEqual(['e1']);
    expect(sum(saved.days)).toBe(3);
    await expectSummaries(tab, browser.factory, [...answers, later]);
  });
});

describe('two tabs', () => {
  it('answering at once in both keeps every answer, and each tab sees the other’s', async () => {
    fresh();
    const [left, right] = await Promise.all([openTab(browser), openTab(browser)]);
    const fromLeft = Array.from({ length: 8 }, (_, index) => attempt(`L${index}`, { questionId: `q${index % 3}`, at: minutes(index * 2), correct: index % 2 === 0 }));
    const fromRight = Array.from({ length: 8 }, (_, index) => attempt(`R${index}`, { questionId: `q${index % 4}`, at: minutes(index * 2 + 1), correct: index % 3 === 0 }));
    await Promise.all([...fromLeft.map((each) => left.recordAttempt(each)), ...fromRight.map((each) => right.recordAttempt(each))]);
    const all = [...fromLeft, ...fromRight];
    const saved = await dumpDb(browser.factory);
    expect(idsOf(saved.attempts)).toEqual(idsOf(all));
    expect(sum(saved.days)).toBe(16);
    expect(saved.summaries).toEqual(summariesOf(all));
    await vi.waitFor(() => {
      expect(left.getSnapshot().summaries).toEqual(summariesOf(all));
      expect(right.getSnapshot().summaries).toEqual(summariesOf(all));
    });
  });

  it('importing overlapping files in both at once keeps the union', async () => {
    fresh();
    const [left, right] = await Promise.all([openTab(browser), openTab(browser)]);
    const shared = attempt('s1', { at: minutes(0) });
    const onlyLeft = attempt('l1', { questionId: 'q2', at: minutes(1) });
    const onlyRight = attempt('r1', { questionId: 'q2', at: minutes(2), correct: false });
    const [a, b] = await Promise.all([
      left.importText(fileText({ version: 3, attempts: [shared, onlyLeft], ratings: [], sessions: [] }), noSteps),
      right.importText(fileText({ version: 3, attempts: [onlyRight, shared], ratings: [], sessions: [] }), noSteps),
    ]);
    expect(a.ok && b.ok && a.added.attempts + b.added.attempts).toBe(3);
    const saved = await dumpDb(browser.factory);
    expect(idsOf(saved.attempts)).toEqual(['l1', 'r1', 's1']);
    expect(sum(saved.days)).toBe(3);
    expect(saved.summaries).toEqual(summariesOf([shared, onlyLeft, onlyRight]));
    await vi.waitFor(() => expect(left.getSnapshot().summaries).toEqual(summariesOf([shared, onlyLeft, onlyRight])));
  });
});

describe('import and export', () => {
  const mine = attempt('mine', { questionId: 'q9', correct: false, at: minutes(500) });

  it.each<[string, string, string, string | RegExp]>([
    ['not JSON', 'this is not json', 'not-json', ''],
    ['JSON that is not an export', JSON.stringify({ hello: 'world' }), 'not-progress-file', ''],
    ['another app’s export', JSON.stringify({ app: 'anki', exportedAt: minutes(0), progress: V2 }), 'not-progress-file', ''],
    ['a newer version', fileText({ version: 5, attempts: [] }), 'future-version', 'version 5'],
    ['no version', fileText({ attempts: [] }), 'corrupt', 'no version number'],
    ['a list missing', fileText({ version: 2, attempts: V2.attempts, ratings: [] }), 'corrupt', 'sessions: missing'],
    ['a broken attempt after good ones', fileText({ ...V2, attempts: [...V2.attempts, { id: 'x', questionId: 'q1' }] }), 'corrupt', /^attempts\[3\] /],
    ['a broken rating', fileText({ ...V2, ratings: [{ attemptId: 'b2', rating: 'meh', at: minutes(1) }] }), 'corrupt', /^ratings\[0\] rating\b/],
  ])('refuses %s, says why, and changes nothing', async (_case, text, problem, detail) => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordAttempt(mine);
    const before = { text: await tab.exportText(), state: tab.getSnapshot(), db: await dumpDb(browser.factory) };
    const result = await tab.importText(text, noSteps);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    if (typeof detail === 'string') expect(result.detail).toBe(detail);
    else expect(result.detail).toMatch(detail);
    expect(await tab.exportText()).toBe(before.text);
    expect(tab.getSnapshot()).toEqual(before.state);
    expect(await dumpDb(browser.factory)).toEqual(before.db);
  });

  it('records from another device (the sync) are added where new and summarised; the whole log reads back', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordAttempt(mine);
    const none = { attempts: 0, ratings: 0, sessions: 0, marks: 0 };
    expect(await tab.addRecords({ attempts: V2_ATTEMPTS, ratings: V2_RATINGS, sessions: [], marks: [] })).toEqual({ ...none, attempts: 3, ratings: 1 });
    expect(await tab.addRecords({ attempts: [...V2_ATTEMPTS, mine], ratings: V2_RATINGS, sessions: [], marks: [] })).toEqual(none);
    await expectSummaries(tab, browser.factory, [...V2_ATTEMPTS, mine], V2_RATINGS);
    const all = await tab.allRecords();
    expect(idsOf(all.attempts)).toEqual(['b1', 'b2', 'b3', 'mine']);
    expect(idsOf(all.ratings)).toEqual([`b2|${minutes(6)}|easy`]);
  });

  it('records added unsettled wait, marked for a rebuild, until settle(); then every summary is as if added at once', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordAttempt(mine);
    const shown = tab.getSnapshot().summaries;
    const [first, ...rest] = V2_ATTEMPTS;
    if (!first) throw new Error('no attempts');
    await tab.addRecords({ attempts: [first], ratings: [], sessions: [], marks: [] }, { settle: false });
    await tab.addRecords({ attempts: rest, ratings: V2_RATINGS, sessions: [], marks: [] }, { settle: false });
    expect(tab.getSnapshot().summaries).toBe(shown);
    // A tab closed before settling loses nothing: the next one rebuilds what was marked.
    const next = await openTab(browser);
    await expectSummaries(next, browser.factory, [...V2_ATTEMPTS, mine], V2_RATINGS);
    await tab.settle();
    await expectSummaries(tab, browser.factory, [...V2_ATTEMPTS, mine], V2_RATINGS);
  });

  it('a version 2 file imports beside what is there; its version 3 export imports elsewhere the same', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordAttempt(mine);
    expect(await tab.importText(fileText(V2), noSteps)).toEqual({ ok: true, added: { attempts: 3, ratings: 1, sessions: 1, marks: 0 } });
    await expectSummaries(tab, browser.factory, [...V2_ATTEMPTS, mine], V2_RATINGS);
    expect(await tab.importText(fileText(V2), noSteps)).toEqual({ ok: true, added: { attempts: 0, ratings: 0, sessions: 0, marks: 0 } });

    const exported = await tab.exportText();
    const log = exportedLog(exported);
    expect(idsOf(log.attempts)).toEqual(idsOf([...V2_ATTEMPTS, mine]));
    expect(log.ratings).toEqual(V2_RATINGS);
    expect(log.sessions).toEqual(V2.sessions);

    const elsewhere = fresh();
    const other = await openTab(elsewhere);
    expect(await other.importText(exported, noSteps)).toEqual({ ok: true, added: { attempts: 4, ratings: 1, sessions: 1, marks: 0 } });
    expect(exportedLog(await other.exportText())).toEqual(log);
    expect(other.getSnapshot().summaries).toEqual(tab.getSnapshot().summaries);
  });

  it('a version 3 file keeps revealed answers and a mock exam’s full result', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.importText(fileText(V3), noSteps);
    expect(await tab.session('e1')).toEqual(V3.sessions[0]);
    expect(tab.getSnapshot().summaries.get('q4')).toMatchObject({ latest: { id: 'c2', revealed: true }, cleanCorrect: 0 });
    await expectSummaries(tab, browser.factory, V3.attempts, V3.ratings);
  });

  it('a version 1 file and the first release’s version 2 of the same answers import once', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.importText(fileText(V1), noSteps);
    const migrated = { version: 2, attempts: V1.attempts.map((each, index) => ({ id: `v1:${each.at}:${each.questionId}:${index}`, ...each })), ratings: [], sessions: [] };
    expect(await tab.importText(fileText(migrated), noSteps)).toEqual({ ok: true, added: { attempts: 0, ratings: 0, sessions: 0, marks: 0 } });
    expect(idsOf((await dumpDb(browser.factory)).attempts)).toEqual(idsOf(V1_ATTEMPTS));
  });

  it('an old rating of an answer already here finds its question', async () => {
    fresh();
    const tab = await openTab(browser);
    const right = attempt('b9', { at: minutes(0) });
    await tab.recordAttempt(right);
    await tab.importText(fileText({ version: 2, attempts: [], ratings: [{ attemptId: 'b9', rating: 'easy', at: minutes(1) }], sessions: [] }), noSteps);
    expect(tab.getSnapshot().summaries.get('q1')).toMatchObject({ grade: 'easy', latestRating: 'easy' });
    expect((await dumpDb(browser.factory)).ratings).toEqual([{ id: `b9|${minutes(1)}|easy`, attemptId: 'b9', questionId: 'q1', rating: 'easy', at: minutes(1) }]);
  });

  it('a large file shows its progress and yields between chunks', async () => {
    fresh();
    let pauses = 0;
    const tab = await openTab(browser, {
      pause: async () => {
        pauses += 1;
      },
    });
    const many = Array.from({ length: 4_500 }, (_, index) => attempt(`m${index}`, { questionId: `q${index % 250}`, at: minutes(index), correct: index % 3 !== 0 }));
    const steps: ImportStep[] = [];
    const result = await tab.importText(fileText({ version: 3, attempts: many, ratings: [], sessions: [] }), (step) => steps.push(step));
    expect(result).toEqual({ ok: true, added: { attempts: 4_500, ratings: 0, sessions: 0, marks: 0 } });
    const phases = steps.map((step) => step.phase);
    expect([...new Set(phases)]).toEqual(['reading', 'saving', 'summarising']);
    expect(phases).toEqual([...phases].sort((a, b) => ['reading', 'saving', 'summarising'].indexOf(a) - ['reading', 'saving', 'summarising'].indexOf(b)));
    for (const phase of ['reading', 'saving', 'summarising'] as const) {
      const done = steps.filter((step) => step.phase === phase).map((step) => step.done);
      expect(done).toEqual([...done].sort((a, b) => a - b));
      expect(steps.filter((step) => step.phase === phase).every((step) => step.done <= step.total)).toBe(true);
    }
    expect(steps.filter((step) => step.phase === 'saving').at(-1)).toEqual({ phase: 'saving', done: 4_500, total: 4_500 });
    expect(steps.filter((step) => step.phase === 'summarising').at(-1)).toEqual({ phase: 'summarising', done: 250, total: 250 });
    expect(pauses).toBeGreaterThanOrEqual(steps.length);
    expect(tab.getSnapshot().summaries.size).toBe(250);
    expect((await tab.storageInfo()).answers).toBe(4_500);
  }, 30_000);
});

describe('without IndexedDB', () => {
  it.each<[string, (browser: Browser) => void]>([
    ['no IndexedDB at all', () => vi.stubGlobal('indexedDB', undefined)],
    [
      'opening throws (private mode)',
      (each) =>
        vi.spyOn(each.factory, 'open').mockImplementation(() => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }),
    ],
  ])('%s: works in memory and says so', async (_case, breakIt) => {
    fresh();
    browser.storage.setItem(LEGACY_PROGRESS_KEY, JSON.stringify(V2));
    const tab = newTab(browser);
    breakIt(browser);
    await tab.ready();
    expect(tab.getSnapshot()).toMatchObject({ status: 'ready', notice: 'memory-only' });
    expect(browser.memoryFallbacks).toBe(1);
    // The old record shows, and stays: it is the only copy that outlives the tab.
    expect(tab.getSnapshot().summaries).toEqual(summariesOf(V2_ATTEMPTS, V2_RATINGS));
    expect(browser.storage.getItem(LEGACY_PROGRESS_KEY)).toBe(JSON.stringify(V2));
    const next = attempt('a1', { questionId: 'q7', at: minutes(60) });
    await tab.recordAttempt(next);
    expect(tab.getSnapshot().summaries.get('q7')?.latest.id).toBe('a1');
    expect(idsOf(exportedLog(await tab.exportText()).attempts)).toEqual(idsOf([...V2_ATTEMPTS, next]));
  });
});
