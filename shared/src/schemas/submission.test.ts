import { describe, expect, it } from 'vitest';
import { checkTransmittable, isReturnedForCorrection, validateSubmissionPatch } from './submission.ts';

const id = '0190a5d4-0000-7000-8000-000000000000';

describe('validateSubmissionPatch', () => {
  it('accepts a draft with only id and entityId', () => {
    expect(validateSubmissionPatch({ id, entityId: 'BEN' }, { partial: false })).toEqual({ ok: true, value: { id, entityId: 'BEN' } });
  });

  it('requires id and entityId for a whole record', () => {
    const result = validateSubmissionPatch({ title: 'x' }, { partial: false });
    expect(!result.ok && result.details.map((d) => d.field)).toEqual(['id', 'entityId']);
  });

  it('validates language, cycle and unknown fields', () => {
    const result = validateSubmissionPatch({ language: 'de', cycleId: 'c1', colour: 'red' }, { partial: true });
    expect(!result.ok && result.details.map((d) => d.field).sort()).toEqual(['colour', 'cycleId', 'language']);
    expect(validateSubmissionPatch({ cycleId: null, language: 'ar' }, { partial: true }).ok).toBe(true);
  });

  it('refuses server-owned fields from a client, and accepts them from the server', () => {
    const result = validateSubmissionPatch({ status: 'published' }, { partial: true });
    expect(result).toEqual({
      ok: false,
      details: [{ field: 'status', code: 'server-owned', message: 'status is set by the server and cannot be changed by a client.' }],
    });
    expect(validateSubmissionPatch({ status: 'published', returnMessage: null }, { partial: true, origin: 'server' }).ok).toBe(true);
    expect(validateSubmissionPatch({ status: 'returned' }, { partial: true, origin: 'server' }).ok).toBe(false);
  });
});

describe('checkTransmittable', () => {
  it('requires a non-empty title on every element of the submission and nothing else', () => {
    const items = [
      { id: 'i1', submissionId: id, category: 'obstacle' as const, title: 'Constitutional immunity' },
      { id: 'i2', submissionId: id, category: 'event' as const, title: '   ' },
      { id: 'i3', submissionId: id, category: 'apic' as const },
      { id: 'i4', submissionId: 'other', category: 'apic' as const },
    ];
    expect(checkTransmittable({ id }, items)).toEqual([
      {
        itemId: 'i2',
        category: 'event',
        field: 'title',
        code: 'title-required',
        message: 'Every element needs a title before transmission.',
      },
      {
        itemId: 'i3',
        category: 'apic',
        field: 'title',
        code: 'title-required',
        message: 'Every element needs a title before transmission.',
      },
    ]);
    expect(checkTransmittable({ id }, [])).toEqual([]);
  });
});

describe('isReturnedForCorrection', () => {
  it("is a draft carrying the Secretariat's message; a transmitted one or a plain draft is not", () => {
    expect(isReturnedForCorrection({ status: 'draft', returnMessage: 'Please add the period.' })).toBe(true);
    expect(isReturnedForCorrection({ returnMessage: 'Please add the period.' })).toBe(true);
    expect(isReturnedForCorrection({ status: 'draft', returnMessage: null })).toBe(false);
    expect(isReturnedForCorrection({ status: 'draft', returnMessage: '' })).toBe(false);
    expect(isReturnedForCorrection({ status: 'transmitted', returnMessage: 'Please add the period.' })).toBe(false);
  });
});
