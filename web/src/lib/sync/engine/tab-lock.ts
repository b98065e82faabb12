/**
 * Only one tab syncs at a time: two tabs pushing the same outbox would race on `sending` marks and pull
 * the same pages twice. Web Locks when the browser has them (the lock dies with its tab, so a closed tab
 * never blocks the others); otherwise a short lease in localStorage, renewed while the cycle runs.
 */
export const SYNC_LOCK = 'clearinghouse-sync';
const LEASE_KEY = 'clearinghouse.sync.lease';
const LEASE_MS = 30_000;

interface LocksLike {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

const tabId = Math.random().toString(36).slice(2);

/** Runs `task` if no other tab is syncing; resolves to `undefined` (without running it) otherwise. */
export async function withSyncLock<T>(task: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as { locks?: LocksLike } | undefined)?.locks;
  if (locks?.request) {
    return locks.request(SYNC_LOCK, { ifAvailable: true }, async (lock) => (lock ? task() : undefined));
  }
  return withLease(task);
}

async function withLease<T>(task: () => Promise<T>): Promise<T | undefined> {
  const storage = localStorageOrNull();
  if (!storage) return task(); // no storage to share: this is the only tab that can know
  if (!takeLease(storage)) return undefined;
  const renew = setInterval(() => takeLease(storage), LEASE_MS / 3);
  try {
    return await task();
  } finally {
    clearInterval(renew);
    if (readLease(storage)?.owner === tabId) storage.removeItem(LEASE_KEY);
  }
}

function takeLease(storage: Storage): boolean {
  const lease = readLease(storage);
  if (lease && lease.owner !== tabId && lease.until > Date.now()) return false;
  storage.setItem(LEASE_KEY, JSON.stringify({ owner: tabId, until: Date.now() + LEASE_MS }));
  return readLease(storage)?.owner === tabId; // another tab writing at the same instant wins
}

function readLease(storage: Storage): { owner: string; until: number } | null {
  try {
    return JSON.parse(storage.getItem(LEASE_KEY) ?? 'null') as { owner: string; until: number } | null;
  } catch {
    return null;
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
