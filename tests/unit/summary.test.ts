import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RATINGS, type Attempt, type Rating, type RatingEntry } from '@/lib/study/log';
import { isKnown, latestOf, standing, type Standing } from '@/lib/study/standing';
import { latestRatings, summarise, type QuestionSummary } from '@/lib/study/summary';
import { attempt, minutes, rated } from './study-fixtures';

/*
 * What a question's summary says, from its answers and ratings: the badge (standing), the
 * counts, and the schedule. A right answer given after the key was shown is kept and
 * shown for what it is, but never counts as right.
 */

const wrong = (id: string, at: number, change: Partial<Attempt> = {}) => attempt(id, { correct: false, chosen: ['B'], at: minutes(at), ...change });
const right = (id: string, at: number, change: Partial<Attempt> = {}) => attempt(id, { correct: true, at: minutes(at), ...change });
const shownRight = (id: string, at: number) => right(id, at, { revealed: true });
const shownWrong = (id: string, at: number) => wrong(id, at, { revealed: true });

function summaryOf(attempts: readonly Attempt[], ratings: readonly RatingEntry[] = []): QuestionSummary {
  const summary = summarise('q1', attempts, ratings);
  if (!summary) throw new Error('expected a summary');
  return summary;
}

/** What the student sees of a summary, and what counts. */
const seen = (summary: QuestionSummary) => ({
  standing: standing(summary),
  known: isKnown(summary),
  grade: summary.grade,
  latestRating: summary.latestRating,
  attempts: summary.attempts,
  clean: summary.clean,
  cleanCorrect: summary.cleanCorrect,
  everCleanCorrect: summary.everCleanCorrect,
});

/** The part of a summary that only clean answers decide. */
const counted = ({ clean, cleanCorrect, lastClean, everCleanCorrect, card, due, grade }: QuestionSummary) => ({ clean, cleanCorrect, lastClean, everCleanCorrect, card, due, grade });

type Expected = { standing: Standing; known: boolean; grade: Rating | null; latestRating: Rating | null; attempts: number; clean: number; cleanCorrect: number; everCleanCorrect: boolean };

