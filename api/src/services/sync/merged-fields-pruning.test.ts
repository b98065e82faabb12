import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../../test/sync-helpers.ts';

let t: TestContext;
let laptop: Device;
let phone: Device;

beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('ben2@example.org', 'focal_point', 'BEN');
  laptop = await device(t, 'ben@example.org');
  phone = await device(t, 'ben2@example.org');
});

const mergedRows = async () =>
  (await t.db.selectFrom('merged_client_fields').select(['id', 'client_id', 'version']).orderBy('version').execute()).map(
    (r) => `${r.client_id === phone.clientId ? 'phone' : 'laptop'}@${r.version}`,
  );
const edit = (id: string, baseVersion: number, fields: Record<string, unknown>) => ({
  table: 'items',
  id,
  op: 'upsert',
  baseVersion,
  fields,
});

describe('what a device wrote into merged versions is forgotten once its base has passed them', () => {
  it('keeps the rows while the device works from an older base, and drops them when it sends a newer one', async () => {
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'legislation', { title: 'Act', description: 'One.' });
    await laptop.push([s, item]);
    await laptop.push([edit(item.id, 1, { title: 'Implementing act' })]); // version 2
    // the phone, still on version 1, writes into two merged versions: both rows are its merge base
    expect((await phone.push([edit(item.id, 1, { status: 'adopted' })])).results[0]).toMatchObject({ status: 'merged', version: 3 });
    expect((await phone.push([edit(item.id, 1, { citation: 'Law 12' })])).results[0]).toMatchObject({ status: 'merged', version: 4 });
    expect(await mergedRows()).toEqual(['phone@3', 'phone@4']);
    // taking back its first change, still from version 1, is a change against its own value, not a no-op
    expect((await phone.push([edit(item.id, 1, { status: 'draft' })])).results[0]).toMatchObject({ status: 'merged', version: 5 });
    expect(await mergedRows()).toEqual(['phone@3', 'phone@4', 'phone@5']);

    // the phone pulled version 4: what it wrote into versions 3 and 4 is in its copy, no longer a base
    expect((await phone.push([edit(item.id, 4, { citation: 'Law 13' })])).results[0]).toMatchObject({ status: 'merged', version: 6 });
    expect(await mergedRows()).toEqual(['phone@5', 'phone@6']);
    // an ordinary edit of the current version drops the rest
    expect((await phone.push([edit(item.id, 6, { title: 'Act of 2026' })])).results[0]).toMatchObject({ status: 'applied', version: 7 });
    expect(await mergedRows()).toEqual([]);

    const pulled = (await laptop.pullAll()).changes.filter((c: { id: string }) => c.id === item.id).at(-1).record;
    expect(pulled).toMatchObject({ title: 'Act of 2026', status: 'draft', citation: 'Law 13', description: 'One.' });
  });

  it('forgets only the sending device’s rows, only for the records it names', async () => {
    const s = newSubmission('BEN');
    const a = newItem(s.id, 'legislation', { title: 'A' });
    const b = newItem(s.id, 'legislation', { title: 'B' });
    await laptop.push([s, a, b]);
    await laptop.push([edit(a.id, 1, { title: 'A2' }), edit(b.id, 1, { title: 'B2' })]); // both at version 2
    await phone.push([edit(a.id, 1, { status: 'adopted' }), edit(b.id, 1, { status: 'adopted' })]); // phone@3 on both
    await laptop.push([edit(a.id, 3, { title: 'A3' })]); // laptop, version 4 of a
    await phone.push([edit(a.id, 3, { citation: 'y' }), edit(b.id, 1, { citation: 'z' })]); // phone: merge on a, base 1 on b
    const rows = await t.db
      .selectFrom('merged_client_fields')
      .select(['id', 'client_id', 'version'])
      .orderBy('id')
      .orderBy('version')
      .execute();
    const names = rows.map((r) => `${r.id === a.id ? 'a' : 'b'}:${r.client_id === phone.clientId ? 'phone' : 'laptop'}@${r.version}`);
    expect(names.sort()).toEqual(['a:phone@5', 'b:phone@3', 'b:phone@4'].sort());
  });
});
