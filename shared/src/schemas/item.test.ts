import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { itemSchema, itemSchemaFor, validateItemPatch } from './item.ts';
import { LONG_TEXT_MAX } from './category-fields.ts';
import { FIELD_ERROR_CODES } from '../errors.ts';

const ids = { id: '0190a5d4-0000-7000-8000-000000000001', submissionId: '0190a5d4-0000-7000-8000-000000000000' };
const fieldsIn = (result: ReturnType<typeof validateItemPatch>) => (result.ok ? [] : result.details.map((d) => d.field));

describe('validateItemPatch', () => {
  it('accepts a minimal draft item and a complete one', () => {
    expect(validateItemPatch('event', { ...ids, category: 'event' }, { partial: false }).ok).toBe(true);
    const full = {
      ...ids,
      category: 'legislation',
      position: 'a0',
      confidential: false,
      confidentialFields: ['description', 'url'],
      title: 'Loi n° 2014-06',
      description: 'x'.repeat(100_000),
      legislationType: 'implementing_act',
      status: 'in_force',
      adoptionDate: '2014-02-03',
      articlesCovered: ['5', '7', '8bis', '86'],
      scope: ['complementarity', 'cooperation'],
      url: 'https://www.jo.gouv.sn/spip.php?article10428',
      attachments: [{ sha256: 'a'.repeat(64), name: 'loi.pdf', type: 'application/pdf', size: 12345 }],
    };
    expect(validateItemPatch('legislation', full, { partial: false })).toEqual({ ok: true, value: full });
  });

  it('requires id, submissionId and category for a whole record, nothing for a patch', () => {
    const result = validateItemPatch('event', { place: 'Cotonou' }, { partial: false });
    expect(fieldsIn(result)).toEqual(['id', 'submissionId', 'category']);
    expect(!result.ok && result.details[0]?.message).toBe('id is required.');
    expect(validateItemPatch('event', { place: 'Cotonou' }, { partial: true }).ok).toBe(true);
  });

  it('names unknown fields, including another category’s', () => {
    const result = validateItemPatch('event', { place: 'Cotonou', personName: 'A. B.', bogus: 1 }, { partial: true });
    expect(result).toEqual({
      ok: false,
      details: [
        { field: 'personName', code: 'unknown-field', message: 'personName is not a field of an item of category event.' },
        { field: 'bogus', code: 'unknown-field', message: 'bogus is not a field of an item of category event.' },
      ],
    });
  });

  it('names fields of the wrong type or value in a sentence', () => {
    const result = validateItemPatch(
      'event',
      { startDate: '2010-02-30', place: 7, kind: 'party', url: 'javascript:alert(1)', confidential: 'no', organisers: ['a', 'a'] },
      { partial: true },
    );
    expect(fieldsIn(result).sort()).toEqual(['confidential', 'kind', 'organisers', 'place', 'startDate', 'url']);
    if (!result.ok) for (const d of result.details) expect(d.message).toMatch(new RegExp(`^${d.field}.* .*\\.$`));
  });

  it('gives each refused field a code a client words in its own language', () => {
    const result = validateItemPatch(
      'event',
      { startDate: '2010-02-30', place: 7, kind: 'party', title: 'x'.repeat(1001), url: 'javascript:alert(1)' },
      { partial: true },
    );
    const codes = Object.fromEntries(result.ok ? [] : result.details.map((d) => [d.field, d.code]));
    expect(codes).toEqual({ startDate: 'invalid', place: 'wrong-type', kind: 'not-an-option', title: 'too-long', url: expect.any(String) });
    expect(FIELD_ERROR_CODES).toContain(codes.url);
    const missing = validateItemPatch('event', { id: 'x' }, { partial: false });
    expect(missing.ok || missing.details.find((d) => d.field === 'submissionId')?.code).toBe('required');
  });

  it('allows null for "no answer" in category fields and title', () => {
    expect(
      validateItemPatch('obstacle', { kind: null, measuresTaken: null, title: null, articlesConcerned: null }, { partial: true }).ok,
    ).toBe(true);
  });

  it('caps long text at 200,000 characters and short text at 1,000', () => {
    expect(fieldsIn(validateItemPatch('obstacle', { description: 'x'.repeat(LONG_TEXT_MAX + 1) }, { partial: true }))).toEqual([
      'description',
    ]);
    expect(fieldsIn(validateItemPatch('obstacle', { title: 'x'.repeat(1001) }, { partial: true }))).toEqual(['title']);
  });

  it('limits confidentialFields to content fields of the category', () => {
    expect(validateItemPatch('focal_point', { confidentialFields: ['email', 'phone', 'attachments'] }, { partial: true }).ok).toBe(true);
    expect(fieldsIn(validateItemPatch('focal_point', { confidentialFields: ['id'] }, { partial: true }))).toEqual(['confidentialFields']);
    expect(fieldsIn(validateItemPatch('focal_point', { confidentialFields: ['place'] }, { partial: true }))).toEqual([
      'confidentialFields',
    ]);
  });

  it('checks kinds: articles, e-mail, phone, attachments, entity ids, position', () => {
    const bad = (category: Parameters<typeof validateItemPatch>[0], fields: object) =>
      fieldsIn(validateItemPatch(category, fields, { partial: true }));
    expect(bad('legislation', { articlesCovered: ['129'] })).toEqual(['articlesCovered']);
    expect(bad('legislation', { articlesCovered: ['art. 7'] })).toEqual(['articlesCovered']);
    // A Part of the Statute, as a legal adviser writes it
    expect(bad('legislation', { articlesCovered: ['5', '86-102', '8-8bis'] })).toEqual([]);
    expect(bad('legislation', { articlesCovered: ['102-86'] })).toEqual(['articlesCovered']);
    expect(bad('legislation', { articlesCovered: ['86-129'] })).toEqual(['articlesCovered']);
    expect(bad('legislation', { articlesCovered: ['86-'] })).toEqual(['articlesCovered']);
    expect(bad('focal_point', { email: 'not-an-email', phone: '+31 70 515 8376' })).toEqual(['email']);
    expect(bad('focal_point', { phone: 'call me' })).toEqual(['phone']);
    expect(bad('assistance', { partnerEntityIds: ['BEN', 'african-union'] })).toEqual([]);
    expect(bad('assistance', { partnerEntityIds: ['Benin'] })).toEqual(['partnerEntityIds']);
    expect(bad('event', { attachments: [{ sha256: 'A'.repeat(64), name: 'x', type: 'application/pdf', size: 1 }] })).toEqual([
      'attachments',
    ]);
    expect(bad('event', { position: 'not a key' })).toEqual(['position']);
  });

  it('refuses an unknown category, and a whole record of another category', () => {
    expect(fieldsIn(validateItemPatch('poem', { ...ids }, { partial: true }))).toEqual(['category']);
    expect(fieldsIn(validateItemPatch('event', { ...ids, category: 'obstacle' }, { partial: false }))).toEqual(['category']);
    expect(validateItemPatch('event', [], { partial: true })).toEqual({
      ok: false,
      details: [{ field: '', code: 'not-an-object', message: 'An item of category event must be a JSON object.' }],
    });
  });
});

