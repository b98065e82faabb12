import { guardPage } from '$lib/secretariat/guard.ts';
import type { PageLoad } from './$types';

export const load = (async ({ parent, url }) => {
  guardPage((await parent()).user, url.pathname);
  return {};
}) satisfies PageLoad;
