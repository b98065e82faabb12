/**
 * The write side of the outbox: called inside the same read-write transaction as the local change
 * (docs/web-data-contract.md "Rules"), so a record never changes without its outbox entry nor the
 * reverse. The sync manager (lib/sync) owns the read side.
 */
import type { SyncTable } from '@clearinghouse/shared';
import type { ClearinghouseDb } from './database.ts';
import type { OutboxEntry } from './rows.ts';

export interface Change {
  table: SyncTable;
  id: string;
  op: 'upsert' | 'delete';
  /** Only the changed top-level fields; for a new record, all of them. */
  fields?: Record<string, unknown>;
}

/** The newest outbox entry for a record, whatever its state. */
export async function newestEntryFor(db: ClearinghouseDb, table: SyncTable, id: string): Promise<OutboxEntry | undefined> {
  const entries = await db.outbox.where('[table+id]').equals([table, id]).sortBy('mid');
  return entries[entries.length - 1];
}

/**
 * Appends `change` to the outbox, or folds it into the newest entry of the same record while that
 * entry is still `pending` (never `sending`: its payload may be on the wire) with the same op and base.
 * Must run inside a transaction covering `outbox` and `bases`.
 */
export async function recordChange(db: ClearinghouseDb, change: Change, now: string): Promise<number> {
  const base = await db.bases.get([change.table, change.id]);
  const baseVersion = base?.version ?? null;
  const newest = await newestEntryFor(db, change.table, change.id);
  if (newest?.mid !== undefined && newest.state === 'pending' && newest.op === change.op && newest.baseVersion === baseVersion) {
    if (change.op === 'upsert') await db.outbox.update(newest.mid, { fields: { ...newest.fields, ...change.fields } });
    return newest.mid;
  }
  const entry: OutboxEntry = { table: change.table, id: change.id, op: change.op, baseVersion, state: 'pending', createdAt: now };
  if (change.op === 'upsert') entry.fields = { ...change.fields };
  return (await db.outbox.add(entry)) as number;
}

/**
 * Withdraws a pending entry that was never sent (undoing a delete). Returns false when sync has
 * already taken it: the caller must then record a compensating change instead.
 */
export async function withdrawPending(db: ClearinghouseDb, mid: number): Promise<boolean> {
  const entry = await db.outbox.get(mid);
  if (!entry || entry.state !== 'pending') return false;
  await db.outbox.delete(mid);
  return true;
}

/** Pending, sending or rejected outbox entries, per submission: the "not yet sent" count. */
export async function unsentCountsBySubmission(db: ClearinghouseDb): Promise<Map<string, number>> {
  const entries = await db.outbox.toArray();
  const counts = new Map<string, number>();
  const itemIds = entries.filter((e) => e.table === 'items').map((e) => e.id);
  const items = await db.items.bulkGet(itemIds);
  const submissionOfItem = new Map<string, string>();
  for (const item of items) if (item) submissionOfItem.set(item.id, item.submissionId);
  // A deleted item's row is gone: its delete entry still counts for its draft via the base record.
  const missing = itemIds.filter((id) => !submissionOfItem.has(id));
  if (missing.length) {
    const bases = await db.bases.bulkGet(missing.map((id) => ['items', id] as [string, string]));
    for (const base of bases) {
      const sid = base?.record?.submissionId;
      if (base && typeof sid === 'string') submissionOfItem.set(base.id, sid);
    }
  }
  for (const entry of entries) {
    const submissionId = entry.table === 'submissions' ? entry.id : submissionOfItem.get(entry.id);
    if (submissionId) counts.set(submissionId, (counts.get(submissionId) ?? 0) + 1);
  }
  return counts;
}
