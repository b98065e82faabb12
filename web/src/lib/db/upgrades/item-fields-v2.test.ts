import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { uuidv7, validateItemPatch, type Category } from '@clearinghouse/shared';
import { ClearinghouseDb } from '../database.ts';
import { SCHEMA_VERSIONS } from '../schema.ts';

const SUBMISSION = uuidv7();
const oldItem = (category: Category, fields: Record<string, unknown>) => ({
  id: uuidv7(),
  submissionId: SUBMISSION,
  category,
  position: 'a0',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

/** A device on version 1: drafts in the first questionnaire's shapes, with synced bases and unsent changes. */
async function deviceAtVersion1(name: string) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version === 1)) old.version(v.version).stores(v.stores);
  await old.open();
  // an offer written in French, never synced: its whole record is in the outbox
  const offer = oldItem('assistance', {
    title: 'Offre',
    role: 'provider',
    thematicAreas: ['formation judiciaire', 'archives judiciaires'],
  });
  // a law synced at version 3 as a draft; the device since set it in force and gave its date
  const lawBase = { ...oldItem('legislation', { title: 'Loi', status: 'draft', date: '2009-05-01', description: 'Projet.' }) };
  delete (lawBase as Record<string, unknown>).updatedAt;
  const law = { ...lawBase, status: 'in_force', date: '2010-08-09', updatedAt: '2026-01-02T00:00:00.000Z' };
  // an agreement synced and unchanged since
  const agreement = oldItem('agreement', { title: 'Exécution des peines', status: 'signed', date: '2021-10-11' });
  const { updatedAt: _u, ...agreementRecord } = agreement;
  await old.table('items').bulkAdd([offer, law, agreement]);
  await old.table('bases').bulkAdd([
    { table: 'items', id: law.id, version: 3, deleted: false, record: lawBase },
    { table: 'items', id: agreement.id, version: 1, deleted: false, record: agreementRecord },
  ]);
  const { updatedAt: _o, ...offerFields } = offer;
  await old.table('outbox').bulkAdd([
    { table: 'items', id: offer.id, op: 'upsert', baseVersion: null, fields: offerFields, state: 'pending', createdAt: 'x' },
    {
      table: 'items',
      id: law.id,
      op: 'upsert',
      baseVersion: 3,
      fields: { status: 'in_force', date: '2010-08-09' },
      state: 'sending',
      createdAt: 'x',
    },
  ]);
  old.close();
  return { offer, law, agreement };
}

describe('local database version 2: items in the current field shapes, nothing lost', () => {
  it('rewrites drafts, bases and unsent changes so that sync still merges', async () => {
    const name = `v2-${uuidv7()}`;
    const { offer, law, agreement } = await deviceAtVersion1(name);
    const db = new ClearinghouseDb(name);
    await db.open();

    const offerNow = await db.items.get(offer.id);
    expect(offerNow).toMatchObject({ thematicAreas: ['judicial_training', 'other'], thematicAreasOther: 'archives judiciaires' });
    expect(offerNow?.updatedAt).toBe(offer.updatedAt);
    const lawNow = (await db.items.get(law.id)) as Record<string, unknown>;
    expect(lawNow).toMatchObject({ status: 'in_force', entryIntoForceDate: '2010-08-09', description: 'Projet.' });
    expect(lawNow).not.toHaveProperty('date');
    expect(await db.items.get(agreement.id)).toMatchObject({ signatureDate: '2021-10-11' });

    // the base of the law: a draft's date names no event, so it is kept in the description, as on the server
    const lawBase = await db.bases.get(['items', law.id]);
    expect(lawBase?.version).toBe(3);
    expect(lawBase?.record).toMatchObject({ status: 'draft', description: 'Projet.\n\nDate: 2009-05-01' });
    expect(lawBase?.record).not.toHaveProperty('date');

    const outbox = await db.outbox.orderBy('mid').toArray();
    expect(outbox.map((e) => [e.mid, e.state, e.baseVersion])).toEqual([
      [1, 'pending', null],
      [2, 'sending', 3],
    ]);
    expect(outbox[0]!.fields).toMatchObject({ thematicAreas: ['judicial_training', 'other'], thematicAreasOther: 'archives judiciaires' });
    expect(outbox[1]!.fields).toEqual({ status: 'in_force', entryIntoForceDate: '2010-08-09' });

    // every rewritten value is valid for the server
    for (const item of await db.items.toArray()) {
      const { updatedAt: _, ...record } = item;
      expect(validateItemPatch(item.category, record, { partial: false }).ok, item.category).toBe(true);
    }
    for (const e of outbox)
      expect(validateItemPatch(e.id === offer.id ? 'assistance' : 'legislation', e.fields, { partial: true }).ok).toBe(true);
    db.close();
  });
});
