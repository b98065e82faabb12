import { loadEntities } from '$lib/public/entities.ts';
import { attempt } from '$lib/public/load.ts';
import type { Profile } from '@clearinghouse/shared';
import type { PageLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const [profile, entities] = await Promise.all([
    attempt<Profile>(`/api/public/entities/${encodeURIComponent(params.id)}/profile`, fetch),
    loadEntities(fetch).catch(() => null),
  ]);
  return { id: params.id, profile, entities: entities?.byId ?? new Map() };
}) satisfies PageLoad;
