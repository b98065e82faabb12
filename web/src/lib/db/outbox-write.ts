/**
 * The write side of the outbox: called inside the same read-write transaction as the local change
 * (docs/web-data-contract.md "Rules"), so a record never changes without its outbox entry nor the
 * reverse. The sync manager (lib/sync) owns the read side.
 */
import type { SyncTable } from '@clearinghouse/shared';
import type { ClearinghouseDb } from './database.ts';
import type { BaseRow, OutboxEntry } from './rows.ts';

/** The record's base and outbox entries (in mid order), when the caller read them in this transaction. */
export interface KnownState {
  base: BaseRow | undefined;
  entries: OutboxEntry[];
}

/** Reads what `recordChange` needs, to be asked together with the caller's other reads. */
export async function readKnownState(db: ClearinghouseDb, table: SyncTable, id: string): Promise<KnownState> {
  const [base, entries] = await Promise.all([db.bases.get([table, id]), db.outbox.where('[table+id]').equals([table, id]).sortBy('mid')]);
  return { base, entries };
}

export interface Change {
  table: SyncTable;
  id: string;
  op: 'upsert' | 'delete';
  /** Only the changed top-level fields; for a new record, all of them. */
  fields?: Record<string, unknown>;
}

/**
 * Appends `change` to the outbox, or folds it into the newest entry of the same record while that
 * entry is still `pending` (never `sending`: its payload may be on the wire) with the same op and base.
 * Must run inside a transaction covering `outbox` and `bases`.
 *
 * A field that an older pending entry of the record already carries is folded into THAT entry, even
 * when a pull has moved the base since: the person never saw the pulled value of a field whose edit was
 * still unsent (the edit stays on top, apply-changes.ts), so the new value continues the same edit. Sent
 * as a second entry on the newer base, it would meet the first one's result on the server and conflict
 * with the device's own edit (found by the sync property test). A conflict's resolution, made against
 * the server's value shown beside it, passes `sameBaseOnly` and is never folded into an older base.
 *
 * `known`: the base and entries the caller read earlier in this same transaction (so nothing changed
 * them since), saving two round trips on the autosave's path. Entries are rewritten whole (`put`) from
 * what was read in the transaction, which is what `update` would read again.
 */
export async function recordChange(
  db: ClearinghouseDb,
  change: Change,
  now: string,
  { sameBaseOnly = false, known }: { sameBaseOnly?: boolean; known?: KnownState } = {},
): Promise<number> {
  const { base, entries } = known ?? (await readKnownState(db, change.table, change.id));
  const baseVersion = base?.version ?? null;
  const newest = entries[entries.length - 1];
  let fields = change.fields;
  if (change.op === 'upsert' && fields && !sameBaseOnly) {
    const rest = { ...fields };
    let carrier: number | undefined;
    for (const entry of [...entries].reverse()) {
      if (entry.state !== 'pending' || entry.op !== 'upsert' || entry.baseVersion === baseVersion) continue;
      const carried = Object.keys(rest).filter((field) => field in (entry.fields ?? {}));
      if (!carried.length) continue;
      await db.outbox.put({ ...entry, fields: { ...entry.fields, ...Object.fromEntries(carried.map((f) => [f, rest[f]])) } });
      for (const field of carried) delete rest[field];
      carrier ??= entry.mid;
    }
    if (Object.keys(rest).length === 0 && carrier !== undefined) return carrier;
    fields = rest;
  }
  if (newest?.mid !== undefined && newest.state === 'pending' && newest.op === change.op && newest.baseVersion === baseVersion) {
    if (change.op === 'upsert') await db.outbox.put({ ...newest, fields: { ...newest.fields, ...fields } });
    return newest.mid;
  }
  const entry: OutboxEntry = { table: change.table, id: change.id, op: change.op, baseVersion, state: 'pending', createdAt: now };
  if (change.op === 'upsert') entry.fields = { ...fields };
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
