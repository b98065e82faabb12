import { describe, expect, it } from 'vitest';
import { filterRows, NO_FILTER, ratesOf } from './tracking.ts';
import type { TrackingRow } from '@clearinghouse/shared';

const row = (entityId: string, regionalGroup: TrackingRow['regionalGroup'], state: TrackingRow['state'], overdue = false): TrackingRow => ({
  entityId,
  name: { en: entityId, fr: entityId },
  kind: 'state',
  regionalGroup,
  state,
  overdue,
  submissionId: null,
  transmittedAt: null,
});

const rows = [
  row('BEN', 'african', 'transmitted'),
  row('CPV', 'african', 'not-received', true),
  row('FRA', 'weog', 'returned'),
  row('au', null, 'published'),
];

describe('response tracking', () => {
  it('filters by group, state and overdue', () => {
    expect(filterRows(rows, { ...NO_FILTER, group: 'african' }).map((r) => r.entityId)).toEqual(['BEN', 'CPV']);
    expect(filterRows(rows, { ...NO_FILTER, group: 'none' }).map((r) => r.entityId)).toEqual(['au']);
    expect(filterRows(rows, { ...NO_FILTER, state: 'overdue' }).map((r) => r.entityId)).toEqual(['CPV']);
  });

  it('counts an answer returned for correction as a response, like the API', () => {
    const rates = ratesOf(rows);
    expect(rates.total).toEqual({ addressed: 4, responded: 3, rate: 75 });
    expect(rates.groups.find((g) => g.group === 'weog')).toMatchObject({ responded: 1, rate: 100 });
    expect(rates.groups.find((g) => g.group === 'african')).toMatchObject({ responded: 1, rate: 50 });
  });
});
