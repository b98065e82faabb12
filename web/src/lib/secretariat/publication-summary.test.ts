import { describe, expect, it } from 'vitest';
import { publicationSummary } from './publication-summary.ts';

describe('what a publication makes public', () => {
  it('lists the public elements with their hidden fields, and counts what is withheld', () => {
    const summary = publicationSummary([
      { title: 'Law', confidential: false, confidentialFields: ['description', 'articles'] },
      { title: 'Secret talks', confidential: true, confidentialFields: ['place'] },
      { title: 'Seminar' },
    ]);
    expect(summary.public.map((p) => [p.item.title, p.hiddenFields])).toEqual([
      ['Law', ['description', 'articles']],
      ['Seminar', []],
    ]);
    expect(summary.withheld).toBe(1);
    expect(summary.hiddenFields).toBe(2);
  });
});
