import { describe, expect, it } from 'vitest';
import { checkCrossFieldRules, checkReadyToTransmit, DATE_ORDER_RULES } from './cross-field-rules.ts';
import { fieldsOf } from './category-fields.ts';

const submission = { id: '0190a000-0000-7000-8000-000000000001' };
const item = (category: string, fields: Record<string, unknown>) => ({
  id: '0190a000-0000-7000-8000-000000000002',
  submissionId: submission.id,
  category: category as 'event',
  title: 'An element',
  ...fields,
});

describe('cross-field rules', () => {
  it('names only date fields that exist in their category', () => {
    for (const rule of DATE_ORDER_RULES) {
      const dates = fieldsOf(rule.category)
        .filter((d) => d.kind === 'date')
        .map((d) => d.name);
      expect(dates).toEqual(expect.arrayContaining([rule.from, rule.to]));
    }
  });

  it('refuses an event that ends before it starts, in every category with a date range', () => {
    for (const rule of DATE_ORDER_RULES) {
      const problems = checkCrossFieldRules(item(rule.category, { [rule.from]: '2026-05-10', [rule.to]: '2026-05-09' }));
      expect(problems.map((p) => [p.field, p.otherField, p.rule])).toEqual([[rule.to, rule.from, 'date-order']]);
    }
  });

  it('accepts equal dates, one missing date and no dates', () => {
    expect(checkCrossFieldRules(item('event', { startDate: '2026-05-10', endDate: '2026-05-10' }))).toEqual([]);
    expect(checkCrossFieldRules(item('event', { startDate: '2026-05-10', endDate: null }))).toEqual([]);
    expect(checkCrossFieldRules(item('event', {}))).toEqual([]);
  });

  it('refuses a resolution date on an obstacle still open', () => {
    expect(checkCrossFieldRules(item('obstacle', { status: 'open', resolvedOn: '2026-01-01' }))[0]?.field).toBe('resolvedOn');
    expect(checkCrossFieldRules(item('obstacle', { status: 'resolved', resolvedOn: '2026-01-01' }))).toEqual([]);
  });

  it('lists missing titles and broken rules together before a transmission', () => {
    const problems = checkReadyToTransmit(submission, [
      item('event', { title: ' ', startDate: '2026-05-10', endDate: '2026-04-01' }),
      item('legislation', { submissionId: 'other' }),
    ]);
    expect(problems.map((p) => [p.field, p.rule])).toEqual([
      ['title', 'title-required'],
      ['endDate', 'date-order'],
    ]);
  });
});
