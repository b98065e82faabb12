import { loadEntities } from '$lib/public/entities.ts';
import { attempt } from '$lib/public/load.ts';
import type { List, PublicElement } from '@clearinghouse/shared';
import type { PageLoad } from './$types';

/** The view (list or calendar) and the month shown are in the URL; the data is all events, once. */
export const load = (async ({ url, fetch }) => {
  const [events, entities] = await Promise.all([
    attempt<List<PublicElement>>('/api/public/events', fetch),
    loadEntities(fetch).catch(() => null),
  ]);
  const month = /^\d{4}-\d{2}$/.test(url.searchParams.get('month') ?? '')
    ? url.searchParams.get('month')!
    : new Date().toISOString().slice(0, 7);
  return { events, entities: entities?.byId ?? new Map(), view: url.searchParams.get('view') === 'calendar' ? 'calendar' : 'list', month };
}) satisfies PageLoad;
