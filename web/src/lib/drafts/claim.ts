/**
 * Which account this device's drafts belong to. Apart from DraftsStore so that pages which only claim
 * the device (the dashboard) do not load the store and the validation schemas it brings.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';

export interface Owner {
  readonly id: string;
  readonly entityId: string | null;
}

/** Every table a drafting write may touch: one transaction over all of them. */
export const draftTables = (db: ClearinghouseDb) => [db.submissions, db.items, db.outbox, db.bases, db.meta, db.attachments];

/**
 * Binds this device's data to `owner` on first use. Returns false when it already belongs to another
 * account: its drafts must not be shown (sync clears them; until then the workspace shows nothing).
 * Never hands the device over: that is sync's claimDevice (lib/sync/device-owner.ts), which does so only
 * once the previous account's work has all reached the server.
 */
export function claimForDrafting(db: ClearinghouseDb, owner: Owner): Promise<boolean> {
  return db.transaction('rw', draftTables(db), async () => {
    const known = await db.meta.get('userId');
    if (known && known.value !== owner.id) return false;
    if (!known) {
      await db.meta.bulkPut([
        { key: 'userId', value: owner.id },
        { key: 'entityId', value: owner.entityId },
      ]);
    }
    return true;
  });
}
