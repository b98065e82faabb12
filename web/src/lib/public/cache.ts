/**
 * Offline reading of the public clearinghouse: the last answer for each API URL is kept in localStorage
 * (not the drafting Dexie database: public data must never mix with drafts, and a few small JSON answers
 * fit well within its quota). Online, the network wins and refreshes the copy; offline, or when the
 * network fails, the copy is returned with the time it was fetched so the page can say "as of".
 */
import { api, NetworkError } from '$lib/api/client.ts';

export interface Loaded<T> {
  data: T;
  /** When the server sent this answer (ISO). */
  fetchedAt: string;
  /** True when the network could not answer and this is the copy kept on the device. */
  offline: boolean;
}

const PREFIX = 'clearinghouse.public:';
const INDEX_KEY = `${PREFIX}index`;
/** Enough for the pages a reader goes back to; the oldest are dropped first. */
const MAX_ENTRIES = 40;
/** A poor connection hangs rather than fails: fall back to the copy sooner than the API default. */
const TIMEOUT_MS = 10_000;

interface Entry {
  data: unknown;
  fetchedAt: string;
}

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
};

const readIndex = (s: Storage): string[] => {
  try {
    const parsed: unknown = JSON.parse(s.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
};

export function readCached<T>(url: string): Loaded<T> | null {
  const s = storage();
  const raw = s?.getItem(PREFIX + url);
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as Entry;
    return { data: entry.data as T, fetchedAt: entry.fetchedAt, offline: true };
  } catch {
    return null;
  }
}

export function writeCached(url: string, data: unknown, fetchedAt: string): void {
  const s = storage();
  if (!s) return;
  const index = [url, ...readIndex(s).filter((k) => k !== url)];
  const value = JSON.stringify({ data, fetchedAt } satisfies Entry);
  // On a full quota drop the oldest copies and try again; reading online never depends on this.
  while (index.length > 0) {
    for (const old of index.splice(MAX_ENTRIES)) s.removeItem(PREFIX + old);
    try {
      s.setItem(PREFIX + url, value);
      s.setItem(INDEX_KEY, JSON.stringify(index));
      return;
    } catch {
      const oldest = index.length > 1 ? index.pop() : undefined;
      if (!oldest) return;
      s.removeItem(PREFIX + oldest);
    }
  }
}

/** GET a public API path (with its query): the network first, the copy on the device when offline. */
export async function loadPublic<T>(url: string, fetchImpl?: typeof fetch): Promise<Loaded<T>> {
  const online = typeof navigator === 'undefined' || navigator.onLine !== false;
  if (online) {
    try {
      const data = await api.get<T>(url, { timeout: TIMEOUT_MS, fetch: fetchImpl });
      const fetchedAt = new Date().toISOString();
      writeCached(url, data, fetchedAt);
      return { data, fetchedAt, offline: false };
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error; // the server answered: show its error
    }
  }
  const cached = readCached<T>(url);
  if (cached) return cached;
  throw new NetworkError(`GET ${url}: offline and no copy on this device`, false);
}
