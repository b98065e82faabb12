/**
 * Whose data this device holds, and the tables a local change writes. Drafting and sync both claim
 * the device through claimDevice; only sync hands it over to another account, and only once the
 * previous account's work has all reached the server: unsent work is never deleted. Apart from
 * DraftsStore so that pages which only claim the device (the dashboard) do not load the store.
 */
import type { ClearinghouseDb } from './database.ts';
import { META, readMeta } from './meta.ts';

export interface DeviceOwner {
  readonly id: string;
  readonly entityId: string | null;
}

/**
 * Every table a local change may write (a record, its outbox entry, bases, conflicts, intents, files,
 * bookkeeping): drafting, sync and the sync screens' edits all open one transaction over this list, so
 * one nested in another never meets a table outside its scope (docs/web-data-contract.md "Rules").
 */
export const localChangeTables = (db: ClearinghouseDb) => [
  db.submissions,
  db.items,
  db.attachments,
  db.outbox,
  db.bases,
  db.conflicts,
  db.intents,
  db.meta,
];

/**
 * Binds this device's data to `owner`; the first account to use the device takes it. When it belongs
 * to another account, only `handOver` (sync) takes it over, and only when nothing of that account is
 * still unsent. Resolves to whether the device is now `owner`'s: false means its data must not be
 * shown (drafting) or sync must wait for the other account (sync).
 */
export function claimDevice(db: ClearinghouseDb, owner: DeviceOwner, { handOver = false } = {}): Promise<boolean> {
  return db.transaction('rw', localChangeTables(db), async () => {
    const known = await readMeta<string>(db, META.userId);
    if (known === owner.id) return true;
    if (known) {
      if (!handOver || (await db.outbox.count()) > 0 || (await db.intents.count()) > 0) return false;
      // Everything of the previous account is on the server: what is here is a copy it may read and
      // this account may not. Start clean (the reference cache is public data and stays).
      await Promise.all([db.submissions, db.items, db.attachments, db.bases, db.conflicts, db.intents].map((t) => t.clear()));
      await db.meta.bulkDelete([META.clientId, META.cursor, META.lastSyncAt]);
    }
    await db.meta.bulkPut([
      { key: META.userId, value: owner.id },
      { key: META.entityId, value: owner.entityId },
    ]);
    return true;
  });
}

/**
 * Whether the local database belongs to `userId`. A device keeps one account's unsent work (locked to
 * it) when that person signs out; another account signing in must never read it, on any page.
 */
export async function isOwnedBy(db: ClearinghouseDb, userId: string | undefined): Promise<boolean> {
  const owner = await readMeta<string>(db, META.userId);
  return !owner || owner === userId;
}
