/**
 * Settling a conflict is an ordinary local edit: the chosen value is written to the local record and
 * queued in the outbox with `resolves: [conflictId]`, in one transaction (docs/web-data-contract.md).
 * The server marks the conflict resolved when it applies the edit; the next pull no longer lists it.
 */
import type { Conflict } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { localChangeTables } from '$lib/db/device-owner.ts';
import { recordChange } from '$lib/db/outbox-write.ts';
import type { LocalItem, LocalSubmission } from '$lib/db/rows.ts';

export type Resolution =
  /** A field conflict: the value to keep (mine, theirs, or an edited combination). */
  | { kind: 'value'; value: unknown }
  /** A whole-record conflict (an edit against a deletion, or the reverse): keep it, or have it deleted. */
  | { kind: 'keep-record' }
  | { kind: 'delete-record' };

export async function resolveConflict(db: ClearinghouseDb, conflict: Conflict, resolution: Resolution, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const { table, recordId: id } = conflict;
  const records = table === 'items' ? db.items : db.submissions;
  await db.transaction('rw', localChangeTables(db), async () => {
    const local = (await records.get(id)) as Record<string, unknown> | undefined;
    let mid: number;
    if (resolution.kind === 'delete-record') {
      await records.delete(id);
      mid = await recordChange(db, { table, id, op: 'delete' }, at);
    } else if (resolution.kind === 'keep-record') {
      // Keep the record with what this device has. When the server deleted it and the local copy is gone
      // too, the client's edit alone restores it there, and the next pull brings the whole record back.
      const fields = local ? withoutLocalOnly(local) : ((conflict.client ?? {}) as Record<string, unknown>);
      mid = await recordChange(db, { table, id, op: 'upsert', fields }, at, { sameBaseOnly: true });
    } else {
      const field = conflict.field!;
      if (local) await put(db, table, { ...local, [field]: resolution.value });
      mid = await recordChange(db, { table, id, op: 'upsert', fields: { [field]: resolution.value } }, at, { sameBaseOnly: true });
    }
    const entry = await db.outbox.get(mid);
    const resolves = [...new Set([...(entry?.resolves ?? []), conflict.id])];
    await db.outbox.update(mid, { resolves });
    // Shown as settled at once; the server's list (next pull) is the truth either way.
    await db.conflicts.delete(conflict.id);
  });
}

/** `updatedAt` on an item is local bookkeeping, never sent (lib/db/rows.ts). */
function withoutLocalOnly(record: Record<string, unknown>): Record<string, unknown> {
  const { updatedAt: _local, ...fields } = record;
  return fields;
}

function put(db: ClearinghouseDb, table: Conflict['table'], record: Record<string, unknown>) {
  return table === 'items' ? db.items.put(record as LocalItem) : db.submissions.put(record as LocalSubmission);
}
