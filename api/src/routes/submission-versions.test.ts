import { beforeEach, describe, expect, it } from 'vitest';
import { contextWithSecretariat, type TestContext } from '../test/harness.ts';
import { device, newItem, newSubmission } from '../test/sync-helpers.ts';

let t: TestContext;
beforeEach(async () => {
  ({ t } = await contextWithSecretariat('BEN', 'CPV'));
  await t.createUser('bureau@example.org', 'bureau');
});

describe('versions of a submission', () => {
  it('gives each transmitted version with its elements as they were, only to those who may read it', async () => {
    const ben = await device(t, 'ben@example.org');
    const sec = await device(t, 'sec@example.org');
    const s = newSubmission('BEN');
    const law = newItem(s.id, 'legislation', { title: 'Draft law', status: 'draft' });
    const plan = newItem(s.id, 'strategy', { title: 'National plan' });
    await ben.push([s, law, plan]);
    const versionsNow = async () =>
      ((await (await t.request(`/api/submissions/${s.id}/history`, { cookie: sec.cookie })).json()) as any).versions as any[];

    // While it is a first draft the Secretariat cannot see it at all.
    expect((await t.request(`/api/submissions/${s.id}/versions/1`, { cookie: sec.cookie })).status).toBe(404);

    await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    const first = (await versionsNow()).find((v) => v.status === 'transmitted');
    await t.request(`/api/submissions/${s.id}/return`, { method: 'POST', cookie: sec.cookie, json: { message: 'Add the date.' } });
    await ben.push([
      { table: 'items', id: law.id, op: 'upsert', baseVersion: 1, fields: { status: 'adopted', adoptionDate: '2026-11-01' } },
      { table: 'items', id: plan.id, op: 'delete', baseVersion: 1 },
      newItem(s.id, 'event', { title: 'Seminar' }),
    ]);
    await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    const second = (await versionsNow()).filter((v) => v.status === 'transmitted').pop();
    expect(second.version).toBeGreaterThan(first.version);

    const read = async (version: number, cookie = sec.cookie) => t.request(`/api/submissions/${s.id}/versions/${version}`, { cookie });
    const before = (await (await read(first.version)).json()) as any;
    const after = (await (await read(second.version)).json()) as any;
    expect(before.items.map((i: any) => i.title).sort()).toEqual(['Draft law', 'National plan']);
    expect(before.items.find((i: any) => i.id === law.id)).toMatchObject({ status: 'draft' });
    expect(after.items.map((i: any) => i.title).sort()).toEqual(['Draft law', 'Seminar']);
    expect(after.items.find((i: any) => i.id === law.id)).toMatchObject({ status: 'adopted', adoptionDate: '2026-11-01' });

    // The entity reads its own; another State, the Bureau and unknown versions get nothing.
    expect((await read(1, ben.cookie)).status).toBe(200);
    expect((await read(first.version, (await device(t, 'cpv@example.org')).cookie)).status).toBe(404);
    expect((await read(first.version, await t.signIn('bureau@example.org'))).status).toBe(403);
    expect((await read(999)).status).toBe(404);
    expect((await read(Number.NaN)).status).toBe(404);
    // A first draft written before any transmission stays the entity's own.
    expect((await read(1)).status).toBe(404);
  });
});
