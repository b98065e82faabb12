import { redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/navigation.ts';
import { session } from '$lib/state/session.svelte.ts';
import type { PageLoad } from './$types';

export const load = (({ url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (session.user) redirect(307, next);
  return { next };
}) satisfies PageLoad;
