import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { createAccounts, getJson, publish } from '../test/public-fixtures.ts';

let t: TestContext;
let published: { submissionId: string; itemIds: string[] };

beforeAll(async () => {
  t = await createTestContext();
  await createAccounts(t, ['BEN']);
  published = await publish(
    t,
    'BEN',
    [
      { category: 'legislation', fields: { title: 'Implementing act', status: 'adopted' } },
      { category: 'obstacle', fields: { title: 'Immunities', kind: 'constitutional' } },
      { category: 'legislation', fields: { title: 'Cooperation act', status: 'draft', position: 'a1' } },
    ],
    { title: 'Report of Benin 2026' },
  );
});

describe('GET /api/public/entities/{id}/profile', () => {
  it('gives the treaty status today from dated events, the elements by category and their submission', async () => {
    const p = await getJson(t, '/api/public/entities/BEN/profile');
    expect(p.entity).toMatchObject({ id: 'BEN', names: { en: 'Benin', fr: 'Bénin' }, regionalGroup: 'african' });
    expect(p.asOf).toBe('2026-11-28');
    expect(p.treaties.rome_statute.today.status).toBe('party');
    // Benin deposited on 2002-01-22: art. 126 says never before the Statute's own entry into force
    expect(p.treaties.rome_statute.today.entryIntoForce).toBe('2002-07-01');
    expect(p.treaties.rome_statute.events.map((e: any) => [e.type, e.date])).toEqual([
      ['signature', '1999-09-24'],
      ['ratification', '2002-01-22'],
    ]);
    expect(p.treaties.apic.today.status).toBeDefined();
    expect(Object.keys(p.itemsByCategory)).toEqual(['obstacle', 'legislation']); // the Plan's order
    expect(p.itemsByCategory.legislation.map((i: any) => i.title)).toEqual(['Implementing act', 'Cooperation act']);
    expect(p.submissions).toEqual([
      expect.objectContaining({ id: published.submissionId, title: 'Report of Benin 2026', itemCount: 3, edition: 1 }),
    ]);
    expect(p.submissions[0]).not.toHaveProperty('returnMessage');
    expect(p.submissions[0]).not.toHaveProperty('createdBy');
  });

  it('404 for an unknown entity', async () => {
    const res = await t.request('/api/public/entities/XXX/profile');
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).error.code).toBe('not-found');
  });
});

describe('GET /api/public/summary', () => {
  it('derives the figures from treaty events on today’s date, and moves with the clock', async () => {
    const s = await getJson(t, '/api/public/summary');
    expect(s.asOf).toBe('2026-11-28');
    expect(s.statesParties.total.parties).toBeGreaterThan(100);
    expect(s.statesParties.african.parties).toBeGreaterThan(20);
    expect(s.published).toEqual({ submissions: 1, items: 3 });
    expect(s.latestPublications[0]).toMatchObject({ id: published.submissionId, entityId: 'BEN', itemCount: 3 });
    expect(s.newestParties.length).toBeGreaterThan(0);
    const newest = s.newestParties.map((p: any) => p.entryIntoForce);
    expect([...newest].sort().reverse()).toEqual(newest);
    t.clock.now = new Date('2003-01-01T00:00:00Z');
    const then = await getJson(t, '/api/public/summary');
    expect(then.statesParties.total.parties).toBeLessThan(s.statesParties.total.parties);
    t.clock.now = new Date('2026-11-28T10:00:00Z');
  });
});