describe('a question’s summary', () => {
  const a = right('a', 0);
  const b = right('b', 10);
  it.each<[string, Attempt[], RatingEntry[], Expected]>([
    ['a wrong answer: "again"', [wrong('a', 0)], [], { standing: 'wrong', known: false, grade: 'again', latestRating: null, attempts: 1, clean: 1, cleanCorrect: 0, everCleanCorrect: false }],
    [
      'a wrong answer rated easy is still "again"',
      [wrong('a', 0)],
      [rated(wrong('a', 0), 'easy', minutes(1))],
      { standing: 'wrong', known: false, grade: 'again', latestRating: 'easy', attempts: 1, clean: 1, cleanCorrect: 0, everCleanCorrect: false },
    ],
    ['an unrated right answer: "hard"', [a], [], { standing: 'correct', known: true, grade: 'hard', latestRating: null, attempts: 1, clean: 1, cleanCorrect: 1, everCleanCorrect: true }],
    ['a right answer rated good', [a], [rated(a, 'good', minutes(1))], { standing: 'correct', known: true, grade: 'good', latestRating: 'good', attempts: 1, clean: 1, cleanCorrect: 1, everCleanCorrect: true }],
    [
      'the newest rating of an answer counts, whatever the list order',
      [a],
      [rated(a, 'easy', minutes(3)), rated(a, 'again', minutes(1)), rated(a, 'hard', minutes(2))],
      { standing: 'correct', known: true, grade: 'easy', latestRating: 'easy', attempts: 1, clean: 1, cleanCorrect: 1, everCleanCorrect: true },
    ],
    [
      'an older answer’s rating is not the newest answer’s',
      [a, b],
      [rated(a, 'easy', minutes(1))],
      { standing: 'correct', known: true, grade: 'hard', latestRating: null, attempts: 2, clean: 2, cleanCorrect: 2, everCleanCorrect: true },
    ],
    [
      'right, then wrong: the newest answer decides',
      [a, wrong('b', 10)],
      [],
      { standing: 'wrong', known: false, grade: 'again', latestRating: null, attempts: 2, clean: 2, cleanCorrect: 1, everCleanCorrect: true },
    ],
    [
      'wrong, then right after the key was shown: revealed, not known',
      [wrong('a', 0), shownRight('b', 1)],
      [],
      { standing: 'revealed', known: false, grade: 'again', latestRating: null, attempts: 2, clean: 1, cleanCorrect: 0, everCleanCorrect: false },
    ],
    [
      'right after the key was shown and rated easy: still not known',
      [wrong('a', 0), shownRight('b', 1)],
      [rated(shownRight('b', 1), 'easy', minutes(2))],
      { standing: 'revealed', known: false, grade: 'again', latestRating: 'easy', attempts: 2, clean: 1, cleanCorrect: 0, everCleanCorrect: false },
    ],
    [
      'right, then right again after the key was shown',
      [a, shownRight('b', 10)],
      [],
      { standing: 'revealed', known: false, grade: 'hard', latestRating: null, attempts: 2, clean: 1, cleanCorrect: 1, everCleanCorrect: true },
    ],
    [
      'wrong after the key was shown',
      [a, shownWrong('b', 10)],
      [],
      { standing: 'wrong', known: false, grade: 'hard', latestRating: null, attempts: 2, clean: 1, cleanCorrect: 1, everCleanCorrect: true },
    ],
    [
      'first answered after the key was shown',
      [shownRight('a', 0)],
      [],
      { standing: 'revealed', known: false, grade: null, latestRating: null, attempts: 1, clean: 0, cleanCorrect: 0, everCleanCorrect: false },
    ],
    [
      'a revealed answer, then a clean right one: known',
      [shownRight('a', 0), right('b', 10)],
      [],
      { standing: 'correct', known: true, grade: 'hard', latestRating: null, attempts: 2, clean: 1, cleanCorrect: 1, everCleanCorrect: true },
    ],
  ])('%s', (_case, attempts, ratings, expected) => {
    expect(seen(summaryOf(attempts, ratings))).toEqual(expected);
  });

  it('keeps the newest answer as the badge shows it, and the newest clean one', () => {
    const summary = summaryOf([wrong('a', 0, { fingerprint: 'old' }), shownRight('b', 5)]);
    expect(summary.latest).toEqual({ id: 'b', at: minutes(5), correct: true, revealed: true, fingerprint: 'f', mode: 'practice', chosen: ['A'] });
    expect(summary.lastClean).toEqual({ at: minutes(0), correct: false, fingerprint: 'old' });
    expect(summary.questionId).toBe('q1');
  });

  it('is due at once when the first answer came after the key was shown', () => {
    const summary = summaryOf([shownRight('a', 0)]);
    expect(summary.due).toBe(minutes(0));
    expect(summary.lastClean).toBeNull();
  });

  it.each<[string, Attempt[], number]>([
    ['one right answer', [right('a', 0)], 0],
    ['one wrong answer', [wrong('a', 0)], 1],
    ['a miss long ago, right since', [wrong('a', 0), right('b', 10), right('c', 20)], 1],
    ['a wrong answer after the key was shown is a miss too', [right('a', 0), shownWrong('b', 5)], 1],
    ['a right answer after the key was shown is no miss', [shownRight('a', 0)], 0],
    ['misses in every mode', [wrong('a', 0, { mode: 'note' }), wrong('b', 1, { mode: 'exam' }), wrong('c', 2, { mode: 'review' }), right('d', 3)], 3],
  ])('counts every wrong answer (practice’s "missed anywhere"): %s', (_case, attempts, expected) => {
    expect(summaryOf(attempts).wrong).toBe(expected);
  });

  it('reads only its own question, and is null without an answer', () => {
    const other = wrong('x', 5, { questionId: 'q2' });
    expect(summarise('q1', [right('a', 0), other], [rated(other, 'easy', minutes(6))])).toEqual(summarise('q1', [right('a', 0)], []));
    expect(summarise('q1', [other], [])).toBeNull();
    expect(summarise('q1', [], [])).toBeNull();
  });
});

/* Random histories of one question, for the rules that hold for every history. */

const historyItem = fc.record({ gap: fc.integer({ min: 1, max: 3 * 24 * 60 }), correct: fc.boolean(), revealed: fc.boolean(), rating: fc.option(fc.constantFrom(...RATINGS), { nil: undefined }) });

