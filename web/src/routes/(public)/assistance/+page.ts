import { loadEntities } from '$lib/public/entities.ts';
import { attempt, withQuery } from '$lib/public/load.ts';
import type { AssistanceTable } from '@clearinghouse/shared';
import type { PageLoad } from './$types';

/** Filters and the orientation live in the URL, so a view of the table can be shared. */
export const load = (async ({ url, fetch }) => {
  const filter = { thematicArea: url.searchParams.get('thematicArea') ?? '', status: url.searchParams.get('status') ?? '' };
  const [table, entities] = await Promise.all([
    attempt<AssistanceTable>(withQuery('/api/public/assistance-table', filter), fetch),
    loadEntities(fetch).catch(() => null),
  ]);
  return { filter, transposed: url.searchParams.get('view') === 'recipients', table, entities: entities?.byId ?? new Map() };
}) satisfies PageLoad;
