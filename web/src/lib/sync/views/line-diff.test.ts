import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffLines } from './line-diff.ts';

const side = (lines: ReturnType<typeof diffLines>, drop: 'added' | 'removed') =>
  lines
    .filter((l) => l.kind !== drop)
    .map((l) => l.text)
    .join('\n');

describe('diffLines', () => {
  it('marks one changed line in a long text', () => {
    const before = 'one\ntwo\nthree\nfour';
    const after = 'one\nTWO\nthree\nfour';
    expect(diffLines(before, after)).toEqual([
      { kind: 'same', text: 'one' },
      { kind: 'removed', text: 'two' },
      { kind: 'added', text: 'TWO' },
      { kind: 'same', text: 'three' },
      { kind: 'same', text: 'four' },
    ]);
  });

  it('shows identical texts as unchanged', () => {
    expect(diffLines('a\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
  });

  it('always rebuilds both sides exactly', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 12 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = diffLines(before, after);
        expect(side(diff, 'added')).toBe(before);
        expect(side(diff, 'removed')).toBe(after);
      }),
      { numRuns: 300 },
    );
  });
});
