import { REGIONAL_GROUPS } from '@clearinghouse/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { getJson } from '../test/public-fixtures.ts';

let t: TestContext;
let secretariat: string;

beforeAll(async () => {
  t = await createTestContext();
  t.clock.now = new Date('2026-12-03T09:00:00Z');
  await t.createUser('sec@example.org', 'secretariat');
  secretariat = await t.signIn('sec@example.org');
});

describe('the treaty figures served to the public, from the loaded dataset', () => {
  it('gives 124 States Parties on 3 December 2026 by group, 77 APIC parties, each with the date of its records', async () => {
    const s = await getJson(t, '/api/public/summary');
    expect(s.asOf).toBe('2026-12-03');
    expect(s.statesParties.total).toEqual({ parties: 124, undetermined: 0 });
    expect(REGIONAL_GROUPS.map((g) => s.statesParties[g].parties)).toEqual([33, 19, 19, 28, 25]);
    expect(s.apicParties.total).toEqual({ parties: 77, undetermined: 0 });
    expect(s.basis).toEqual({
      rome_statute: { referenceAsOf: '2026-12-03', secretariatChanges: 0 },
      apic: { referenceAsOf: '2018-01-15', secretariatChanges: 0 },
      amendment_art8: { referenceAsOf: '2018-01-15', secretariatChanges: 0 },
      amendment_aggression: { referenceAsOf: '2018-01-15', secretariatChanges: 0 },
      amendment_art124: { referenceAsOf: '2018-01-15', secretariatChanges: 0 },
    });
    // the amendments: counted from the same events by the same rule, each as of its own records
    expect(Object.keys(s.amendmentParties)).toEqual(['amendment_art8', 'amendment_aggression', 'amendment_art124']);
    expect(s.amendmentParties.amendment_aggression.parties).toBeGreaterThan(30);
    expect(s.pendingWithdrawals).toEqual([]);
    expect(s.romeStatuteByGroup.total).toEqual({
      parties: 124,
      deposited: 0,
      signatories: 29,
      withdrawn: 3,
      noRecord: 39,
      undetermined: 0,
    });
    expect(s.newestParties[0]).toEqual({ entityId: 'UKR', entryIntoForce: '2025-01-01' });
  });

  it('gives Canada’s, Kenya’s, Japan’s and the Philippines’ records without any note', async () => {
    const canada = await getJson(t, '/api/public/entities/CAN/profile');
    expect(canada.treaties.rome_statute.today).toMatchObject({
      status: 'party',
      since: '2002-07-01',
      entryIntoForce: '2002-07-01',
      undetermined: false,
    });
    expect(canada.treaties.rome_statute.basis.referenceAsOf).toBe('2026-12-03');
    const kenya = await getJson(t, '/api/public/entities/KEN/profile');
    expect(kenya.treaties.rome_statute.today.entryIntoForce).toBe('2005-06-01');
    const japan = await getJson(t, '/api/public/entities/JPN/profile');
    expect(japan.treaties.rome_statute.events.map((e: { type: string }) => e.type)).toEqual(['accession']);
    const philippines = await getJson(t, '/api/public/entities/PHL/profile');
    expect(philippines.treaties.rome_statute.today).toMatchObject({ status: 'withdrawn', since: '2019-03-17' });
    const hungary = JSON.stringify(await getJson(t, '/api/public/entities/HUN/profile'));
    expect(hungary).not.toMatch(/UNVERIFIED|HUNRESC|rescind|29 May 2026/i);
  });

  it('gives the amendments as treaties of their own, with their 2018 records', async () => {
    const liechtenstein = await getJson(t, '/api/public/entities/LIE/profile');
    expect(liechtenstein.treaties.amendment_aggression.today).toMatchObject({ status: 'party', since: '2013-05-08' });
    expect(liechtenstein.treaties.amendment_aggression.basis.referenceAsOf).toBe('2018-01-15');
    const netherlands = await getJson(t, '/api/public/entities/NLD/profile');
    // art. 121(4): in force only for all, once seven-eighths have accepted: no date follows from one deposit
    expect(netherlands.treaties.amendment_art124.today).toMatchObject({ status: 'instrument_deposited', entryIntoForce: null });
  });

  it('gives the Bureau the parties over time from the same records', async () => {
    await t.createUser('bureau@example.org', 'bureau');
    const res = await t.request('/api/monitoring', { cookie: await t.signIn('bureau@example.org') });
    const m = (await res.json()) as any;
    const byYear = Object.fromEntries(m.partiesOverTime.map((p: { date: string; total: number }) => [p.date, p.total]));
    expect(byYear).toMatchObject({ '2002-12-31': 81, '2010-12-31': 113, '2015-12-31': 123, '2026-12-03': 124 });
    expect(m.basis.rome_statute).toEqual({ referenceAsOf: '2026-12-03', secretariatChanges: 0 });
  });

  it('counts a change the Secretariat enters, and says that it did', async () => {
    const res = await t.request('/api/treaty-events', {
      method: 'POST',
      cookie: secretariat,
      json: { entityId: 'GHA', treaty: 'apic', type: 'ratification', date: '2019-05-02', source: 'test notification' },
    });
    expect(res.status).toBe(201);
    const s = await getJson(t, '/api/public/summary');
    expect(s.apicParties.total.parties).toBe(78);
    expect(s.basis.apic).toEqual({ referenceAsOf: '2018-01-15', secretariatChanges: 1 });
    // an undated entry is neither a party nor a non-party
    const undated = await t.request('/api/treaty-events', {
      method: 'POST',
      cookie: secretariat,
      json: { entityId: 'IND', treaty: 'rome_statute', type: 'accession', date: null, asOf: '2026-12-01', source: 'press report' },
    });
    expect(undated.status).toBe(201);
    const after = await getJson(t, '/api/public/summary');
    expect(after.statesParties.total).toEqual({ parties: 124, undetermined: 1 });
    expect(after.romeStatuteByGroup.asia_pacific.noRecord).toBe(s.romeStatuteByGroup.asia_pacific.noRecord - 1);
  });
});
