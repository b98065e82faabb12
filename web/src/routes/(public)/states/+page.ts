import { loadEntities } from '$lib/public/entities.ts';
import type { PageLoad } from './$types';

export const load = (async ({ fetch }) => {
  try {
    const { data, fetchedAt, offline } = await loadEntities(fetch);
    return { outcome: { ok: true as const, entities: data.items, fetchedAt, offline } };
  } catch (error) {
    return { outcome: { ok: false as const, error } };
  }
}) satisfies PageLoad;
