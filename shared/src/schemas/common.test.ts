import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueItems } from './common.ts';

describe('uniqueItems', () => {
  it('finds a value given twice, in lists of text and of anything else, as comparing their JSON would', () => {
    const byJson = (list: unknown[]) => new Set(list.map((x) => JSON.stringify(x))).size === list.length;
    expect(uniqueItems(['5', '6', '8bis'])).toBe(true);
    expect(uniqueItems(['5', '6', '5'])).toBe(false);
    expect(uniqueItems(['\u00e9', 'e\u0301'])).toBe(true); // é composed and decomposed: different text, as in JSON
    expect(uniqueItems([1, '1'])).toBe(true);
    expect(uniqueItems([{ a: 1 }, { a: 1 }])).toBe(false);
    expect(uniqueItems([])).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 3 }), { maxLength: 12 }), (list) => uniqueItems(list) === byJson(list)),
    );
    fc.assert(fc.property(fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 8 }), (list) => uniqueItems(list) === byJson(list)));
  });
});
