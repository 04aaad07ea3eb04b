import { describe, expect, it } from 'vitest';
import { shares } from '../../scripts/parse-in-parallel';

describe('shares: a vault split among workers', () => {
  it.each([
    { items: ['a', 'b', 'c', 'd', 'e'], count: 2, expected: [['a', 'c', 'e'], ['b', 'd']] },
    { items: ['a', 'b', 'c'], count: 3, expected: [['a'], ['b'], ['c']] },
    // More workers than notes: no worker is started with nothing to do.
    { items: ['a', 'b'], count: 4, expected: [['a'], ['b']] },
    { items: ['a', 'b', 'c'], count: 1, expected: [['a', 'b', 'c']] },
    { items: [], count: 2, expected: [] },
  ])('$items among $count', ({ items, count, expected }) => {
    expect(shares(items, count)).toEqual(expected);
  });
});
