import { loadPublic } from './cache.ts';
import type { List, PublicEntity } from '@clearinghouse/shared';

/** Every entity, once per page load (a few hundred): names for lists, tables and filters. */
export async function loadEntities(fetchImpl?: typeof fetch) {
  const loaded = await loadPublic<List<PublicEntity>>('/api/public/entities', fetchImpl);
  return { ...loaded, byId: new Map(loaded.data.items.map((e) => [e.id, e])) };
}
