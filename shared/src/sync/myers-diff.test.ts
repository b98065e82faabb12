import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { myersHunks } from './myers-diff.ts';

/** Length of the longest common subsequence, by the textbook table (small inputs only). */
const lcs = (a: number[], b: number[]) => {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
  return t[a.length]![b.length]!;
};

describe('myersHunks', () => {
  it('gives hunks that turn the base into the other side with a minimal number of changed lines', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 });
    fc.assert(
      fc.property(seq, seq, (o, x) => {
        const hunks = myersHunks(Int32Array.from(o), Int32Array.from(x), { left: Infinity })!;
        const rebuilt: number[] = [];
        let at = 0;
        for (const h of hunks) {
          rebuilt.push(...o.slice(at, h.oStart), ...x.slice(h.abStart, h.abStart + h.abLength));
          at = h.oStart + h.oLength;
        }
        rebuilt.push(...o.slice(at));
        expect(rebuilt).toEqual(x);
        const removed = hunks.reduce((n, h) => n + h.oLength, 0);
        expect(o.length - removed).toBe(lcs(o, x));
      }),
      { numRuns: 500 },
    );
  });

  it('stops with null when the budget runs out', () => {
    const o = Int32Array.from({ length: 2000 }, (_, i) => i);
    const x = Int32Array.from({ length: 2000 }, (_, i) => i + 5000);
    expect(myersHunks(o, x, { left: 10_000 })).toBeNull();
  });
});
