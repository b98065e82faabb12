import type { SubmissionStatus, SyncTable } from '@clearinghouse/shared';
import { sql } from 'kysely';
import type { Keyring } from '../../services/keyring.ts';
import { openRecord, sealRecord, type FullRecord } from '../../services/record-sealing.ts';
import { compiledInsert } from '../compiled-insert.ts';
import { compiledOnce } from '../compiled-once.ts';
import { compiledSelectIn } from '../compiled-select.ts';
import type { Db } from '../connection.ts';
import type { RecordRow } from '../schema.ts';

/**
 * The workflow state kept on every record of a submission. `returned` is a draft the Secretariat sent
 * back for correction: editable by the entity like a draft, but (unlike a first draft) still visible to
 * the Secretariat, who must see the return and the corrections.
 */
export type StorageStatus = SubmissionStatus | 'returned';
export const isEditable = (status: StorageStatus) => status === 'draft' || status === 'returned';

export interface StoredRecord {
  table: SyncTable;
  id: string;
  entityId: string;
  submissionId: string;
  version: number;
  deleted: boolean;
  seq: number;
  submissionStatus: StorageStatus;
  record: FullRecord;
}

/** A change as stored, not yet opened: see `changes`. */
export interface StoredChange {
  table: SyncTable;
  id: string;
  version: number;
  deleted: boolean;
  seq: number;
  doc: string;
  sealed: string | null;
}

/** Names one synced record. */
export interface RecordKey {
  table: SyncTable;
  id: string;
}

/** How many ids go into one `in (...)` list: well under SQLite's and PostgreSQL's parameter limits. */
const IDS_PER_QUERY = 500;

/** A version to store: the record as it will read back (without its `seq`, given on write), and who wrote it. */
export interface RecordWrite extends Omit<StoredRecord, 'seq'> {
  userId: string | null;
  clientId: string | null;
  at: string;
}

const upsertCurrent = compiledInsert(
  'records',
  [
    'table_name',
    'id',
    'entity_id',
    'submission_id',
    'version',
    'deleted',
    'doc',
    'sealed',
    'seq',
    'submission_status',
    'updated_at',
    'updated_by',
  ],
  {
    key: ['table_name', 'id'],
    update: ['entity_id', 'submission_id', 'version', 'deleted', 'doc', 'sealed', 'seq', 'submission_status', 'updated_at', 'updated_by'],
  },
);
const currentRows = compiledSelectIn('records', 'table_name', 'id');
const insertVersions = compiledInsert('record_versions', [
  'table_name',
  'id',
  'version',
  'deleted',
  'doc',
  'sealed',
  'created_at',
  'created_by',
  'client_id',
  'seq',
]);

/** The highest change sequence given: every push transaction and many pulls ask (compiled-once.ts). */
const highestSeq = compiledOnce((db: Db) => db.selectFrom('records').select((eb) => eb.fn.max('seq').as('m')));

