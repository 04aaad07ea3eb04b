import { createEmptyCard, fsrs, Rating as Fsrs, State, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Rating } from '@/lib/study/log';
import { UNRATED_RIGHT, endOfDay, gradeOf, replayCard, type ScheduleStep } from '@/lib/study/schedule';

/*
 * The schedule replays a question's answers through FSRS. Expected cards come from ts-fsrs
 * itself, called here step by step, or from relations between two replays.
 */

const T = Date.parse('2026-06-10T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const at = (days: number, minutes = 0) => new Date(T + days * DAY + minutes * 60_000).toISOString();

const step = (when: string, correct: boolean, rating?: Rating, revealed = false): ScheduleStep => ({ attempt: { at: when, correct, revealed }, rating });
const shown = (when: string, correct = true, rating?: Rating): ScheduleStep => step(when, correct, rating, true);

/** The default settings, spelled out for ts-fsrs: one 10-minute step, 90 % retention, half a year at most. */
const EXAM_PARAMS = { request_retention: 0.9, maximum_interval: 180, learning_steps: ['10m'], relearning_steps: ['10m'] } as const;

/** ts-fsrs on its own: a new card reviewed with these grades at these times. */
function direct(reviews: readonly [string, Grade][]): Card {
  const scheduler = fsrs(EXAM_PARAMS);
  let card: Card | null = null;
  for (const [when, grade] of reviews) card = scheduler.next(card ?? createEmptyCard(new Date(when)), new Date(when), grade).card;
  if (!card) throw new Error('no review');
  return card;
}

const replayed = (steps: ScheduleStep[]) => {
  const result = replayCard(steps);
  if (!result) throw new Error('no card');
  return result;
};
const dueOf = (steps: ScheduleStep[]) => replayed(steps).card.due.getTime();

describe('the grade an answer gives', () => {
  it('an unrated right answer is "hard"', () => {
    expect(UNRATED_RIGHT).toBe('hard');
  });

  it.each<[string, boolean, Rating | undefined, Rating]>([
    ['wrong, unrated', false, undefined, 'again'],
    ['wrong, rated easy', false, 'easy', 'again'],
    ['wrong, rated good', false, 'good', 'again'],
    ['right, unrated', true, undefined, 'hard'],
    ['right, rated again', true, 'again', 'again'],
    ['right, rated hard', true, 'hard', 'hard'],
    ['right, rated good', true, 'good', 'good'],
    ['right, rated easy', true, 'easy', 'easy'],
  ])('%s -> %s', (_case, correct, rating, grade) => {
    expect(gradeOf({ correct }, rating)).toBe(grade);
  });
});

describe('replaying a question’s answers', () => {
  it('no answer: no card', () => {
    expect(replayCard([])).toBeNull();
  });

  it.each<[string, ScheduleStep[], [string, Grade][], Rating]>([
    ['a wrong answer is reviewed as Again', [step(at(0), false)], [[at(0), Fsrs.Again]], 'again'],
    ['a wrong answer rated easy is still Again', [step(at(0), false, 'easy')], [[at(0), Fsrs.Again]], 'again'],
    ['an unrated right answer is reviewed as Hard', [step(at(0), true)], [[at(0), Fsrs.Hard]], 'hard'],
    ['a right answer rated good is Good', [step(at(0), true, 'good')], [[at(0), Fsrs.Good]], 'good'],
    ['a right answer rated easy is Easy', [step(at(0), true, 'easy')], [[at(0), Fsrs.Easy]], 'easy'],
    [
      'wrong, then right and rated good three days later',
      [step(at(0), false), step(at(3), true, 'good')],
      [
        [at(0), Fsrs.Again],
        [at(3), Fsrs.Good],
      ],
      'good',
    ],
  ])('%s', (_case, steps, reviews, grade) => {
    expect(replayCard(steps)).toEqual({ card: direct(reviews), grade });
  });

  it('an unrated right answer comes back sooner than "good" and later than a wrong one', () => {
    const unrated = dueOf([step(at(0), true)]);
    expect(unrated).toBeLessThan(dueOf([step(at(0), true, 'good')]));
    expect(unrated).toBeGreaterThan(dueOf([step(at(0), false)]));
  });

  it('each time a question is known it is pushed further out', () => {
    const once = dueOf([step(at(-3), true, 'good')]);
    const twice = dueOf([step(at(-3), true, 'good'), step(at(0), true, 'good')]);
    expect(twice).toBeGreaterThan(once);
    expect(twice - T).toBeGreaterThan(DAY);
  });
});

describe('an answer given after the key was shown never moves the card', () => {
  it.each<[string, ScheduleStep[], ScheduleStep[]]>([
    ['right after a wrong answer and its key', [step(at(0), false), shown(at(0, 1))], [step(at(0), false)]],
    ['right after reveal, even rated easy', [step(at(0), false), shown(at(0, 1), true, 'easy')], [step(at(0), false)]],
    ['wrong after reveal', [step(at(0), true, 'good'), shown(at(0, 1), false)], [step(at(0), true, 'good')]],
    ['between two clean answers', [step(at(0), true, 'good'), shown(at(1), true), step(at(3), true, 'good')], [step(at(0), true, 'good'), step(at(3), true, 'good')]],
    ['several in a row', [step(at(0), false), shown(at(0, 1)), shown(at(0, 2)), shown(at(0, 3), false)], [step(at(0), false)]],
    ['before the first clean answer', [shown(at(0)), step(at(2), true, 'good')], [step(at(2), true, 'good')]],
  ])('%s', (_case, withShown, without) => {
    expect(replayCard(withShown)).toEqual(replayCard(without));
  });

  it.each<[string, ScheduleStep[]]>([
    ['right', [shown(at(0))]],
    ['right and rated easy', [shown(at(0), true, 'easy')]],
    ['wrong', [shown(at(0), false)]],
    ['twice', [shown(at(0)), shown(at(1))]],
  ])('a question first answered after its key was shown (%s) is due at once, ungraded', (_case, steps) => {
    const result = replayed(steps);
    expect(result.grade).toBeNull();
    expect(result.card.state).toBe(State.New);
    expect(result.card.reps).toBe(0);
    expect(result.card.due.toISOString()).toBe(at(0));
  });
});

describe('end of day', () => {
  it('is local midnight of the same day', () => {
    const now = new Date(2026, 5, 10, 9, 30);
    const end = endOfDay(now);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([2026, 5, 10, 23, 59, 59]);
    expect(now.getHours()).toBe(9);
  });
});
