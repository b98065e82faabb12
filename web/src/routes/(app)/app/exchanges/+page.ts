import { error } from '@sveltejs/kit';
import { mayOpen } from '$lib/navigation.ts';
import type { PageLoad } from './$types';

export const load = (async ({ parent, url }) => {
  const { user } = await parent();
  if (!mayOpen(url.pathname, user.role)) error(403, { message: 'forbidden', code: 'forbidden' });
  return {};
}) satisfies PageLoad;
