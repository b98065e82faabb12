import type { Mutation, SyncTable } from '@clearinghouse/shared';
import { recordsRepo, type RecordKey, type RecordWrite, type StoredRecord } from '../../db/repositories/records.ts';

/** What applying a mutation reads and writes of the synced records. */
export type RecordAccess = Pick<ReturnType<typeof recordsRepo>, 'get' | 'getVersion' | 'authorOf' | 'ownLatestVersion' | 'write'>;

const keyOf = (table: SyncTable, id: string) => `${table}:${id}`;

/** The records a batch of mutations will read: each target and, for elements, the submission named. */
function keysRead(mutations: Mutation[]): RecordKey[] {
  const keys: RecordKey[] = [];
  for (const m of mutations) {
    keys.push({ table: m.table, id: m.id });
    const parent = m.table === 'items' ? m.fields?.submissionId : undefined;
    if (typeof parent === 'string') keys.push({ table: 'submissions', id: parent });
  }
  return keys;
}

/**
 * The records of one push transaction, read and written as sets: the current state of every record the
 * batch names is read up front (one query per table instead of one or two per mutation), writes are
 * kept in memory and sent as multi-row inserts, and the change sequence is counted here from one
 * max(seq). Callers hold the write transaction, which serialises writers, so nobody else can take a
 * sequence number or change these rows until it commits.
 *
 * Later mutations of the batch see earlier ones' writes (an element created after its submission).
 * The rarer reads that look at the history (merge bases, authors, a device's own versions) first
 * flush what is pending, so they read exactly what one-by-one writes would have left.
 */
export function batchRecords(repo: ReturnType<typeof recordsRepo>) {
  const known = new Map<string, StoredRecord | null>();
  const pending: { write: RecordWrite; seq: number }[] = [];
  let seq: number | null = null;

  const flush = async () => {
    await repo.writeMany(pending.splice(0));
  };
  const loadAll = async (keys: RecordKey[]) => {
    const missing = keys.filter((k) => !known.has(keyOf(k.table, k.id)));
    if (!missing.length) return;
    for (const k of missing) known.set(keyOf(k.table, k.id), null);
    for (const r of await repo.getMany(missing)) known.set(keyOf(r.table, r.id), r);
  };

  const access: RecordAccess = {
    async get(table, id) {
      const key = keyOf(table, id);
      if (!known.has(key)) known.set(key, await repo.get(table, id));
      return known.get(key) ?? null;
    },
    async getVersion(table, id, version) {
      await flush();
      return repo.getVersion(table, id, version);
    },
    async authorOf(table, id, version) {
      await flush();
      return repo.authorOf(table, id, version);
    },
    async ownLatestVersion(table, id, clientId) {
      await flush();
      return repo.ownLatestVersion(table, id, clientId);
    },
    async write(w) {
      seq ??= await repo.nextSeq();
      const given = seq++;
      pending.push({ write: w, seq: given });
      known.set(keyOf(w.table, w.id), {
        table: w.table,
        id: w.id,
        entityId: w.entityId,
        submissionId: w.submissionId,
        version: w.version,
        deleted: w.deleted,
        seq: given,
        submissionStatus: w.submissionStatus,
        record: w.record,
      });
      return given;
    },
  };

  return {
    access,
    /** Reads the current state of what these mutations name, and the submissions of the elements among them. */
    async prefetch(mutations: Mutation[]) {
      await loadAll(keysRead(mutations));
      const parents = [...known.values()].flatMap((r) =>
        r && r.table === 'items' ? [{ table: 'submissions' as const, id: r.submissionId }] : [],
      );
      await loadAll(parents);
    },
    /** Sends the pending writes; call before the transaction commits. */
    flush,
  };
}
