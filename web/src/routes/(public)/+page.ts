import { loadEntities } from '$lib/public/entities.ts';
import { attempt } from '$lib/public/load.ts';
import type { Summary } from '@clearinghouse/shared';
import type { PageLoad } from './$types';

export const load = (async ({ fetch }) => {
  const [summary, entities] = await Promise.all([attempt<Summary>('/api/public/summary', fetch), loadEntities(fetch).catch(() => null)]);
  return { summary, entities: entities?.byId ?? new Map() };
}) satisfies PageLoad;
