import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../bootstrap.ts';
import { testKeyring } from '../../services/keyring.ts';
import { sealRecord } from '../../services/record-sealing.ts';
import { openTestDatabase } from '../../test/harness.ts';
import { migrateToLatest } from '../migrate.ts';
import { recordsRepo } from '../repositories/records.ts';
import { migrations } from './index.ts';
import { down } from './0013-history-without-current-copy.ts';

const keyring = testKeyring();
const item = (id: string, description: string) => ({
  id,
  submissionId: 's',
  category: 'obstacle',
  title: `Obstacle ${id}`,
  description,
  measuresTaken: `CANARY ${description}`,
  confidentialFields: ['measuresTaken'],
});

/** Stores a version as every release before 0013 did: its text in the history and, if current, in `records` too. */
async function storeAsBefore(db: Awaited<ReturnType<typeof openTestDatabase>>['db'], id: string, version: number, description: string) {
  const { doc, sealed } = sealRecord(keyring, 'items', item(id, description));
  await sql`insert into record_versions (table_name, id, version, deleted, doc, sealed, created_at, created_by, client_id, seq)
    values ('items', ${id}, ${version}, 0, ${doc}, ${sealed}, '2026-11-28T00:00:00Z', null, null, null)`.execute(db);
  await sql`insert into records (table_name, id, entity_id, submission_id, version, deleted, doc, sealed, seq, submission_status, updated_at, updated_by)
    values ('items', ${id}, 'BEN', 's', ${version}, 0, ${doc}, ${sealed}, ${version * 10 + id.charCodeAt(0)}, 'draft', '2026-11-28T00:00:00Z', null)
    on conflict (table_name, id) do update set version = excluded.version, doc = excluded.doc, sealed = excluded.sealed`.execute(db);
}

const historyTexts = async (db: Awaited<ReturnType<typeof openTestDatabase>>['db']) =>
  (
    await sql<{ id: string; version: number; doc: string | null; sealed: string | null }>`
      select id, version, doc, sealed from record_versions order by id, version`.execute(db)
  ).rows.map((r) => [r.id, r.version, r.doc === null ? null : 'text', r.sealed === null ? null : 'sealed']);

describe('migration 0013: the current version is stored once', () => {
  it('drops the history copy of each current version, reads every version the same, and keeps the text of replaced ones', async () => {
    const { db } = await openTestDatabase();
    const { '0013-history-without-current-copy': _latest, ...before } = migrations;
    await migrateToLatest(db, { list: before });
    await loadReferenceData(db, () => new Date('2026-11-28T00:00:00Z'));
    await storeAsBefore(db, 'a', 1, 'first');
    await storeAsBefore(db, 'a', 2, 'second');
    await storeAsBefore(db, 'b', 1, 'only');
    // a history row whose text differs from the current row's is not a copy of it: it stays
    await sql`update records set doc = ${sealRecord(keyring, 'items', item('b', 'other')).doc} where id = 'b'`.execute(db);
    const repo = recordsRepo(db, keyring);
    const read = async () => [await repo.versions('items', 'a'), await repo.versions('items', 'b')];
    const was = await read();

    await migrateToLatest(db);

    expect(await historyTexts(db)).toEqual([
      ['a', 1, 'text', 'sealed'],
      ['a', 2, null, null],
      ['b', 1, 'text', 'sealed'],
    ]);
    expect(await read()).toEqual(was);

    // a new version: the one it replaces takes its text back into the history, sealed parts included
    await repo.write({
      table: 'items',
      id: 'a',
      entityId: 'BEN',
      submissionId: 's',
      version: 3,
      deleted: false,
      record: item('a', 'third'),
      submissionStatus: 'draft',
      userId: null,
      clientId: null,
      at: '2026-11-29T00:00:00Z',
    });
    expect((await historyTexts(db)).slice(0, 3)).toEqual([
      ['a', 1, 'text', 'sealed'],
      ['a', 2, 'text', 'sealed'],
      ['a', 3, null, null],
    ]);
    const texts = (await repo.versions('items', 'a')).map((v) => v.record.measuresTaken);
    expect(texts).toEqual(['CANARY first', 'CANARY second', 'CANARY third']);
    const stored = await sql<{ doc: string | null }>`select doc from record_versions`.execute(db);
    expect(stored.rows.map((r) => r.doc ?? '').join()).not.toContain('CANARY');

    await down(db as never);
    expect((await historyTexts(db)).every(([, , doc]) => doc === 'text')).toBe(true);
    expect((await repo.versions('items', 'a')).map((v) => v.record.measuresTaken)).toEqual(texts);
  });
});
