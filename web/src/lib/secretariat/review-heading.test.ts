import { describe, expect, it } from 'vitest';
import { reviewHeading } from './review-heading.ts';

describe('the review heading', () => {
  it('names the entity once', () => {
    expect(reviewHeading('Kenya', 'Answer of Kenya to the request')).toBe('Answer of Kenya to the request');
    expect(reviewHeading('Benin', 'Information on the Plan of Action')).toBe('Benin: Information on the Plan of Action');
  });
});
