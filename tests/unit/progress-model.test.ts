import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudyStore } from '@/components/study/progress-store';
import { RATINGS, type Attempt, type Rating, type RatingEntry } from '@/lib/study/log';
import { attempt, closeTabs, dumpDb, exportedLog, fileText, minutes, newBrowser, openTab, rated, summariesOf, type Browser } from './study-fixtures';

/*
 * A model test of the study store: any sequence of answering, answering again after the
 * key was shown, rating, exporting, importing (its own exports or another device's log,
 * as version 2 or 3), reloading and rebuilding keeps every answer exactly once, and the
 * summaries the store keeps equal summarise() over the model's whole log.
 */

type Command =
  | { kind: 'answer'; question: number; correct: boolean }
  | { kind: 'retry'; question: number; correct: boolean }
  | { kind: 'rate'; pick: number; rating: Rating }
  | { kind: 'export' }
  | { kind: 'import-own'; pick: number }
  | { kind: 'import-other'; version: 2 | 3; answers: { question: number; correct: boolean; minutesAgo: number; rating: Rating | null }[]; shared: number[] }
  | { kind: 'reload' }
  | { kind: 'rebuild' };

const question = fc.nat(4);
const rating = fc.constantFrom(...RATINGS);
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('answer' as const), question, correct: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('retry' as const), question, correct: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rate' as const), pick: fc.nat(), rating }) },
  fc.record({ kind: fc.constant('export' as const) }),
  fc.record({ kind: fc.constant('import-own' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('import-other' as const),
    version: fc.constantFrom(2 as const, 3 as const),
    answers: fc.array(fc.record({ question, correct: fc.boolean(), minutesAgo: fc.nat(3 * 24 * 60), rating: fc.option(rating, { nil: null }) }), { minLength: 1, maxLength: 3 }),
    // Answers of this device that the other one already has (it imported an export from here).
    shared: fc.array(fc.nat(), { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('reload' as const) }),
  fc.record({ kind: fc.constant('rebuild' as const) }),
);

/** The plain model: the log as a list of records, each id once, the first copy kept. */
class Model {
  readonly attempts = new Map<string, Attempt>();
  readonly ratings = new Map<string, RatingEntry>();
  addAttempt(record: Attempt): void {
    if (!this.attempts.has(record.id)) this.attempts.set(record.id, record);
  }
  addRating(record: RatingEntry): void {
    if (!this.ratings.has(record.id)) this.ratings.set(record.id, record);
  }
  pick<T>(map: ReadonlyMap<string, T>, index: number): T | undefined {
    const values = [...map.values()];
    return values.length === 0 ? undefined : values[index % values.length];
  }
}

/** Another device's log as a file of the given version, and what it adds to the model. */
function otherDeviceFile(step: Extract<Command, { kind: 'import-other' }>, model: Model, now: number, serial: () => string) {
  const own = step.shared.flatMap((index) => model.pick(model.attempts, index) ?? []);
  const answers = step.answers.map((each) => attempt(`other-${serial()}`, { questionId: `q${each.question}`, correct: each.correct, at: minutes(now - each.minutesAgo), chosen: ['B'], mode: 'review' }));
  const ratings = step.answers.flatMap((each, index) => {
    const target = answers[index];
    return each.rating && target ? [rated(target, each.rating, minutes(now - each.minutesAgo + 0.5))] : [];
  });
  const attempts = [...answers, ...own];
  const text =
    step.version === 3
      ? fileText({ version: 3, attempts, ratings, sessions: [] })
      : // Version 2 has no `revealed`, and ratings name only their attempt.
        fileText({
          version: 2,
          attempts: attempts.map(({ id, questionId, fingerprint, chosen, correct, at, mode }) => ({ id, questionId, fingerprint, chosen, correct, at, mode })),
          ratings: ratings.map(({ attemptId, rating: value, at }) => ({ attemptId, rating: value, at })),
          sessions: [],
        });
  // What is already here stays as it is; a version 2 file's answers were not revealed.
  return { text, attempts: attempts.map((each) => ({ ...each, revealed: step.version === 3 ? each.revealed : false })), ratings };
}

let browser: Browser | null = null;

afterEach(() => {
  if (browser) closeTabs(browser);
  vi.unstubAllGlobals();
});

async function check(store: StudyStore, model: Model, factory: IDBFactory): Promise<void> {
  const expected = summariesOf([...model.attempts.values()], [...model.ratings.values()]);
  expect(store.getSnapshot().summaries).toEqual(expected);
  const saved = await dumpDb(factory);
  const ids = [...model.attempts.keys()].sort();
  expect(saved.attempts.map((each) => each.id).sort()).toEqual(ids);
  expect(saved.ratings.map((each) => each.id).sort()).toEqual([...model.ratings.keys()].sort());
  expect(saved.summaries).toEqual(expected);
  expect([...saved.days.values()].reduce((total, count) => total + count, 0)).toBe(ids.length);
  expect(exportedLog(await store.exportText()).attempts.map((each) => each.id).sort()).toEqual(ids);
}

describe('the study store, as a model', () => {
  it('keeps every answer exactly once, and summaries equal to the log’s, through any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        if (browser) closeTabs(browser);
        const current = newBrowser();
        browser = current;
        let store = await openTab(current);
        const model = new Model();
        const exports: string[] = [];
        let clock = 10_000;
        let count = 0;
        const serial = () => String((count += 1));
        const tick = () => minutes((clock += 1));

        for (const step of commands) {
          if (step.kind === 'answer' || step.kind === 'retry') {
            const made = attempt(`a${serial()}`, { questionId: `q${step.question}`, correct: step.correct, at: tick(), revealed: step.kind === 'retry' });
            await store.recordAttempt(made);
            model.addAttempt(made);
          } else if (step.kind === 'rate') {
            const target = model.pick(model.attempts, step.pick);
            if (target) {
              const entry = rated(target, step.rating, tick());
              await store.recordRating(entry);
              model.addRating(entry);
            }
          } else if (step.kind === 'export') {
            exports.push(await store.exportText());
          } else if (step.kind === 'import-own') {
            const file = exports[step.pick % Math.max(exports.length, 1)];
            if (file) expect(await store.importText(file, () => undefined)).toEqual({ ok: true, added: { attempts: 0, ratings: 0, sessions: 0, marks: 0 } });
          } else if (step.kind === 'import-other') {
            const other = otherDeviceFile(step, model, clock, serial);
            expect((await store.importText(other.text, () => undefined)).ok).toBe(true);
            for (const each of other.attempts) model.addAttempt(each);
            for (const each of other.ratings) model.addRating(each);
          } else if (step.kind === 'reload') {
            store.close();
            store = await openTab(current);
          } else {
            await store.rebuildAll();
          }
          await check(store, model, current.factory);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
