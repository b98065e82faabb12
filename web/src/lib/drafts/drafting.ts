/**
 * The drafting feature's entry point for pages: the one database and store of this page, bound to the
 * signed-in user, with the reference data refreshed when a connection exists.
 */
import { getDb } from '$lib/db/instance.ts';
import type { SessionUser } from '$lib/state/session.svelte.ts';
import { watchInstallPrompt } from '$lib/storage/install.svelte.ts';
import { DraftsStore, type Owner } from './drafts-store.ts';
import { installAutosaveFlushers } from './lifecycle.ts';
import { refreshReference } from './reference-cache.ts';

let store: DraftsStore | undefined;

export function draftsStore(): DraftsStore {
  store ??= new DraftsStore(getDb());
  return store;
}

export const ownerOf = (user: SessionUser): Owner => ({ id: user.id, entityId: user.entityId });

let referenceRefreshed = false;

/** Call from each drafting page: idempotent. Resolves to false when the device holds another account's data. */
export async function startDrafting(user: SessionUser): Promise<boolean> {
  installAutosaveFlushers();
  watchInstallPrompt();
  if (!referenceRefreshed && navigator.onLine) {
    referenceRefreshed = true;
    void refreshReference(getDb()).catch((error: unknown) => console.warn('Reference data not refreshed', error));
  }
  if (!user.entityId) return true;
  return draftsStore().claim(ownerOf(user));
}
