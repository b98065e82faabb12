import { error } from '@sveltejs/kit';
import type { Role } from '@clearinghouse/shared';
import { mayOpen } from '$lib/navigation.ts';
import type { SessionUser } from '$lib/state/session.svelte.ts';

/**
 * The workspace's page guard: the navigation's role rules, plus `roles` for a page narrower than its
 * section. The server refuses the data anyway; this gives the person a clear page instead of errors.
 */
export function guardPage(user: SessionUser, pathname: string, roles?: readonly Role[]): void {
  if (!mayOpen(pathname, user.role) || (roles && !roles.includes(user.role))) error(403, { message: 'forbidden', code: 'forbidden' });
}
