import { isRole, type Role } from '@clearinghouse/shared/roles';

/** The signed-in user as `GET /api/auth/me` describes it. TODO: take it from shared when its schema lands. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  /** The reporting entity of a focal point (an ISO 3166 alpha-3 code for a State); null otherwise. */
  readonly entityId: string | null;
}

/** Checks a value from the server or from storage; anything malformed counts as no user. */
export function parseSessionUser(value: unknown): SessionUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, email, role, entityId } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof email !== 'string' || !isRole(role)) return null;
  if (entityId !== null && entityId !== undefined && typeof entityId !== 'string') return null;
  return { id, email, role, entityId: entityId ?? null };
}
