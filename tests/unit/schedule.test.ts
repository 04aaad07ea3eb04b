import { describe, expect, it } from 'vitest';
import type { Attempt, Progress, RatingEntry } from '@/lib/browser-schema';
import { emptyProgress } from '@/lib/progress';
import { dueToday, endOfDay, schedules } from '@/lib/schedule';

const NOW = new Date('2026-06-10T09:00:00');
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000).toISOString();
const attempt = (id: string, questionId: string, correct: boolean, minutesAgo: number): Attempt => ({ id, questionId, fingerprint: 'f', chosen: ['A'], correct, at: at(minutesAgo), mode: 'review' });
const rating = (attemptId: string, value: RatingEntry['rating'], minutesAgo: number): RatingEntry => ({ attemptId, rating: value, at: at(minutesAgo) });
const progress = (attempts: Attempt[], ratings: RatingEntry[] = []): Progress => ({ ...emptyProgress(), attempts, ratings });

const DAY = 24 * 60 * 60 * 1000;

describe('spaced review schedule', () => {
  it.each([
    ['a wrong answer is "again", due today', [attempt('a', 'q', false, 5)], [], 'again', true],
    ['a wrong answer stays "again" even if rated easy', [attempt('a', 'q', false, 5)], [rating('a', 'easy', 4)], 'again', true],
    ['a right answer without a rating counts as "good"', [attempt('a', 'q', true, 5)], [], 'good', true],
    ['a right answer rated easy is not due today', [attempt('a', 'q', true, 5)], [rating('a', 'easy', 4)], 'easy', false],
    ['the newest rating of an attempt counts', [attempt('a', 'q', true, 5)], [rating('a', 'again', 4), rating('a', 'easy', 3)], 'easy', false],
  ])('%s', (_case, attempts, ratings, lastRating, due) => {
    const entry = schedules(progress(attempts, ratings)).get('q');
    expect(entry?.lastRating).toBe(lastRating);
    expect(dueToday(progress(attempts, ratings), NOW).some((each) => each.questionId === 'q')).toBe(due);
  });

  it('pushes a question further out each time it is known', () => {
    const once = schedules(progress([attempt('a', 'q', true, 3 * 24 * 60)], [rating('a', 'good', 3 * 24 * 60)])).get('q');
    const twice = schedules(
      progress([attempt('a', 'q', true, 3 * 24 * 60), attempt('b', 'q', true, 5)], [rating('a', 'good', 3 * 24 * 60), rating('b', 'good', 4)]),
    ).get('q');
    expect(twice!.reviews).toBe(2);
    expect(twice!.due.getTime()).toBeGreaterThan(once!.due.getTime());
    expect(twice!.due.getTime() - NOW.getTime()).toBeGreaterThan(DAY);
  });

  it('does not depend on the order attempts were saved in (merged devices agree)', () => {
    const attempts = [attempt('a', 'q', true, 2 * 24 * 60), attempt('b', 'q', false, 24 * 60), attempt('c', 'q', true, 10)];
    expect(schedules(progress([...attempts].reverse()))).toEqual(schedules(progress(attempts)));
  });

  it('lists what is due by the end of today, most overdue first, and only answered questions', () => {
    const list = dueToday(progress([attempt('a', 'late', false, 60), attempt('b', 'early', false, 120), attempt('c', 'known', true, 5)], [rating('c', 'easy', 4)]), NOW);
    expect(list.map((each) => each.questionId)).toEqual(['early', 'late']);
    expect(list.every((each) => each.due.getTime() <= endOfDay(NOW).getTime())).toBe(true);
  });

  it('ends the day at local midnight', () => {
    const end = endOfDay(NOW);
    expect([end.getHours(), end.getMinutes(), end.getDate()]).toEqual([23, 59, NOW.getDate()]);
  });
});
