import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { upgradeItem } from '@clearinghouse/shared';
import { createAccounts, focalPointOf, getJson, publish } from '../../test/public-fixtures.ts';
import { sealRecord } from '../../services/record-sealing.ts';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../../test/sync-helpers.ts';
import { itemFieldsV2 } from './0008-item-fields-v2.ts';

let t: TestContext;
let fp: Device;

/** Puts a record back as the first questionnaire stored it: current row and its version 1. */
async function storeAsBefore(record: Record<string, unknown>) {
  const { doc, sealed } = sealRecord(t.keyring, 'items', record);
  for (const table of ['records', 'record_versions'])
    await sql`update ${sql.table(table)} set doc = ${doc}, sealed = ${sealed} where table_name = 'items' and id = ${record.id}`.execute(
      t.db,
    );
}

const pulled = async (id: string) => (await fp.pullAll()).changes.find((c: { id: string }) => c.id === id).record;

beforeEach(async () => {
  t = await createTestContext();
  await createAccounts(t, ['BEN', 'FRA']);
  fp = await device(t, focalPointOf('BEN'));
});

describe('migration 0008: stored items take the current field shapes without losing a value', () => {
  it('rewrites current records and their versions, confidential values included, and sync still merges on top', async () => {
    const s = newSubmission('BEN');
    const law = newItem(s.id, 'legislation', { status: 'draft', description: 'Projet.' });
    const offer = newItem(s.id, 'assistance', { role: 'recipient' });
    expect((await fp.push([s, law, offer])).results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const oldLaw = { ...law.fields, id: law.id, date: '2009-05-01' };
    const oldOffer = {
      ...offer.fields,
      id: offer.id,
      thematicAreas: ['formation judiciaire', 'CANARY archives'],
      confidentialFields: ['thematicAreas'],
    };
    await storeAsBefore(oldLaw);
    await storeAsBefore(oldOffer);

    await itemFieldsV2(t.keyring).up(t.db);

    const lawNow = await pulled(law.id);
    expect(lawNow).toMatchObject({ status: 'draft', description: 'Projet.\n\nDate: 2009-05-01' });
    expect(lawNow).not.toHaveProperty('date');
    expect(lawNow).toEqual(upgradeItem(oldLaw)); // what the device's version 2 makes of its base
    const offerNow = await pulled(offer.id);
    expect(offerNow).toMatchObject({
      thematicAreas: ['judicial_training', 'other'],
      thematicAreasOther: 'CANARY archives',
      confidentialFields: ['thematicAreas', 'thematicAreasOther'],
    });
    const stored = await sql<{
      doc: string;
      sealed: string | null;
    }>`select doc, sealed from record_versions where id = ${offer.id}`.execute(t.db);
    expect(stored.rows[0]!.doc).not.toContain('CANARY');
    expect(stored.rows[0]!.sealed).toBeTruthy();

    // the device's pending edit, rewritten by its own upgrade, lands on the rewritten base
    const edit = {
      table: 'items',
      id: law.id,
      op: 'upsert',
      baseVersion: 1,
      fields: { status: 'in_force', entryIntoForceDate: '2010-08-09' },
    };
    expect((await fp.push([edit])).results[0]).toMatchObject({ status: 'applied', version: 2 });
    expect(await pulled(law.id)).toMatchObject({
      status: 'in_force',
      entryIntoForceDate: '2010-08-09',
      description: 'Projet.\n\nDate: 2009-05-01',
    });
  });

  it('rewrites the public copy, so old free-text areas meet in the two-way table', async () => {
    const { itemIds } = await publish(t, 'FRA', [{ category: 'assistance', fields: { title: 'Formations', role: 'provider' } }]);
    const doc = { id: itemIds[0], category: 'assistance', title: 'Formations', role: 'provider', thematicAreas: ['Formation judiciaire'] };
    await sql`update published_items set doc = ${JSON.stringify(doc)} where item_id = ${itemIds[0]}`.execute(t.db);

    await itemFieldsV2(t.keyring).up(t.db);

    const table = await getJson(t, '/api/public/assistance-table');
    expect(table.thematicAreas).toEqual(['judicial_training']);
  });

  it('refuses to rewrite confidential values without the key rather than lose them', async () => {
    const s = newSubmission('BEN');
    const offer = newItem(s.id, 'assistance', { role: 'recipient' });
    await fp.push([s, offer]);
    await storeAsBefore({ ...offer.fields, id: offer.id, thematicAreas: ['archives'], confidentialFields: ['thematicAreas'] });
    await expect(itemFieldsV2().up(t.db)).rejects.toThrow(/encryption key/);
  });
});
