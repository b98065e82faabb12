import { describe, expect, it } from 'vitest';
import { reviewHeading } from './review-heading.ts';

describe('the review heading', () => {
  it('names the entity once', () => {
    expect(reviewHeading('Kenya', 'Answer of Kenya to the request')).toBe('Answer of Kenya to the request');
    expect(reviewHeading('Benin', 'Information on the Plan of Action')).toBe('Benin: Information on the Plan of Action');
    // The language says how the two are joined (French puts a space before the colon).
    expect(reviewHeading('Bénin', 'Informations', (e, t) => `${e}\u00a0: ${t}`)).toBe('Bénin\u00a0: Informations');
  });
});
