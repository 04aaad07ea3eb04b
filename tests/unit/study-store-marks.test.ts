import { describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '@/components/study/progress-store';
import type { Mark } from '@/lib/study/log';
import { SCHEDULE_VERSION } from '@/lib/study/schedule-version';
import { V3, V4, attempt, dumpDb, exportedLog, fileText, finished, idsOf, mark, minutes, browsersPerTest, openTab, rated, summariesOf, type Browser } from './study-fixtures';

/*
 * The student's marks in the study store: written to the log like answers, derived into
 * the store's state, exported and imported with the rest, and a database from before
 * marks (version 1) upgraded with every record it held.
 */

let browser: Browser;
const newTestBrowser = browsersPerTest();
function fresh(): Browser {
  browser = newTestBrowser();
  return browser;
}

const noSteps = () => undefined;
const none = { flagged: false, suspended: false, note: '' };

/** A database as the first IndexedDB release (version 1) created it, written by hand with the records given. */
async function versionOneDb(factory: IDBFactory, records: Record<string, unknown[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const created = request.result;
      created.createObjectStore('attempts', { keyPath: 'id' }).createIndex('questionId', 'questionId');
      created.createObjectStore('ratings', { keyPath: 'id' }).createIndex('questionId', 'questionId');
      created.createObjectStore('sessions', { keyPath: 'id' }).createIndex('endedAt', 'endedAt');
      created.createObjectStore('summaries', { keyPath: 'questionId' });
      created.createObjectStore('days', { keyPath: 'day' });
      created.createObjectStore('open', { keyPath: 'mode' });
      created.createObjectStore('meta', { keyPath: 'name' });
      created.createObjectStore('aside', { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(Object.keys(records), 'readwrite');
  for (const [name, values] of Object.entries(records)) for (const value of values) tx.objectStore(name).put(value);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function versionOf(factory: IDBFactory): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const version = db.version;
  db.close();
  return version;
}

describe('upgrading a database from before marks', () => {
  it('keeps every store and record of version 1, rebuilds the summaries, and takes marks', async () => {
    fresh();
    const answers = [attempt('a1', { correct: false, at: minutes(0) }), attempt('a2', { at: minutes(5) }), attempt('a3', { questionId: 'q2', at: minutes(9) })];
    const rating = rated(answers[1]!, 'good', minutes(6));
    const session = finished('s1', minutes(10), { questionIds: ['q1', 'q2'] });
    const open = { mode: 'review', id: 'r1', questionIds: ['q1'], current: 0, results: {}, revealed: [], startedAt: minutes(11) };
    const settings = { name: 'settings', settings: { retention: 0.85, learningSteps: ['10m'], maximumInterval: 90 } };
    // Summaries as version 1 kept them: without the count of wrong answers, under the older schedule version.
    const oldSummaries = [...summariesOf(answers, [rating]).values()].map((summary) => {
      const old: Partial<typeof summary> = { ...summary, scheduleVersion: SCHEDULE_VERSION - 1 };
      delete old.wrong;
      return old;
    });
    await versionOneDb(browser.factory, {
      attempts: answers,
      ratings: [rating],
      sessions: [session],
      summaries: oldSummaries,
      days: [{ day: '2026-03-01', attempts: 3 }],
      open: [open],
      meta: [{ name: 'state', stale: [], scheduleVersion: SCHEDULE_VERSION - 1 }, settings],
      aside: [{ at: minutes(1), what: 'open session: exam', value: 'broken' }],
    });

    const tab = await openTab(browser);
    expect(await versionOf(browser.factory)).toBe(2);
    const db = await dumpDb(browser.factory);
    expect(db.attempts).toEqual(answers);
    expect(db.ratings).toEqual([rating]);
    expect(db.sessions).toEqual([session]);
    expect(db.days).toEqual(new Map([['2026-03-01', 3]]));
    expect(db.open).toEqual([open]);
    expect(db.aside).toEqual([{ at: minutes(1), what: 'open session: exam', value: 'broken' }]);
    expect(db.marks).toEqual([]);
    expect(tab.getSnapshot().settings).toEqual(settings.settings);
    // Rebuilt under the saved settings, now with the count of wrong answers.
    expect(tab.getSnapshot().summaries.get('q1')).toMatchObject({ wrong: 1, attempts: 2, scheduleVersion: SCHEDULE_VERSION });
    expect(tab.getSnapshot().marks.size).toBe(0);

    await tab.recordMark(mark('m1', 'flag', { at: minutes(20) }));
    expect((await dumpDb(browser.factory)).marks).toEqual([mark('m1', 'flag', { at: minutes(20) })]);
    expect(await tab.exportText()).toContain('"a1"');
  });
});

describe('marks', () => {
  it('a mark shows at once, survives a reload, and reaches the other tab', async () => {
    fresh();
    const [tab, other] = await Promise.all([openTab(browser), openTab(browser)]);
    expect(await tab.recordMark(mark('m1', 'flag'))).toEqual({ attempts: 0, ratings: 0, sessions: 0, marks: 1 });
    await tab.recordMark(mark('m2', 'note', { at: minutes(1), text: 'Kinesis, not Firehose' }));
    await tab.recordMark(mark('m3', 'suspend', { questionId: 'q2', at: minutes(2) }));
    const expected = new Map([
      ['q1', { ...none, questionId: 'q1', flagged: true, note: 'Kinesis, not Firehose' }],
      ['q2', { ...none, questionId: 'q2', suspended: true }],
    ]);
    expect(tab.getSnapshot().marks).toEqual(expected);
    expect(tab.getSnapshot().suspended).toEqual(new Set(['q2']));
    await vi.waitFor(() => expect(other.getSnapshot().marks).toEqual(expected));
    expect(other.getSnapshot().suspended).toEqual(new Set(['q2']));

    const reloaded = await openTab(browser);
    expect(reloaded.getSnapshot().marks).toEqual(expected);
    expect(reloaded.getSnapshot().suspended).toEqual(new Set(['q2']));
  });

  it('undoing a mark is a new record: the log keeps both, the state shows the newest', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordMark(mark('m1', 'suspend'));
    await tab.recordMark(mark('m2', 'unsuspend', { at: minutes(1) }));
    expect(tab.getSnapshot().marks.size).toBe(0);
    expect(tab.getSnapshot().suspended.size).toBe(0);
    expect(idsOf((await dumpDb(browser.factory)).marks)).toEqual(['m1', 'm2']);
    // The same record again is kept once and changes nothing.
    expect(await tab.recordMark(mark('m1', 'suspend'))).toEqual({ attempts: 0, ratings: 0, sessions: 0, marks: 0 });
    expect(tab.getSnapshot().suspended.size).toBe(0);
  });

  it('a mark the browser refuses still shows, is exported, and is saved with the next write', async () => {
    fresh();
    const tab = await openTab(browser);
    const original = IDBObjectStore.prototype.add;
    let left = 1;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'marks' && left > 0) {
        left -= 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.call(this, value, key);
    });
    const flag: Mark = mark('m1', 'flag');
    await tab.recordMark(flag);
    expect(tab.getSnapshot().notice).toBe('not-saved');
    expect(tab.getSnapshot().marks.get('q1')).toMatchObject({ flagged: true });
    expect(exportedLog(await tab.exportText()).marks).toEqual([flag]);
    expect((await dumpDb(browser.factory)).marks).toEqual([]);

    await tab.recordAttempt(attempt('a1'));
    expect((await dumpDb(browser.factory)).marks).toEqual([flag]);
    expect(tab.getSnapshot().marks.get('q1')).toMatchObject({ flagged: true });
    expect(tab.getSnapshot().notice).toBe('none');
  });
});

describe('marks in export and import', () => {
  it('a version 4 file brings its marks; the export carries them; a second import adds nothing', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordMark(mark('mine', 'flag', { questionId: 'q9', at: minutes(300) }));
    expect(await tab.importText(fileText(V4), noSteps)).toEqual({ ok: true, added: { attempts: 2, ratings: 1, sessions: 1, marks: 3 } });
    expect(tab.getSnapshot().marks).toEqual(
      new Map([
        ['q9', { ...none, questionId: 'q9', flagged: true }],
        ['q4', { ...none, questionId: 'q4', flagged: true, note: 'Kinesis, not Firehose' }],
        ['q5', { ...none, questionId: 'q5', suspended: true }],
      ]),
    );
    expect(await tab.importText(fileText(V4), noSteps)).toEqual({ ok: true, added: { attempts: 0, ratings: 0, sessions: 0, marks: 0 } });

    const exported = await tab.exportText();
    const log = exportedLog(exported);
    expect(idsOf(log.marks)).toEqual(['m1', 'm2', 'm3', 'mine']);

    const elsewhere = fresh();
    const other = await openTab(elsewhere);
    await other.recordMark(mark('m4', 'unflag', { questionId: 'q4', at: minutes(400) }));
    expect(await other.importText(exported, noSteps)).toMatchObject({ ok: true, added: { marks: 4 } });
    // Merged by id: the newer unflag made here wins over the imported flag; the note stays.
    expect(other.getSnapshot().marks.get('q4')).toEqual({ ...none, questionId: 'q4', note: 'Kinesis, not Firehose' });
    expect(other.getSnapshot().suspended).toEqual(new Set(['q5']));
  });

  it('a version 3 file imports beside marks, and leaves them as they were', async () => {
    fresh();
    const tab = await openTab(browser);
    await tab.recordMark(mark('m1', 'suspend', { questionId: 'q4' }));
    expect(await tab.importText(fileText(V3), noSteps)).toEqual({ ok: true, added: { attempts: 2, ratings: 1, sessions: 1, marks: 0 } });
    expect(tab.getSnapshot().suspended).toEqual(new Set(['q4']));
  });

  it('a file with a broken mark imports nothing and says where', async () => {
    fresh();
    const tab = await openTab(browser);
    const result = await tab.importText(fileText({ ...V4, marks: [...V4.marks, { ...mark('bad', 'note'), text: 'x'.repeat(2001) }] }), noSteps);
    expect(result).toMatchObject({ ok: false, problem: 'corrupt', detail: expect.stringMatching(/^marks\[3\] text\b/) });
    expect(tab.getSnapshot().marks.size).toBe(0);
    expect((await dumpDb(browser.factory)).attempts).toEqual([]);
  });
});

describe('a question’s history', () => {
  it('every answer and rating of the question, newest first, saved or not', async () => {
    fresh();
    const tab = await openTab(browser);
    const first = attempt('a1', { correct: false, chosen: ['B'], at: minutes(0), mode: 'note' });
    const second = attempt('a2', { at: minutes(5), mode: 'review' });
    await tab.recordAttempt(first);
    await tab.recordAttempt(second);
    await tab.recordRating(rated(second, 'easy', minutes(6)));
    await tab.recordAttempt(attempt('other', { questionId: 'q2', at: minutes(7) }));
    expect(await tab.history('q1')).toEqual([
      { kind: 'rating', id: `a2|${minutes(6)}|easy`, at: minutes(6), rating: 'easy' },
      { kind: 'attempt', id: 'a2', at: minutes(5), mode: 'review', chosen: ['A'], result: 'correct' },
      { kind: 'attempt', id: 'a1', at: minutes(0), mode: 'note', chosen: ['B'], result: 'wrong' },
    ]);
    expect(await tab.history('q3')).toEqual([]);
  });
});
