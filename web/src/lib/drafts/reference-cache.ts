/**
 * Reference data the workspace shows without a network: the entities (names for ids) and the requests
 * for information. Fetched when online, kept in the `reference` table; an older copy stays in use
 * when a fetch fails.
 */
import type { Cycle, Entity } from '@clearinghouse/shared';
import { api, ApiError, NetworkError } from '$lib/api/client.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { ReferenceKey, ReferenceValues } from '$lib/db/rows.ts';

export async function readReference<K extends ReferenceKey>(db: ClearinghouseDb, key: K): Promise<ReferenceValues[K] | null> {
  const row = await db.reference.get(key);
  return row ? (row.value as ReferenceValues[K]) : null;
}

/**
 * Fetches what it can; a missing endpoint (404) or no network keeps the cached copy. `afterWrite`: the
 * public entity list may be kept by the browser for minutes (its Cache-Control), so after a change of
 * one's own it is asked of the server again, or the new organisation would not be listed yet.
 */
export async function refreshReference(db: ClearinghouseDb, { afterWrite = false } = {}): Promise<void> {
  const cache = afterWrite ? 'no-cache' : undefined;
  await Promise.all([
    refreshOne(db, 'entities', async () => (await api.get<{ items: Entity[] }>('/api/public/entities', { cache })).items),
    refreshOne(db, 'cycles', async () => {
      const body = await api.get<{ items?: Cycle[] } | Cycle[]>('/api/cycles');
      return Array.isArray(body) ? body : (body.items ?? []);
    }),
  ]);
}

async function refreshOne<K extends ReferenceKey>(db: ClearinghouseDb, key: K, fetchValue: () => Promise<ReferenceValues[K]>) {
  try {
    const value = await fetchValue();
    await db.reference.put({ key, value, fetchedAt: new Date().toISOString() });
  } catch (error) {
    if (error instanceof NetworkError || error instanceof ApiError) return;
    throw error;
  }
}
