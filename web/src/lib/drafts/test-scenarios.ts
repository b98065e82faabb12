/** Outbox situations the count tests share (tests only). */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { DraftsStore } from './drafts-store.ts';

/**
 * Two drafts of Benin's; in `mine`, an element not yet sent (`kept`) and one the server knows, deleted
 * since: its row is gone and only its base says which draft its delete belongs to.
 */
export async function twoDraftsWithADeletedSyncedElement(db: ClearinghouseDb, store: DraftsStore) {
  const mine = await store.createSubmission({ entityId: 'BEN' });
  const other = await store.createSubmission({ entityId: 'BEN' });
  const kept = await store.createItem(mine.id, 'legislation');
  const synced = await store.createItem(mine.id, 'legislation');
  await store.createItem(other.id, 'legislation');
  // `synced` is known to the server: its entries are gone and a base exists; deleting it queues a delete.
  await db.outbox.where('[table+id]').equals(['items', synced.id]).delete();
  await db.bases.put({ table: 'items', id: synced.id, version: 1, deleted: false, record: { ...synced } });
  await store.deleteItem(synced.id);
  return { mine, other, kept };
}
