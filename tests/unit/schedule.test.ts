import { createEmptyCard, fsrs, Rating as Fsrs, State, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Rating } from '@/lib/study/log';
import { intervalText, type IntervalText } from '@/lib/study/due-text';
import { RATINGS } from '@/lib/study/log';
import { UNRATED_RIGHT, gradeOf, previewRatings, replayCard, type ScheduleStep } from '@/lib/study/schedule';
import { DEFAULT_SETTINGS, type ScheduleSettings } from '@/lib/study/schedule-settings';

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

describe('the four ratings always read strictly longer, again < hard < good < easy', () => {
  const settings = (change: Partial<ScheduleSettings>): ScheduleSettings => ({ ...DEFAULT_SETTINGS, ...change });
  const NO_STEPS = settings({ learningSteps: [] });
  const TWO_STEPS = settings({ learningSteps: ['1m', '10m'] });
  const reads = (unit: IntervalText['unit'], count: number): IntervalText => ({ unit, count });
  const [min, day, month] = [(n: number) => reads('minute', n), (n: number) => reads('day', n), (n: number) => reads('month', n)];

  // Where ts-fsrs alone gives two buttons the same reading, the later one is raised (or, at
  // the maximum interval, the earlier ones lowered); the others are ts-fsrs's own intervals.
  it.each<[string, ScheduleStep[], string, ScheduleSettings, IntervalText[]]>([
    ['fresh, default steps', [], at(0), DEFAULT_SETTINGS, [min(10), min(15), day(2), day(8)]],
    ['fresh, no steps (ts-fsrs: 1 day, 1 day, 2, 8)', [], at(0), NO_STEPS, [day(1), day(2), day(3), day(8)]],
    ['fresh, steps 1m 10m', [], at(0), TWO_STEPS, [min(1), min(6), min(10), day(8)]],
    ['learning after a wrong answer (ts-fsrs: good 1 day, easy 1 day)', [step(at(0), false)], at(0, 14), DEFAULT_SETTINGS, [min(10), min(15), day(1), day(2)]],
    ['learning, second of two steps', [step(at(0), true, 'good')], at(0, 14), TWO_STEPS, [min(1), min(6), day(2), day(4)]],
    ['relearning after a lapse (ts-fsrs: good 1 day, easy 1 day)', [step(at(0), true, 'good'), step(at(3), false)], at(3, 14), DEFAULT_SETTINGS, [min(10), min(15), day(1), day(2)]],
    [
      'relearning, lapsed twice (ts-fsrs: good 1 day, easy 1 day)',
      [step(at(0), false), step(at(0, 14), true, 'hard'), step(at(1), false), step(at(1, 15), false)],
      at(1, 30),
      DEFAULT_SETTINGS,
      [min(10), min(15), day(1), day(2)],
    ],
    ['forgotten with no steps (ts-fsrs: 1 day, 1 day, 2, 3)', [step(at(0), true, 'good'), step(at(3), false)], at(3, 14), NO_STEPS, [day(1), day(2), day(3), day(4)]],
    ['review, three days after a "good"', [step(at(0), true, 'good')], at(3), DEFAULT_SETTINGS, [min(10), day(9), day(14), day(24)]],
    [
      'review at a 30-day cap (ts-fsrs: 1 month, 1 month, 1.1 months)',
      [step(at(0), true, 'easy'), step(at(20), true, 'easy'), step(at(50), true, 'easy')],
      at(80),
      settings({ maximumInterval: 30 }),
      [min(10), day(28), day(29), month(1)],
    ],
  ])('%s', (_case, earlier, when, chosen, expected) => {
    const preview = previewRatings([...earlier, step(when, true)], chosen);
    expect(RATINGS.map((rating) => intervalText(preview?.[rating] ?? 0))).toEqual(expected);
  });
});

describe('what a rating schedules is what its button showed', () => {
  it.each<[string, ScheduleStep[], string, ScheduleSettings]>([
    ['learning after a wrong answer', [step(at(0), false)], at(0, 14), DEFAULT_SETTINGS],
    ['relearning after a lapse', [step(at(0), true, 'good'), step(at(3), false)], at(3, 14), DEFAULT_SETTINGS],
    ['fresh with no steps', [], at(0), { ...DEFAULT_SETTINGS, learningSteps: [] }],
    ['review at a 30-day cap', [step(at(0), true, 'easy'), step(at(20), true, 'easy'), step(at(50), true, 'easy')], at(80), { ...DEFAULT_SETTINGS, maximumInterval: 30 }],
  ])('%s', (_case, earlier, when, chosen) => {
    const preview = previewRatings([...earlier, step(when, true)], chosen);
    for (const rating of RATINGS) {
      const card = replayCard([...earlier, step(when, true, rating)], chosen)?.card;
      expect(card?.due.getTime()).toBe(Date.parse(when) + (preview?.[rating] ?? Number.NaN));
    }
  });
});
