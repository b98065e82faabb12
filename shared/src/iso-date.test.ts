import { describe, expect, it } from 'vitest';
import { addDays, addYears, firstDayOfNextMonth, isIsoDate } from './iso-date.ts';

describe('iso dates', () => {
  it('validates real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('does date arithmetic in whole days', () => {
    expect(addDays('2003-01-31', 60)).toBe('2003-04-01');
    expect(firstDayOfNextMonth('2003-04-01')).toBe('2003-05-01');
    expect(firstDayOfNextMonth('2024-12-24')).toBe('2025-01-01');
    expect(addYears('2016-10-27', 1)).toBe('2017-10-27');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
  });
});
