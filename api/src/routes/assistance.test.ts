import { beforeEach, describe, expect, it } from 'vitest';
import { createAccounts, getJson, publish } from '../test/public-fixtures.ts';
import { createTestContext, type TestContext } from '../test/harness.ts';

let t: TestContext;
let sec: string;
beforeEach(async () => {
  t = await createTestContext();
  await createAccounts(t, ['BEN', 'FRA', 'CPV']);
  await t.createUser('sec2@example.org', 'secretariat');
  sec = await t.signIn('sec2@example.org');
  await publish(t, 'FRA', [
    {
      category: 'assistance',
      fields: {
        title: 'Expert missions',
        role: 'provider',
        thematicAreas: ['judicial_training', 'legislative_drafting'],
        partnerEntityIds: [],
      },
    },
  ]);
  await publish(t, 'BEN', [
    {
      category: 'assistance',
      fields: { title: 'Training of magistrates', role: 'recipient', thematicAreas: ['judicial_training'], partnerEntityIds: ['FRA'] },
    },
  ]);
  await publish(t, 'CPV', [
    {
      category: 'assistance',
      fields: {
        title: 'Help with archives',
        role: 'recipient',
        thematicAreas: ['other'],
        thematicAreasOther: 'archives',
        partnerEntityIds: [],
      },
    },
  ]);
});

describe('assistance exchanges', () => {
  it('suggests matches by shared thematic area, records an exchange, and shows it in the public two-way table', async () => {
    const suggestions = ((await (await t.request('/api/assistance/suggestions', { cookie: sec })).json()) as any).items;
    expect(suggestions).toHaveLength(1); // Cabo Verde's need shares no area with any offer
    expect(suggestions[0]).toMatchObject({
      offer: { entityId: 'FRA' },
      need: { entityId: 'BEN' },
      sharedAreas: ['judicial_training'],
      namedPartner: true,
    });

    const created = await t.request('/api/assistance/exchanges', {
      method: 'POST',
      cookie: sec,
      json: {
        providerEntityId: 'FRA',
        recipientEntityId: 'BEN',
        offerItemId: suggestions[0].offer.id,
        needItemId: suggestions[0].need.id,
        thematicArea: 'Judicial training',
        notes: 'internal: call the embassy',
      },
    });
    expect(created.status).toBe(201);
    const exchange = (await created.json()) as any;
    const moved = await t.request(`/api/assistance/exchanges/${exchange.id}`, {
      method: 'PATCH',
      cookie: sec,
      json: { status: 'under_way' },
    });
    expect(((await moved.json()) as any).status).toBe('under_way');
    expect(((await (await t.request('/api/assistance/suggestions', { cookie: sec })).json()) as any).items).toEqual([]);

    const table = await getJson(t, '/api/public/assistance-table');
    const cell = table.items.find((c: any) => c.provider === 'FRA' && c.recipient === 'BEN');
    expect(cell.exchanges).toHaveLength(1);
    expect(cell.exchanges[0]).toMatchObject({ status: 'under_way', thematicArea: 'Judicial training' });
    const publicList = await t.request('/api/public/assistance-exchanges');
    const text = await publicList.text();
    expect(text).toContain('under_way');
    expect(text).not.toContain('call the embassy');
    expect(await (await t.request('/api/public/assistance-table.csv')).text()).toMatch(/exchange/);
  });

  it('refuses the same entity on both sides, and unknown entities', async () => {
    const same = await t.request('/api/assistance/exchanges', {
      method: 'POST',
      cookie: sec,
      json: { providerEntityId: 'FRA', recipientEntityId: 'FRA', thematicArea: 'x' },
    });
    expect(same.status).toBe(422);
    const unknown = await t.request('/api/assistance/exchanges', {
      method: 'POST',
      cookie: sec,
      json: { providerEntityId: 'XYZ', recipientEntityId: 'FRA', thematicArea: 'x' },
    });
    expect(unknown.status).toBe(422);
  });
});
