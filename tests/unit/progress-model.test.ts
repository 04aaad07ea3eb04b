import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Attempt } from '@/lib/browser-schema';
import { PROGRESS_KEY, emptyProgress, readProgress } from '@/lib/progress';
import { exportProgress } from '@/lib/progress-file';
import { FakeStorage, installWindow, openTab } from './fake-browser';

/*
 * A model test of the progress store: any sequence of answering, rating, exporting,
 * importing (its own exports or another device's) and reloading keeps every attempt ever
 * made, in memory and in storage, exactly once.
 */

afterEach(() => {
  vi.unstubAllGlobals();
});

type Command =
  | { kind: 'answer'; question: number; correct: boolean }
  | { kind: 'rate'; pick: number; rating: 'again' | 'hard' | 'good' | 'easy' }
  | { kind: 'export' }
  | { kind: 'import-own'; pick: number }
  | { kind: 'import-other-device'; count: number }
  | { kind: 'reload' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('answer' as const), question: fc.nat(5), correct: fc.boolean() }),
  fc.record({ kind: fc.constant('rate' as const), pick: fc.nat(), rating: fc.constantFrom('again' as const, 'hard' as const, 'good' as const, 'easy' as const) }),
  fc.record({ kind: fc.constant('export' as const) }),
  fc.record({ kind: fc.constant('import-own' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('import-other-device' as const), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('reload' as const) }),
);

describe('the progress store, as a model', () => {
  it('keeps every attempt through any sequence of answer, rate, export, import and reload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 25 }), async (commands) => {
        const storage = new FakeStorage();
        installWindow(storage);
        let store = await openTab();
        const expected = new Set<string>();
        const exports: string[] = [];
        let clock = Date.parse('2026-05-01T09:00:00.000Z');
        let serial = 0;
        const tick = () => new Date((clock += 1_000)).toISOString();

        for (const step of commands) {
          if (step.kind === 'answer') {
            const id = `a${(serial += 1)}`;
            store.recordAttempt({ id, questionId: `q${step.question}`, fingerprint: 'f', chosen: ['A'], correct: step.correct, at: tick(), mode: 'practice' });
            expected.add(id);
          } else if (step.kind === 'rate') {
            const ids = [...expected];
            const attemptId = ids[step.pick % Math.max(ids.length, 1)];
            if (attemptId) store.recordRating({ attemptId, rating: step.rating, at: tick() });
          } else if (step.kind === 'export') {
            exports.push(store.exportFile());
          } else if (step.kind === 'import-own') {
            const file = exports[step.pick % Math.max(exports.length, 1)];
            if (file) expect(store.importFile(file).ok).toBe(true);
          } else if (step.kind === 'import-other-device') {
            const attempts: Attempt[] = Array.from({ length: step.count }, () => {
              const id = `other${(serial += 1)}`;
              expected.add(id);
              return { id, questionId: 'q9', fingerprint: 'f', chosen: ['B'], correct: false, at: tick(), mode: 'exam' };
            });
            expect(store.importFile(exportProgress({ ...emptyProgress(), attempts }, new Date(clock))).ok).toBe(true);
          } else {
            store = await openTab();
          }

          const held = store.getSnapshot().progress.attempts.map((each) => each.id);
          const saved = readProgress(storage.getItem(PROGRESS_KEY)).progress.attempts.map((each) => each.id);
          expect(new Set(held)).toEqual(expected);
          expect(held).toHaveLength(expected.size);
          expect(new Set(saved)).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
