import { error, redirect } from '@sveltejs/kit';
import { refusedPage, signInPath } from '$lib/navigation.ts';
import { refreshSession, session } from '$lib/state/session.svelte.ts';
import type { LayoutLoad } from './$types';

/**
 * The workspace needs a known user. A cached user is enough (it opens offline); without one, ask the
 * server once in case the cookie outlived the cache, then send the visitor to sign in. Every page's
 * role rule is applied here, from the one table in navigation.ts: pages do not guard themselves.
 */
export const load = (async ({ url }) => {
  let user = session.user;
  if (!user && navigator.onLine) user = await refreshSession();
  if (!user) redirect(307, signInPath(url.pathname + url.search));
  if (refusedPage(url.pathname, user.role)) error(403, { message: 'forbidden', code: 'forbidden' });
  return { user };
}) satisfies LayoutLoad;
