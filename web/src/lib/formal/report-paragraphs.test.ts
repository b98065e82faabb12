import { describe, expect, it } from 'vitest';
import { formalEn } from '$lib/i18n/features/formal.en.ts';
import { formalEs } from '$lib/i18n/features/formal.es.ts';
import { formalFr } from '$lib/i18n/features/formal.fr.ts';
import type { PartialDictionary } from '$lib/i18n/types.ts';
import type { Summary } from '@clearinghouse/shared';
import type { Report } from '$lib/secretariat/report.ts';
import { documentWords } from './document-words.ts';
import { reportParagraphs } from './report-paragraphs.ts';

const english = formalEn as unknown as PartialDictionary;
const cycle = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  reference: 'ICC-ASP/9/SP/PA/21',
  title: 'Request',
  issuedOn: '2010-08-09',
  deadline: '2026-02-01',
  categories: ['obstacle' as const],
  addressees: 'all-states-parties' as const,
};
const report = {
  sections: [
    { number: 1, category: 'obstacle', entities: [{ entityId: 'BEN', items: [] }] },
    {
      number: 2,
      category: 'legislation',
      entities: [
        { entityId: 'BEN', items: [] },
        { entityId: 'FRA', items: [] },
      ],
    },
  ],
  assistance: [],
  annex: null,
  itemCount: 3,
  entityCount: 2,
} as unknown as Report;
const basis = (referenceAsOf: string) => ({ referenceAsOf, secretariatChanges: 0 });
const summary = {
  basis: {
    rome_statute: basis('2026-12-03'),
    apic: basis('2018-01-15'),
    amendment_art8: basis('2018-01-15'),
    amendment_aggression: basis('2018-01-15'),
    amendment_art124: basis('2018-01-15'),
  },
  statesParties: { total: { parties: 124, undetermined: 0 } },
  apicParties: { total: { parties: 77, undetermined: 0 } },
  amendmentParties: {
    amendment_art8: { parties: 36, undetermined: 0 },
    amendment_aggression: { parties: 35, undetermined: 0 },
    amendment_art124: { parties: 0, undetermined: 0 },
  },
} as unknown as Summary;

describe('the report’s numbered paragraphs', () => {
  it('numbers every paragraph once, in order, across the sections', () => {
    const words = documentWords('en', english, english);
    const p = reportParagraphs(words, { kind: 'cycle', cycle }, report, summary);
    const numbers = [...p.introduction, ...p.status, ...p.sections.values()].map((x) => x.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(p.introduction[0]!.text).toContain('By note verbale ICC-ASP/9/SP/PA/21 of 9 August 2010');
    expect(p.status[0]!.text).toBe(
      'According to the treaty records as of 3 December 2026, 124 States are parties to the Rome Statute (changes entered by the Secretariat since that date: 0).',
    );
    expect(p.status[2]!.text).toContain('as of 15 January 2018');
    expect(p.sections.get(1)!.text).toBe('Information of this kind was received from one State or organisation.');
    expect(p.sections.get(2)!.text).toBe('Information of this kind was received from 2 States and organisations.');
  });

  it('writes French and Spanish dates and French typography, never an ISO date', () => {
    const fr = reportParagraphs(
      documentWords('fr', formalFr as unknown as PartialDictionary, english),
      { kind: 'cycle', cycle },
      report,
      summary,
    );
    expect(fr.introduction[0]!.text).toContain('du 9 août 2010');
    expect(fr.introduction[0]!.text).toContain('d’ici le 1er février 2026');
    expect(fr.introduction[1]!.text).toContain('d’informations\u202f: il recueille');
    const es = reportParagraphs(
      documentWords('es', formalEs as unknown as PartialDictionary, english),
      { kind: 'cycle', cycle },
      report,
      summary,
    );
    expect(es.introduction[0]!.text).toContain('de fecha 9 de agosto de 2010');
    for (const p of [...fr.introduction, ...fr.status, ...es.introduction, ...es.status]) expect(p.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('says the status section is incomplete when the figures could not be read', () => {
    const p = reportParagraphs(documentWords('en', english, english), { kind: 'range', from: '2026-01-01', to: '' }, report, null);
    expect(p.introduction[0]!.text).toContain('from 1 January 2026 to …');
    expect(p.status.map((s) => s.text)).toEqual(['The treaty records could not be read; this section is incomplete.']);
  });
});
