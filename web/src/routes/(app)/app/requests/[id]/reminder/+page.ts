import { guardPage } from '$lib/secretariat/guard.ts';
import type { PageLoad } from './$types';

export const load = (async ({ parent, url, params }) => {
  guardPage((await parent()).user, url.pathname, ['secretariat']);
  return { id: params.id };
}) satisfies PageLoad;
