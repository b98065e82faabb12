/** Sync's bookkeeping in the `meta` table (its keys: lib/db/meta.ts): the clientId and the pull cursor. */
import { uuidv7 } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { META, readMeta } from '$lib/db/meta.ts';

/**
 * The push's clientId: made once per device and user (claimDevice drops it when another account
 * takes the device over, because the server ties a clientId to one account).
 */
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
