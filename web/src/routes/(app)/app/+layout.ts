import { redirect } from '@sveltejs/kit';
import { signInPath } from '$lib/navigation.ts';
import { refreshSession, session } from '$lib/state/session.svelte.ts';
import type { LayoutLoad } from './$types';

/**
 * The workspace needs a known user. A cached user is enough (it opens offline); without one, ask the
 * server once in case the cookie outlived the cache, then send the visitor to sign in.
 */
export const load = (async ({ url }) => {
  let user = session.user;
  if (!user && navigator.onLine) user = await refreshSession();
  if (!user) redirect(307, signInPath(url.pathname + url.search));
  return { user };
}) satisfies LayoutLoad;