/** Submissions and items with every version, sealed at rest. Callers hold the transaction. */
export function recordsRepo(db: Db, keyring: Keyring) {
  const toStored = (row: RecordRow): StoredRecord => ({
    table: row.table_name as SyncTable,
    id: row.id,
    entityId: row.entity_id,
    submissionId: row.submission_id,
    version: row.version,
    deleted: row.deleted === 1,
    seq: row.seq,
    submissionStatus: row.submission_status as StorageStatus,
    record: openRecord(keyring, row.doc, row.sealed),
  });
  const nextSeq = async () => Number((await highestSeq(db))[0]?.m ?? 0) + 1;

  /**
   * The history with each version's text: the current version's history row holds none (migration
   * 0013), its text is the current row's.
   */
  const history = () =>
    db
      .selectFrom('record_versions as v')
      .leftJoin('records as r', (join) =>
        join.onRef('r.table_name', '=', 'v.table_name').onRef('r.id', '=', 'v.id').onRef('r.version', '=', 'v.version'),
      )
      .select(['v.version', 'v.deleted', 'v.doc', 'v.sealed', 'v.created_at', 'v.created_by', 'v.seq'])
      .select(['r.doc as current_doc', 'r.sealed as current_sealed']);
  const openVersion = (row: { doc: string | null; sealed: string | null; current_doc: string | null; current_sealed: string | null }) => {
    if (row.doc !== null) return openRecord(keyring, row.doc, row.sealed);
    if (row.current_doc === null) throw new Error('A version without text is not the current one: the history is inconsistent.');
    return openRecord(keyring, row.current_doc, row.current_sealed);
  };

  /**
   * Before a record's current row is replaced, its history row takes the text it had left to that row.
   * Only records whose first version written here is not their first can have one.
   */
  const keepReplacedText = async (keys: RecordKey[]) => {
    for (const table of ['submissions', 'items'] as const) {
      const ids = [...new Set(keys.filter((k) => k.table === table).map((k) => k.id))];
      for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
        await db
          .updateTable('record_versions')
          .from('records')
          .set((eb) => ({ doc: eb.ref('records.doc'), sealed: eb.ref('records.sealed') }))
          .whereRef('records.table_name', '=', 'record_versions.table_name')
          .whereRef('records.id', '=', 'record_versions.id')
          .whereRef('records.version', '=', 'record_versions.version')
          .where('record_versions.doc', 'is', null)
          .where('records.table_name', '=', table)
          .where('records.id', 'in', ids.slice(i, i + IDS_PER_QUERY))
          .execute();
      }
    }
  };

  /**
   * Writes several versions, each with the change sequence it was given (in order): the history gets
   * every version, the current-state table the last one of each record, whose history row holds no
   * text (the current row has it: written once).
   */
  const writeMany = async (writes: { write: RecordWrite; seq: number }[]) => {
    if (!writes.length) return;
    const keyOf = (w: RecordWrite) => `${w.table}:${w.id}`;
    const lastIndex = new Map<string, number>();
    const replaced: RecordKey[] = [];
    writes.forEach(({ write }, i) => {
      const key = keyOf(write);
      if (!lastIndex.has(key) && write.version > 1) replaced.push({ table: write.table, id: write.id });
      lastIndex.set(key, i);
    });
    if (replaced.length) await keepReplacedText(replaced);
    // The rows' values in the statements' column order, written straight from each version (no row objects).
    const currents: unknown[] = [];
    const versions: unknown[] = [];
    writes.forEach(({ write: w, seq }, i) => {
      const { doc, sealed } = sealRecord(keyring, w.table, w.record);
      const deleted = w.deleted ? 1 : 0;
      const isCurrent = lastIndex.get(keyOf(w)) === i;
      if (isCurrent)
        currents.push(w.table, w.id, w.entityId, w.submissionId, w.version, deleted, doc, sealed, seq, w.submissionStatus, w.at, w.userId);
      versions.push(w.table, w.id, w.version, deleted, isCurrent ? null : doc, isCurrent ? null : sealed, w.at, w.userId, w.clientId, seq);
    });
    await upsertCurrent.values(db, currents);
    await insertVersions.values(db, versions);
  };

  return {
    async get(table: SyncTable, id: string) {
      const row = await db.selectFrom('records').selectAll().where('table_name', '=', table).where('id', '=', id).executeTakeFirst();
      return row ? toStored(row) : null;
    },
    /** The current state of several records in one query per table (missing ones are simply absent). */
    async getMany(keys: RecordKey[]): Promise<StoredRecord[]> {
      const found: StoredRecord[] = [];
      for (const table of ['submissions', 'items'] as const) {
        const ids = [...new Set(keys.filter((k) => k.table === table).map((k) => k.id))];
        for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
          for (const row of await currentRows(db, table, ids.slice(i, i + IDS_PER_QUERY))) found.push(toStored(row));
        }
      }
      return found;
    },
    async getVersion(table: SyncTable, id: string, version: number): Promise<{ record: FullRecord; deleted: boolean } | null> {
      const row = await history()
        .where('v.table_name', '=', table)
        .where('v.id', '=', id)
        .where('v.version', '=', version)
        .executeTakeFirst();
      return row ? { record: openVersion(row), deleted: row.deleted === 1 } : null;
    },
    async versions(table: SyncTable, id: string) {
      const rows = await history().where('v.table_name', '=', table).where('v.id', '=', id).orderBy('v.version').execute();
      return rows.map((r) => ({
        version: r.version,
        deleted: r.deleted === 1,
        at: r.created_at,
        by: r.created_by,
        seq: r.seq === null ? null : Number(r.seq),
        record: openVersion(r),
      }));
    },
    /** Who wrote a version: the account, and the device when the version is exactly that device's change. */
    async authorOf(table: SyncTable, id: string, version: number): Promise<{ userId: string | null; clientId: string | null }> {
      const row = await db
        .selectFrom('record_versions')
        .select(['created_by', 'client_id'])
        .where('table_name', '=', table)
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return { userId: row?.created_by ?? null, clientId: row?.client_id ?? null };
    },
    async ownLatestVersion(table: SyncTable, id: string, clientId: string) {
      const row = await db
        .selectFrom('record_versions')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('table_name', '=', table)
        .where('id', '=', id)
        .where('client_id', '=', clientId)
        .executeTakeFirst();
      return row?.v == null ? null : Number(row.v);
    },
    /** Writes a new version: the current row (with a fresh change sequence) and the history row. */
    async write(w: RecordWrite) {
      const seq = await nextSeq();
      await writeMany([{ write: w, seq }]);
      return seq;
    },
    /** The next change sequence number; only meaningful inside a write transaction (which serialises writers). */
    nextSeq,
    writeMany,
    /**
     * A submission changed status: every record of it takes the new status and a fresh change sequence,
     * so readers whose visibility depends on the status (the Secretariat) receive them on their next pull.
     */
    async setSubmissionStatus(submissionId: string, status: StorageStatus) {
      const rows = await db
        .selectFrom('records')
        .select(['table_name', 'id'])
        .where('submission_id', '=', submissionId)
        .orderBy('seq')
        .execute();
      let seq = await nextSeq();
      for (const r of rows) {
        await db
          .updateTable('records')
          .set({ submission_status: status, seq: seq++ })
          .where('table_name', '=', r.table_name)
          .where('id', '=', r.id)
          .execute();
      }
    },
    /** Ids of every item the submission ever had, deleted ones included: what its history is made of. */
    async itemIdsEverIn(submissionId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('records')
        .select('id')
        .where('table_name', '=', 'items')
        .where('submission_id', '=', submissionId)
        .execute();
      return rows.map((r) => r.id);
    },
    async itemsOf(submissionId: string) {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('table_name', '=', 'items')
        .where('submission_id', '=', submissionId)
        .where('deleted', '=', 0)
        .execute();
      return rows.map(toStored);
    },
    /**
     * Changes after `afterSeq` in server order, for one entity or for non-draft submissions, as stored:
     * `doc` is the record's JSON text without its sealed values, `sealed` those values (or null), so a
     * reader that would get the record unchanged can be sent the text without parsing it.
     */
    async changes(filter: { entityId?: string; nonDraftOnly?: boolean }, afterSeq: number, limit: number): Promise<StoredChange[]> {
      let q = db
        .selectFrom('records')
        .select(['table_name', 'id', 'version', 'deleted', 'seq', 'doc', 'sealed'])
        .where('seq', '>', afterSeq);
      if (filter.entityId !== undefined) q = q.where('entity_id', '=', filter.entityId);
      if (filter.nonDraftOnly) q = q.where('submission_status', '!=', 'draft');
      const rows = await q.orderBy('seq').limit(limit).execute();
      return rows.map((row) => ({
        table: row.table_name as SyncTable,
        id: row.id,
        version: row.version,
        deleted: row.deleted === 1,
        seq: row.seq,
        doc: row.doc,
        sealed: row.sealed,
      }));
    },
    /** Opens what `changes` returned: the whole record, its sealed values included. */
    open: (change: Pick<StoredChange, 'doc' | 'sealed'>): FullRecord => openRecord(keyring, change.doc, change.sealed),
    async maxSeq() {
      return Number((await highestSeq(db))[0]?.m ?? 0);
    },
    async listSubmissions(filter: { entityId?: string; nonDraftOnly?: boolean } = {}) {
      let q = db.selectFrom('records').selectAll().where('table_name', '=', 'submissions').where('deleted', '=', 0);
      if (filter.entityId !== undefined) q = q.where('entity_id', '=', filter.entityId);
      if (filter.nonDraftOnly) q = q.where('submission_status', '!=', 'draft');
      return (await q.orderBy(sql`updated_at`, 'desc').execute()).map(toStored);
    },
  };
}
