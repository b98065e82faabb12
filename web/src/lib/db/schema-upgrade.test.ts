import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@clearinghouse/shared';
import { ClearinghouseDb } from './database.ts';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema.ts';

/** Opens a database as an old version of the app would have, writes unsent work, and closes it. */
async function writeAtVersion(name: string, version: number) {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
  await old.open();
  const submission = { id: uuidv7(), entityId: 'BEN', title: 'Old draft', status: 'draft', updatedAt: '2026-01-01T00:00:00.000Z' };
  const item = {
    id: uuidv7(),
    submissionId: submission.id,
    category: 'obstacle',
    position: 'a0',
    title: 'Immunities',
    description: 'y'.repeat(100_000),
  };
  await old.table('submissions').add(submission);
  await old.table('items').add(item);
  await old.table('outbox').add({
    table: 'items',
    id: item.id,
    op: 'upsert',
    baseVersion: null,
    fields: item,
    state: 'pending',
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  await old.table('attachments').add({
    sha256: 'a'.repeat(64),
    blob: new Blob(['pdf']),
    name: 'law.pdf',
    type: 'application/pdf',
    size: 3,
    addedAt: '2026-01-01T00:00:00.000Z',
    uploaded: 0,
  });
  await old.table('meta').put({ key: 'clientId', value: 'c1' });
  old.close();
  return { submission, item };
}

describe('schema upgrades keep unsent work', () => {
  it('versions are declared in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`from version ${version} to the current version (${CURRENT_VERSION})`, async () => {
      const name = `upgrade-${version}-${uuidv7()}`;
      const { submission, item } = await writeAtVersion(name, version);
      const db = new ClearinghouseDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      expect(await db.submissions.get(submission.id)).toMatchObject({ title: 'Old draft' });
      expect((await db.items.get(item.id))?.description).toHaveLength(100_000);
      expect(await db.outbox.where('[table+id]').equals(['items', item.id]).count()).toBe(1);
      expect(await db.attachments.count()).toBe(1);
      expect((await db.meta.get('clientId'))?.value).toBe('c1');
      db.close();
    });
  }
});
