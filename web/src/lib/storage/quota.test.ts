import { describe, expect, it } from 'vitest';
import { isQuotaError } from './quota.ts';

describe('isQuotaError', () => {
  it('recognises the error directly, wrapped by Dexie, and as an AbortError with an inner quota error', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: new DOMException('full', 'QuotaExceededError') })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'AbortError', inner: { name: 'QuotaExceededError' } } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError' })).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
