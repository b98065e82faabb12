import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPosition, positionBetween, positionsBetween } from './fractional-index.ts';
import { comparePositions } from './position-order.ts';

describe('positions', () => {
  it('start a list, append and insert between', () => {
    const first = positionBetween(null, null);
    const last = positionBetween(first, null);
    const middle = positionBetween(first, last);
    expect([last, middle, first].sort(comparePositions)).toEqual([first, middle, last]);
  });

  it('makes several ascending positions at once', () => {
    const keys = positionsBetween(null, null, 5);
    expect([...keys].sort(comparePositions)).toEqual(keys);
    expect(new Set(keys).size).toBe(5);
  });

  it('stays ordered under random insertions', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), (choices) => {
        const list: string[] = [];
        for (const c of choices) {
          const at = c % (list.length + 1);
          list.splice(at, 0, positionBetween(list[at - 1] ?? null, list[at] ?? null));
        }
        expect([...list].sort(comparePositions)).toEqual(list);
        expect(list.every(isPosition)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('recognises valid keys only', () => {
    expect(isPosition('a0')).toBe(true);
    expect(isPosition('')).toBe(false);
    expect(isPosition('a00')).toBe(false); // trailing zero: not a canonical key
    expect(isPosition(7)).toBe(false);
  });
});
