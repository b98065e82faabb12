import { describe, expect, it } from 'vitest';
import type { PublicElement, PublicEntity } from '@clearinghouse/shared';
import { compileReport } from './report.ts';
import type { TrackingRow } from '@clearinghouse/shared';

const entity = (id: string, en: string): PublicEntity => ({ id, kind: 'state', names: { en, fr: en }, regionalGroup: 'african' });
const entities = new Map([entity('BEN', 'Benin'), entity('CPV', 'Cabo Verde')].map((e) => [e.id, e]));
const el = (
  id: string,
  category: PublicElement['category'],
  entityId: string,
  submissionId: string,
  publishedAt = '2010-10-01T00:00:00Z',
): PublicElement => ({ id, category, entityId, submissionId, publishedAt, title: id }) as PublicElement;
const row = (entityId: string, state: TrackingRow['state'], submissionId: string | null): TrackingRow => ({
  entityId,
  name: { en: entityId, fr: entityId },
  kind: 'state',
  regionalGroup: 'african',
  state,
  overdue: false,
  submissionId,
  transmittedAt: null,
});

const items = [
  el('law', 'legislation', 'CPV', 's2'),
  el('obst', 'obstacle', 'BEN', 's1'),
  el('apic', 'apic', 'BEN', 's1'),
  el('other', 'obstacle', 'CPV', 'old', '2009-01-01T00:00:00Z'),
];
const cycle = {
  id: '0190a0b0-0000-7000-8000-000000000001',
  reference: 'R',
  title: 'T',
  issuedOn: '2010-08-09',
  deadline: '2010-10-30',
  categories: ['obstacle' as const],
  addressees: 'all-states-parties' as const,
};

describe('the compilation report', () => {
  it('keeps the answers to the request, by category in 6(h) order then by State', () => {
    const tracking = [row('BEN', 'published', 's1'), row('CPV', 'published', 's2')];
    const report = compileReport({ scope: { kind: 'cycle', cycle }, items, entities, assistance: [], tracking });
    expect(report.sections.map((s) => [s.number, s.category])).toEqual([
      [1, 'obstacle'],
      [2, 'legislation'],
      [3, 'apic'],
    ]);
    expect(report.sections[0]!.entities.map((e) => e.entityId)).toEqual(['BEN']);
    expect(report.itemCount).toBe(3);
    expect(report.annex?.total).toMatchObject({ addressed: 2, responded: 2 });
  });

  it('keeps what was published in a date range', () => {
    const report = compileReport({
      scope: { kind: 'range', from: '2009-01-01', to: '2009-12-31' },
      items,
      entities,
      assistance: [],
      tracking: [],
    });
    expect(report.sections.flatMap((s) => s.entities.flatMap((e) => e.items.map((i) => i.id)))).toEqual(['other']);
    expect(report.annex).toBeNull();
  });

  it('drops assistance cells with nothing in scope', () => {
    const side = { id: 'a', title: 'a', entityId: 'BEN', submissionId: 'old', publishedAt: '2009-01-01T00:00:00Z', thematicAreas: [] };
    const report = compileReport({
      scope: { kind: 'range', from: '2010-01-01', to: '' },
      items,
      entities,
      assistance: [{ provider: 'BEN', recipient: null, offers: [side], needs: [] }],
      tracking: [],
    });
    expect(report.assistance).toEqual([]);
  });
});
