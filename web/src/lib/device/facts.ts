/** Reads what plan.ts decides from: the local database's owner and its unsent work. */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { DeviceFacts } from './plan.ts';

export async function readDeviceFacts(db: ClearinghouseDb): Promise<DeviceFacts> {
  return db.transaction('r', [db.outbox, db.intents, db.meta], async () => {
    const [owner, changes, transmissions] = await Promise.all([db.meta.get('userId'), db.outbox.count(), db.intents.count()]);
    return { ownerId: typeof owner?.value === 'string' ? owner.value : null, unsent: { changes, transmissions } };
  });
}
