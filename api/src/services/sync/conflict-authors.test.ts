import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

let t: TestContext;

beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('ben2@example.org', 'focal_point', 'BEN');
});

describe('a conflict says which device and account made each side', () => {
  it('records the device whose change was not applied and the author of the version kept', async () => {
    const laptop = await device(t, 'ben@example.org');
    const phone = await device(t, 'ben2@example.org');
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'event', { place: 'Cotonou' });
    await laptop.push([s, item]);
    const edit = (place: string) => ({ table: 'items', id: item.id, op: 'upsert', baseVersion: 1, fields: { place } });
    await laptop.push([edit('Porto-Novo')]);
    const answer = await phone.push([edit('Parakou')]);
    expect(answer.results[0].status).toBe('conflict');

    const { conflicts } = await phone.pullAll();
    const me = (await (await t.request('/api/auth/me', { cookie: laptop.cookie })).json()) as { user: { id: string } };
    expect(conflicts).toEqual([
      expect.objectContaining({ field: 'place', clientId: phone.clientId, serverClientId: laptop.clientId, serverUserId: me.user.id }),
    ]);
  });
});
