import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.ts';
import { UN_STATE_NAMES } from './reference/un-state-names.ts';
import { sortByName } from './name-order.ts';
import { officialStateName, UN_MEMBER_STATES } from './state-names.ts';

describe('the UN names table', () => {
  it('holds the 193 UN Member States, plus the State of Palestine and the Cook Islands, in all six languages', () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    for (const id of ['PSE', 'COK']) expect(UN_MEMBER_STATES).not.toContain(id);
    for (const [id, row] of Object.entries(UN_STATE_NAMES)) {
      for (const lang of LANGUAGES) expect(row.names[lang], `${id} ${lang}`).toMatch(/\S/);
      expect(row.names.fr, id).not.toMatch(/\((le|la|l'|les)\)$/);
      expect(row.names.es, id).not.toMatch(/\((el|la|los|las)\)$/);
    }
  });

  it('writes the official short names, not the common ones', () => {
    expect(officialStateName('KOR', 'fr')).toBe('République de Corée');
    expect(officialStateName('TZA', 'fr')).toBe('République-Unie de Tanzanie');
    expect(officialStateName('GBR', 'fr')).toBe("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord");
    expect(officialStateName('BOL', 'fr')).toBe('Bolivie (État plurinational de)');
    expect(officialStateName('BOL', 'en')).toBe('Bolivia (Plurinational State of)');
    expect(officialStateName('VEN', 'es')).toBe('Venezuela (República Bolivariana de)');
    expect(officialStateName('CIV', 'en')).toBe("Côte d'Ivoire");
    expect(officialStateName('PHL', 'ru')).toBe('Филиппины');
    expect(officialStateName('JPN', 'zh')).toBe('日本');
    expect(officialStateName('KEN', 'ar')).toBe('كينيا');
  });

  it('falls back to Intl.DisplayNames, then to a recorded name, for a State not in the table', () => {
    expect(officialStateName('XKX', 'en', { recorded: { en: 'Kosovo' } })).toBe('Kosovo');
    expect(officialStateName('XKX', 'fr', { alpha2: 'XK', recorded: { en: 'Kosovo' } })).toMatch(/Kosovo/);
  });

  it('sorts by each language’s collation, not by code points', () => {
    const ids = ['EGY', 'ECU', 'EST', 'DNK', 'ERI'];
    const fr = sortByName(ids, (id) => officialStateName(id, 'fr'), 'fr').map((id) => officialStateName(id, 'fr'));
    expect(fr).toEqual(['Danemark', 'Égypte', 'Équateur', 'Érythrée', 'Estonie']);
    const es = sortByName(['AFG', 'DEU', 'ALB'], (id) => officialStateName(id, 'es'), 'es').map((id) => officialStateName(id, 'es'));
    expect(es).toEqual(['Afganistán', 'Albania', 'Alemania']);
  });
});
