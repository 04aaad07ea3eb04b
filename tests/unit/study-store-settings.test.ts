import { afterEach, describe, expect, it, vi } from 'vitest';
import { attempt, closeTabs, dumpDb, minutes, newBrowser, openTab, putRaw, rated, type Browser } from './study-fixtures';

/*
 * Schedule settings in the store: saved in IndexedDB, every summary rebuilt with them so
 * due dates follow, other tabs follow too, and the rating buttons' preview uses them. Each
 * save is stamped with its time, and another device's settings are taken only when newer.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
let browser: Browser;

afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  closeTabs(browser);
  vi.unstubAllGlobals();
});

const gap = (due: string | undefined, at: string) => Date.parse(due ?? '') - Date.parse(at);

describe('schedule settings in the store', () => {
  it('starts with the defaults; a change is saved, survives a reload and moves every due date', async () => {
    browser = newBrowser();
    const tab = await openTab(browser);
    expect(tab.getSnapshot().settings).toEqual({ retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 });
    const wrong = attempt('a1', { questionId: 'q1', correct: false, at: minutes(0) });
    const known = attempt('a2', { questionId: 'q2', at: minutes(0) });
    await tab.recordAttempt(wrong);
    await tab.recordAttempt(known);
    await tab.recordRating(rated(known, 'easy', minutes(1)));
    expect(gap(tab.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(10 * MINUTE);
    expect(gap(tab.getSnapshot().summaries.get('q2')?.due, known.at)).toBeGreaterThan(3 * DAY);

    const chosen = { retention: 0.9, learningSteps: ['30m', '2h'], maximumInterval: 2 };
    await tab.saveSettings(chosen);
    expect(tab.getSnapshot().settings).toEqual(chosen);
    expect(gap(tab.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(30 * MINUTE);
    // ts-fsrs keeps "easy" two days past "hard", so a 2-day cap gives at most 4.
    expect(gap(tab.getSnapshot().summaries.get('q2')?.due, known.at)).toBeLessThanOrEqual(4 * DAY);
    const saved = await dumpDb(browser.factory);
    expect(saved.summaries.get('q1')).toEqual(tab.getSnapshot().summaries.get('q1'));

    const reloaded = await openTab(browser);
    expect(reloaded.getSnapshot().settings).toEqual(chosen);
    expect(reloaded.getSnapshot().summaries).toEqual(tab.getSnapshot().summaries);
  });

  it('another open tab follows the new settings', async () => {
    browser = newBrowser();
    const [left, right] = await Promise.all([openTab(browser), openTab(browser)]);
    const wrong = attempt('a1', { correct: false, at: minutes(0) });
    await left.recordAttempt(wrong);
    await left.saveSettings({ retention: 0.85, learningSteps: ['1h'], maximumInterval: 90 });
    await vi.waitFor(() => {
      expect(right.getSnapshot().settings.learningSteps).toEqual(['1h']);
      expect(gap(right.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(60 * MINUTE);
    });
  });

  it('settings that cannot be read give the defaults', async () => {
    browser = newBrowser();
    await openTab(browser);
    await putRaw(browser.factory, 'meta', { name: 'settings', settings: { retention: 'lots' } });
    const reloaded = await openTab(browser);
    expect(reloaded.getSnapshot().settings).toEqual({ retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 });
  });
});

describe('settings stamped for the device sync', () => {
  const chosen = { retention: 0.85, learningSteps: ['30m'], maximumInterval: 90 };
  const theirs = { retention: 0.95, learningSteps: ['1h'], maximumInterval: 365 };
  /** The browser's clock when these tests save: T0 and 1,000 minutes. */
  const SAVED_AT = '2026-03-02T01:40:00.000Z';

  it('a save carries the time it was made; none before a change, none on a record from before the sync', async () => {
    browser = newBrowser();
    const tab = await openTab(browser);
    expect(await tab.settingsRecord()).toBeNull();
    await tab.saveSettings(chosen);
    expect(await tab.settingsRecord()).toEqual({ settings: chosen, updatedAt: SAVED_AT });

    await putRaw(browser.factory, 'meta', { name: 'settings', settings: theirs });
    const reloaded = await openTab(browser);
    expect(reloaded.getSnapshot().settings).toEqual(theirs);
    expect(await reloaded.settingsRecord()).toBeNull();
  });

  it.each([
    ['no settings saved here', 'none', '2026-03-01T00:00:00.000Z', true],
    ['settings saved before the sync, with no time', 'unstamped', '2026-03-01T00:00:00.000Z', true],
    ['settings saved here earlier', 'saved', '2026-03-02T01:40:00.001Z', true],
    ['settings saved here later', 'saved', '2026-03-02T01:39:59.999Z', false],
    ['settings saved here at the same time', 'saved', SAVED_AT, false],
    ['settings saved here at the same time, written another way', 'saved', '2026-03-02T01:40:00Z', false],
  ] as const)('merges another device’s settings over %s: applied %s', async (_name, local, updatedAt, applied) => {
    browser = newBrowser();
    const first = await openTab(browser);
    if (local === 'unstamped') await putRaw(browser.factory, 'meta', { name: 'settings', settings: chosen });
    const tab = local === 'unstamped' ? await openTab(browser) : first;
    if (local === 'saved') await tab.saveSettings(chosen);
    const before = { settings: tab.getSnapshot().settings, record: await tab.settingsRecord() };

    expect(await tab.mergeSettings(theirs, updatedAt)).toBe(applied);
    expect(tab.getSnapshot().settings).toEqual(applied ? theirs : before.settings);
    expect(await tab.settingsRecord()).toEqual(applied ? { settings: theirs, updatedAt } : before.record);
  });

  it('newer settings merged rebuild every summary, keep their own time, survive a reload and reach the other tab', async () => {
    browser = newBrowser();
    const [left, right] = await Promise.all([openTab(browser), openTab(browser)]);
    const wrong = attempt('a1', { correct: false, at: minutes(0) });
    await left.recordAttempt(wrong);
    await left.saveSettings(chosen);
    expect(gap(left.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(30 * MINUTE);

    const later = '2026-03-05T12:00:00.000Z';
    expect(await left.mergeSettings(theirs, later)).toBe(true);
    expect(gap(left.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(60 * MINUTE);
    expect(await left.settingsRecord()).toEqual({ settings: theirs, updatedAt: later });
    await vi.waitFor(() => {
      expect(right.getSnapshot().settings).toEqual(theirs);
      expect(gap(right.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(60 * MINUTE);
    });
    const reloaded = await openTab(browser);
    expect(reloaded.getSnapshot().settings).toEqual(theirs);
    expect(await reloaded.settingsRecord()).toEqual({ settings: theirs, updatedAt: later });
  });

  it('older settings merged change nothing: not the settings, not a summary', async () => {
    browser = newBrowser();
    const tab = await openTab(browser);
    const wrong = attempt('a1', { correct: false, at: minutes(0) });
    await tab.recordAttempt(wrong);
    await tab.saveSettings(chosen);
    const summaries = tab.getSnapshot().summaries;
    expect(await tab.mergeSettings(theirs, '2026-03-01T00:00:00.000Z')).toBe(false);
    expect(tab.getSnapshot().summaries).toBe(summaries);
    expect(gap(tab.getSnapshot().summaries.get('q1')?.due, wrong.at)).toBe(30 * MINUTE);
  });
});

describe('the rating preview', () => {
  it('a first clean answer, before its save lands: again 10 min, hard 15 min, good and easy in days', async () => {
    browser = newBrowser();
    const tab = await openTab(browser);
    const preview = await tab.previewRatings(attempt('a1', { at: minutes(0) }));
    expect(preview?.again).toEqual({ unit: 'minute', count: 10 });
    expect(preview?.hard).toEqual({ unit: 'minute', count: 15 });
    expect(preview?.good.unit).toBe('day');
    expect(['day', 'month']).toContain(preview?.easy.unit);
  });

  it('uses the question’s earlier answers and the settings', async () => {
    browser = newBrowser();
    const tab = await openTab(browser);
    await tab.saveSettings({ retention: 0.9, learningSteps: ['20m'], maximumInterval: 180 });
    await tab.recordAttempt(attempt('a1', { correct: false, at: minutes(0) }));
    const preview = await tab.previewRatings(attempt('a2', { at: minutes(25) }));
    // Relearning after a lapse: "again" goes back to the first step.
    expect(preview?.again).toEqual({ unit: 'minute', count: 20 });
    const later = await tab.previewRatings(attempt('a0', { at: minutes(-5) }));
    // An answer before the wrong one is previewed as the question's first.
    expect(later?.hard).toEqual({ unit: 'minute', count: 30 });
  });

  it('has nothing for a wrong answer or one after the key was shown', async () => {
    browser = newBrowser();
    const tab = await openTab(browser);
    expect(await tab.previewRatings(attempt('a1', { correct: false }))).toBeNull();
    expect(await tab.previewRatings(attempt('a2', { revealed: true }))).toBeNull();
  });
});