describe('item schemas', () => {
  it('dispatch on category', () => {
    expect(v.is(itemSchema, { ...ids, category: 'apic', status: 'ratified' })).toBe(true);
    expect(v.is(itemSchema, { ...ids, category: 'apic', status: 'in_force' })).toBe(false);
    expect(v.is(itemSchemaFor('agreement'), { ...ids, category: 'agreement', status: 'in_force' })).toBe(true);
  });
});

describe('one-line fields', () => {
  it('refuse line breaks and control characters in web addresses and every one-line field', () => {
    const bad = {
      url: 'https://example.org/x\r\nATTACH:https://evil.example/payload',
      title: 'A title\nwith a second line',
      place: 'The Hague\u0000',
      organisers: ['Ministry\rof Justice'],
    };
    expect(fieldsIn(validateItemPatch('event', bad, { partial: true })).sort()).toEqual(['organisers', 'place', 'title', 'url']);
    expect(fieldsIn(validateItemPatch('legislation', { url: 'https://example.org/a b' }, { partial: true }))).toEqual(['url']);
  });

  it('still accept long text with paragraphs, and a tab pasted into a title', () => {
    const fine = { title: 'Title\twith a tab', description: 'First paragraph.\n\nSecond paragraph.\r\n', place: 'Cotonou' };
    expect(validateItemPatch('event', fine, { partial: true }).ok).toBe(true);
  });
});
