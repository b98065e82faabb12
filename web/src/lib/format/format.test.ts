import { formFieldsOf } from '@clearinghouse/shared';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadFeatures, setLocale } from '$lib/i18n/index.ts';
import { displayValue } from './display-value.ts';
import { entityName, entityNameById, nameIn } from './entity-name.ts';
import { fieldLabel, optionLabel } from './labels.ts';

const field = (category: 'obstacle' | 'strategy', name: string) => {
  const descriptor = formFieldsOf(category).find((d) => d.name === name);
  if (!descriptor) throw new Error(`no field ${name} in ${category}`);
  return descriptor;
};
const entities = [
  { id: 'BEN', names: { en: 'Benin', fr: 'Bénin' } },
  { id: 'CPV', names: { en: 'Cabo Verde' } },
];
const nameOf = (id: string) => entityNameById(entities, id);

beforeAll(() => loadFeatures(['fields', 'drafting']));
afterEach(() => setLocale('en', { persist: false }));

describe('a value as a person reads it', () => {
  it('says options, entities, yes/no and dates in the reader’s language', async () => {
    await setLocale('fr', { persist: false });
    expect(displayValue(field('strategy', 'scope'), 'regional', nameOf)).toBe('Régionale');
    expect(displayValue(field('strategy', 'participatingEntityIds'), ['BEN', 'CPV', 'XXX'], nameOf)).toBe('Bénin, Cabo Verde, XXX');
    expect(displayValue(field('obstacle', 'assistanceNeeded'), true, nameOf)).toBe('Oui');
    expect(displayValue(field('obstacle', 'resolvedOn'), '2026-02-01', nameOf)).toBe('1 février 2026');
    expect(displayValue(field('obstacle', 'resolvedOn'), '2026-02-01', nameOf, { formal: true })).toBe('1er février 2026');
  });

  it('writes a field the forms do not describe as it is, anything structured as JSON', () => {
    expect(displayValue(undefined, 'Plan 2026')).toBe('Plan 2026');
    expect(displayValue(undefined, ['a', { b: 1 }, 2])).toBe('a, {"b":1}, 2');
    expect(displayValue(undefined, { from: 1 })).toBe('{"from":1}');
    expect(displayValue(undefined, 3)).toBe('3');
  });

  it('says an empty value with the caller’s word, nothing by default', () => {
    for (const empty of [null, undefined, '', []]) {
      expect(displayValue(field('strategy', 'scope'), empty)).toBe('');
      expect(displayValue(undefined, empty, undefined, { empty: '–' })).toBe('–');
    }
  });
});

describe('labels and names', () => {
  it('labels a field or an option in the reader’s language, else shows what nobody labelled yet', async () => {
    await setLocale('es', { persist: false });
    expect(fieldLabel('scope')).toBe('Alcance');
    expect(fieldLabel('someFutureField')).toBe('someFutureField');
    expect(optionLabel('not_labelled_yet')).toBe('not labelled yet');
  });

  it('names an entity in the reader’s language, else English, else its id', async () => {
    await setLocale('fr', { persist: false });
    expect(entityName(entities[0])).toBe('Bénin');
    expect(entityName(entities[1])).toBe('Cabo Verde');
    expect(entityName(undefined, 'XXX')).toBe('XXX');
    expect(entityNameById(entities, 'BEN', 'en')).toBe('Benin');
    expect(entityNameById(null, 'BEN')).toBe('BEN');
    expect(nameIn({ en: 'Benin', ar: 'بنن' }, 'ar')).toBe('بنن');
  });
});