function historyOf(items: readonly { gap: number; correct: boolean; revealed: boolean; rating: Rating | undefined }[]) {
  let clock = 0;
  const attempts: Attempt[] = [];
  const ratings: RatingEntry[] = [];
  items.forEach((item, index) => {
    clock += item.gap;
    const made = attempt(`a${index}`, { at: minutes(clock), correct: item.correct, revealed: item.revealed });
    attempts.push(made);
    if (item.rating) ratings.push(rated(made, item.rating, minutes(clock + 0.5)));
  });
  return { attempts, ratings };
}

describe('rules every history keeps', () => {
  it('does not depend on the order the records are listed in (merged devices agree)', () => {
    fc.assert(
      fc.property(
        fc.array(historyItem, { minLength: 1, maxLength: 8 }).chain((items) => {
          const { attempts, ratings } = historyOf(items);
          return fc.tuple(fc.constant({ attempts, ratings }), fc.shuffledSubarray(attempts, { minLength: attempts.length }), fc.shuffledSubarray(ratings, { minLength: ratings.length }));
        }),
        ([history, attempts, ratings]) => {
          expect(summarise('q1', attempts, ratings)).toEqual(summarise('q1', history.attempts, history.ratings));
        },
      ),
    );
  });

  it('an answer after the key was shown, anywhere in the history, changes nothing that counts', () => {
    fc.assert(
      fc.property(
        fc.array(historyItem, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 6 * 3 * 24 * 60 }),
        fc.boolean(),
        fc.option(fc.constantFrom(...RATINGS), { nil: undefined }),
        (items, when, correct, rating) => {
          const history = historyOf(items.map((item) => ({ ...item, revealed: false })));
          // Half a minute off the history's whole minutes, so it never ties with one of its answers.
          const extra = attempt('shown', { at: minutes(when + 0.25), correct, revealed: true });
          const ratings = rating ? [...history.ratings, rated(extra, rating, minutes(when + 0.3))] : history.ratings;
          const withShown = summaryOf([...history.attempts, extra], ratings);
          const without = summaryOf(history.attempts, history.ratings);
          expect(counted(withShown)).toEqual(counted(without));
          expect(withShown.attempts).toBe(without.attempts + 1);
          expect(isKnown(withShown)).toBe(withShown.latest.id === 'shown' ? false : isKnown(without));
        },
      ),
    );
  });
});

describe('ratings', () => {
  const a = right('a', 0);
  it.each<[string, RatingEntry[], [string, Rating][]]>([
    ['none', [], []],
    ['one', [rated(a, 'good', minutes(1))], [['a', 'good']]],
    ['the later one wins, listed first or last', [rated(a, 'easy', minutes(2)), rated(a, 'again', minutes(1))], [['a', 'easy']]],
    // Same time, as two tabs might save it: the id decides, so every copy agrees.
    [
      'at the same time, the larger id wins',
      [
        { ...rated(a, 'easy', minutes(1)), id: 'x2' },
        { ...rated(a, 'hard', minutes(1)), id: 'x1' },
      ],
      [['a', 'easy']],
    ],
    ['each answer its own', [rated(a, 'good', minutes(1)), rated(right('b', 5), 'hard', minutes(6))], [['a', 'good'], ['b', 'hard']]],
  ])('%s', (_case, ratings, expected) => {
    expect([...latestRatings(ratings)]).toEqual(expected);
    expect([...latestRatings([...ratings].reverse())].sort()).toEqual([...expected].sort());
  });
});

describe('standing and the newest of several', () => {
  it.each<[string, QuestionSummary | undefined, Standing]>([
    ['never answered', undefined, 'none'],
    ['right', summaryOf([right('a', 0)]), 'correct'],
    ['wrong', summaryOf([wrong('a', 0)]), 'wrong'],
    ['right after the key was shown', summaryOf([wrong('a', 0), shownRight('b', 1)]), 'revealed'],
  ])('%s: %s', (_case, summary, expected) => {
    expect(standing(summary)).toBe(expected);
    expect(isKnown(summary)).toBe(expected === 'correct');
  });

  it('latestOf picks the newest answered question and skips unanswered ones', () => {
    const older = summaryOf([right('a', 0)]);
    const newer = summaryOf([wrong('b', 30)]);
    expect(latestOf([older, undefined, newer])).toBe(newer);
    expect(latestOf([newer, older])).toBe(newer);
    expect(latestOf([undefined])).toBeNull();
    expect(latestOf([])).toBeNull();
  });
});
