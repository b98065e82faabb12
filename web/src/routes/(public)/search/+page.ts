import { loadEntities } from '$lib/public/entities.ts';
import { attempt, withQuery } from '$lib/public/load.ts';
import { FILTER_NAMES, PAGE_SIZE, type SearchParams } from '$lib/public/search-params.ts';
import type { SearchAnswer } from '@clearinghouse/shared';
import type { PageLoad } from './$types';

/** The URL is the search: every query and filter lives in it, so any search can be shared. */
export const load = (async ({ url, fetch }) => {
  const params: SearchParams = { q: url.searchParams.get('q') ?? '' };
  for (const name of FILTER_NAMES) params[name] = url.searchParams.get(name) ?? '';
  const offset = Math.max(0, Number.parseInt(url.searchParams.get('offset') ?? '0', 10) || 0);
  const [result, entities] = await Promise.all([
    attempt<SearchAnswer>(withQuery('/api/public/items', { ...params, limit: PAGE_SIZE, offset }), fetch),
    loadEntities(fetch).catch(() => null),
  ]);
  return { params, offset, result, entities: entities?.byId ?? new Map() };
}) satisfies PageLoad;
