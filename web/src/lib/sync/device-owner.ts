/**
 * Whose data this device holds. Drafting shows a device's drafts only to the account that owns them
 * (DraftsStore.claim); sync hands the device over when another account signs in, but only once the
 * previous account's work has all reached the server: unsent work is never deleted.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { META, readMeta } from './meta.ts';

export interface DeviceUser {
  id: string;
  entityId: string | null;
}

/** Thrown when the device holds another account's unsent changes: sync waits for that account. */
export class OtherAccountDataError extends Error {
  override readonly name = 'OtherAccountDataError';
  constructor() {
    super('This device holds changes of another account that have not been sent yet.');
  }
}

export async function claimDevice(db: ClearinghouseDb, user: DeviceUser): Promise<void> {
  const tables = [db.submissions, db.items, db.attachments, db.outbox, db.bases, db.conflicts, db.intents, db.meta];
  await db.transaction('rw', tables, async () => {
    const owner = await readMeta<string>(db, META.userId);
    if (owner === user.id) return;
    if (owner) {
      if ((await db.outbox.count()) > 0 || (await db.intents.count()) > 0) throw new OtherAccountDataError();
      // Everything of the previous account is on the server: what is here is a copy it may read and
      // this account may not. Start clean (the reference cache is public data and stays).
      await Promise.all([db.submissions, db.items, db.attachments, db.bases, db.conflicts, db.intents].map((t) => t.clear()));
      await db.meta.bulkDelete([META.clientId, META.cursor, META.lastSyncAt]);
    }
    await db.meta.bulkPut([
      { key: META.userId, value: user.id },
      { key: META.entityId, value: user.entityId },
    ]);
  });
}
