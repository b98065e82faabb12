/**
 * The drafting feature's entry point for pages: the device bound to the signed-in user, with the
 * reference data refreshed when a connection exists. The store itself is `draftsStore()` in
 * drafts-store.ts, imported only by the pages that write. The database is loaded here, not imported:
 * the dashboard calls this without waiting for Dexie to paint.
 */
import { claimDevice, type DeviceOwner } from '$lib/db/device-owner.ts';
import { loadDb } from '$lib/db/lazy.ts';
import type { SessionUser } from '$lib/state/session.svelte.ts';
import { watchInstallPrompt } from '$lib/storage/install.svelte.ts';
import { refreshReference } from './reference-cache.ts';

export const ownerOf = (user: SessionUser): DeviceOwner => ({ id: user.id, entityId: user.entityId });

let referenceRefreshed = false;

/** Call from each drafting page: idempotent. Resolves to false when the device holds another account's data. */
export async function startDrafting(user: SessionUser): Promise<boolean> {
  watchInstallPrompt();
  if (!referenceRefreshed && navigator.onLine) {
    referenceRefreshed = true;
    void loadDb()
      .then((db) => refreshReference(db))
      .catch((error: unknown) => console.warn('Reference data not refreshed', error));
  }
  if (!user.entityId) return true;
  return claimDevice(await loadDb(), ownerOf(user));
}
