import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from './backoff.ts';

describe('backoffDelay', () => {
  it('is zero before any failure', () => {
    expect(backoffDelay(0)).toBe(0);
  });

  it('doubles from the base and stops at the cap', () => {
    const top = { random: () => 0.999999 };
    expect(backoffDelay(1, top)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(2, top)).toBe(2 * BACKOFF_BASE_MS);
    expect(backoffDelay(3, top)).toBe(4 * BACKOFF_BASE_MS);
    expect(backoffDelay(50, top)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(10_000, top)).toBe(BACKOFF_MAX_MS);
  });

  it('stays within [nominal / 2, nominal] whatever the jitter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.double({ min: 0, max: 0.9999, noNaN: true }), (failures, r) => {
        const nominal = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 30));
        const delay = backoffDelay(failures, { random: () => r });
        expect(delay).toBeGreaterThanOrEqual(Math.floor(nominal / 2));
        expect(delay).toBeLessThanOrEqual(nominal);
      }),
    );
  });
});
