import { describe, expect, it } from 'vitest';
import {
  BASE_ITEM_FIELDS,
  CATEGORIES,
  CATEGORY_FIELDS,
  FIELD_KINDS,
  fieldsOf,
  formFieldsOf,
  isListField,
  isLongText,
  optionsOf,
} from './category-fields.ts';

describe('category descriptors', () => {
  it('lists the eleven categories in the order of paragraph 6(h), then the others', () => {
    expect(CATEGORIES).toEqual([
      'obstacle',
      'strategy',
      'assistance',
      'event',
      'legislation',
      'agreement',
      'constitutional',
      'focal_point',
      'apic',
      'experience',
      'court_decision',
    ]);
  });

  it('gives every category unique, valid field names that do not shadow the base fields', () => {
    for (const category of CATEGORIES) {
      const names = fieldsOf(category).map((d) => d.name);
      expect(new Set(names).size, category).toBe(names.length);
      for (const d of fieldsOf(category)) {
        expect(FIELD_KINDS).toContain(d.kind);
        expect(BASE_ITEM_FIELDS.has(d.name), `${category}.${d.name}`).toBe(false);
        if (d.kind === 'enum' || d.kind === 'enumList') expect(d.options?.length, `${category}.${d.name}`).toBeGreaterThan(0);
      }
    }
  });

  it('has the fields other parts of the system read (PROTOCOL "Records")', () => {
    const names = (c: keyof typeof CATEGORY_FIELDS) => fieldsOf(c).map((d) => d.name);
    expect(names('event')).toEqual(expect.arrayContaining(['startDate', 'endDate', 'place']));
    expect(names('assistance')).toEqual(expect.arrayContaining(['role', 'thematicAreas', 'partnerEntityIds']));
    expect(optionsOf('assistance', 'role')).toEqual(['provider', 'recipient']);
  });

  it('tells long text and lists apart', () => {
    expect(isLongText('obstacle', 'title')).toBe(false);
    expect(isLongText('obstacle', 'description')).toBe(true);
    expect(isLongText('obstacle', 'measuresTaken')).toBe(true);
    expect(isLongText('obstacle', 'kind')).toBe(false);
    expect(isListField('assistance', 'thematicAreas')).toBe(true);
    expect(isListField('legislation', 'articlesCovered')).toBe(true);
    expect(isListField('event', 'confidentialFields')).toBe(true);
    expect(isListField('event', 'place')).toBe(false);
    expect(formFieldsOf('event')[0]?.name).toBe('title');
  });
});
