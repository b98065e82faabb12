/**
 * Removing a user's data from this device: on sign-out (also offline) and when the server says the
 * account was deactivated (`401 account-disabled`).
 *
 * - `wipe`: the whole Dexie database is deleted (drafts, elements, files, outbox, bases, conflicts,
 *   sync keys such as the clientId and cursor, the reference cache). The connection in instance.ts is
 *   reused: Dexie reopens it lazily, empty, on the next query. Other tabs receive `versionchange`, close
 *   (instance.ts) and reload.
 * - `keep-database`: the database stays, locked to its owner through `meta.userId` (DraftsStore.claim and
 *   sync's claimDevice refuse every other account); only the conflict list is cleared (it holds field
 *   values and is sent again in full by the owner's next pull).
 *
 * In both cases every non-public cache goes: the `clearinghouse.*` keys of localStorage and
 * sessionStorage except the public ones listed below (fail closed: a cache added later is removed unless
 * declared public here), and Cache Storage entries for `/api/` responses other than public ones.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { SYNC_LOCK } from '$lib/sync/engine/tab-lock.ts';

export type WipeMode = 'wipe' | 'keep-database';

const APP_PREFIX = 'clearinghouse.';
/** Keys that hold nothing of a user: kept. */
const PUBLIC_KEYS: readonly string[] = [
  'clearinghouse.locale',
  // A sign-out the server has not heard of: must survive so the next visit tells it.
  'clearinghouse.session.logout-pending',
  // The message /signin shows after a deactivation (device/notice.svelte.ts).
  'clearinghouse.device.notice',
];
const PUBLIC_PREFIXES: readonly string[] = ['clearinghouse.public:'];

export const isPublicStorageKey = (key: string): boolean =>
  !key.startsWith(APP_PREFIX) || PUBLIC_KEYS.includes(key) || PUBLIC_PREFIXES.some((p) => key.startsWith(p));

/** API paths whose answers are public (the published copy, health, the OpenAPI document). */
export const isPublicApiPath = (path: string): boolean =>
  !path.startsWith('/api/') || /^\/api\/(public|health|openapi\.json)(\/|$|\?)/.test(path);

export interface WipeOptions {
  mode: WipeMode;
  /** The database to act on (the app's: getDb()). */
  db: ClearinghouseDb;
  storages?: (Storage | undefined)[];
  cacheStorage?: CacheStorage;
  /** Milliseconds to wait for a running sync cycle (any tab) to finish before deleting. */
  settleMs?: number;
}

export interface WipeReport {
  databaseDeleted: boolean;
  storageKeys: number;
  cacheEntries: number;
}

export async function wipeLocalData(options: WipeOptions): Promise<WipeReport> {
  const { mode, db, settleMs = 5_000 } = options;
  const storageKeys = (options.storages ?? defaultStorages()).reduce((n, s) => n + (s ? removePrivateKeys(s) : 0), 0);
  const cacheEntries = await removePrivateCacheEntries(options.cacheStorage ?? defaultCacheStorage());
  await afterSyncSettles(settleMs, async () => {
    if (mode === 'wipe') await db.delete({ disableAutoOpen: false });
    else await db.conflicts.clear();
  });
  return { databaseDeleted: mode === 'wipe', storageKeys, cacheEntries };
}

export function removePrivateKeys(storage: Storage): number {
  const doomed: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && !isPublicStorageKey(key)) doomed.push(key);
  }
  for (const key of doomed) storage.removeItem(key);
  return doomed.length;
}

export async function removePrivateCacheEntries(cacheStorage: CacheStorage | undefined): Promise<number> {
  if (!cacheStorage) return 0;
  let removed = 0;
  for (const name of await cacheStorage.keys()) {
    const cache = await cacheStorage.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (!isPublicApiPath(url.pathname + url.search) && (await cache.delete(request))) removed++;
    }
  }
  return removed;
}

/**
 * Holds the sync lock (so no cycle, in this tab or another, writes while the database goes) when the
 * browser has Web Locks; gives up waiting after `ms` and proceeds anyway: signing out must not hang.
 */
async function afterSyncSettles(ms: number, task: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks?.request) return task();
  const signal = AbortSignal.timeout(ms);
  try {
    await locks.request(SYNC_LOCK, { signal }, task);
  } catch (error) {
    if (!signal.aborted) throw error;
    await task();
  }
}

function defaultStorages(): (Storage | undefined)[] {
  const pick = (name: 'localStorage' | 'sessionStorage'): Storage | undefined => {
    try {
      return globalThis[name];
    } catch {
      return undefined; // storage disabled by privacy settings
    }
  };
  return [pick('localStorage'), pick('sessionStorage')];
}

const defaultCacheStorage = (): CacheStorage | undefined => (typeof caches === 'undefined' ? undefined : caches);
