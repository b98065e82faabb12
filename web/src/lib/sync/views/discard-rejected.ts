/**
 * Discarding a change the server refused: the outbox entry goes, and the local record returns to the
 * last server version with the device's other unsent changes of that record (if any) laid on top again.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { localChangeTables } from '$lib/db/device-owner.ts';
import type { LocalItem, LocalSubmission } from '$lib/db/rows.ts';

export async function discardRejected(db: ClearinghouseDb, mid: number): Promise<void> {
  await db.transaction('rw', localChangeTables(db), async () => {
    const entry = await db.outbox.get(mid);
    if (!entry) return;
    await db.outbox.delete(mid);
    const records = entry.table === 'items' ? db.items : db.submissions;
    const base = await db.bases.get([entry.table, entry.id]);
    const others = await db.outbox.where('[table+id]').equals([entry.table, entry.id]).sortBy('mid');
    let record: Record<string, unknown> | null = base && !base.deleted && base.record ? { ...base.record } : null;
    for (const other of others) {
      if (other.op === 'delete') record = null;
      else record = { ...(record ?? {}), ...other.fields };
    }
    // A record the server never had and nothing else describes: it only ever existed here.
    if (!record || (record.id === undefined && !base)) await records.delete(entry.id);
    else if (entry.table === 'items') await db.items.put(record as LocalItem);
    else await db.submissions.put(record as LocalSubmission);
  });
}
