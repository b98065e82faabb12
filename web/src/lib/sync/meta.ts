/**
 * The sync bookkeeping kept in the `meta` table: this device's clientId, the pull cursor, the time of
 * the last successful sync, and whose data the device holds (`userId`, shared with DraftsStore.claim).
 */
import { uuidv7 } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';

export const META = { clientId: 'clientId', userId: 'userId', entityId: 'entityId', cursor: 'cursor', lastSyncAt: 'lastSyncAt' } as const;

export async function readMeta<T>(db: ClearinghouseDb, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/**
 * The push's clientId: made once per device and user (device-owner.ts drops it when another account
 * takes the device over, because the server ties a clientId to one account).
 */
/**
 * Whether the local database belongs to `userId`. A device keeps one account's unsent work (locked to
 * it) when that person signs out; another account signing in must never read it, on any page.
 */
export async function isOwnedBy(db: ClearinghouseDb, userId: string | undefined): Promise<boolean> {
  const owner = await readMeta<string>(db, META.userId);
  return !owner || owner === userId;
}

export async function clientIdFor(db: ClearinghouseDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const known = await readMeta<string>(db, META.clientId);
    if (known) return known;
    const fresh = uuidv7();
    await db.meta.put({ key: META.clientId, value: fresh });
    return fresh;
  });
}

/** Forget what the server sent (cursor, bases) so the next pull starts over; local records and outbox stay. */
export async function forgetServerState(db: ClearinghouseDb): Promise<void> {
  await db.transaction('rw', db.meta, db.bases, async () => {
    await db.meta.delete(META.cursor);
    await db.bases.clear();
  });
}
