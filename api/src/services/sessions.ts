import { isRole } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { sessionsRepo } from '../db/repositories/sessions.ts';
import type { SessionUser } from '../http/env.ts';
import { hashToken, newToken } from './tokens.ts';

/**
 * Focal points work offline for days: a session survives two weeks without use, and a month at most.
 * When it lapses the local drafts stay on the device; the next sync asks the person to sign in again.
 */
export const SESSION_IDLE_MS = 14 * 24 * 3600 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3600 * 1000;
/** Refresh last_seen at most this often, so ordinary reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export const SESSION_COOKIE = 'ch_session';

export function sessionService(db: Db, now: () => Date) {
  const repo = sessionsRepo(db);
  return {
    async create(userId: string, userAgent: string | null) {
      const token = newToken();
      const at = now();
      await repo.insert({
        tokenHash: hashToken(token),
        userId,
        createdAt: at.toISOString(),
        lastSeenAt: at.toISOString(),
        idleExpiresAt: new Date(at.getTime() + SESSION_IDLE_MS).toISOString(),
        absoluteExpiresAt: new Date(at.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
        userAgent: userAgent?.slice(0, 300) ?? null,
        publicId: newToken().slice(0, 12),
      });
      return token;
    },

    /**
     * The signed-in user for a cookie value; null when unknown or expired; `revoked` when the account
     * was deactivated (the device must then remove that entity's local data).
     */
    async resolve(token: string): Promise<{ user: SessionUser; tokenHash: string } | { revoked: string } | null> {
      const tokenHash = hashToken(token);
      const at = now();
      const row = await repo.findActive(tokenHash, at.toISOString());
      if (row?.revokedReason) return { revoked: row.revokedReason };
      if (!row || row.disabledAt || !isRole(row.role)) return null;
      if (at.getTime() - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS) {
        const idle = Math.min(at.getTime() + SESSION_IDLE_MS, Date.parse(row.absoluteExpiresAt));
        await repo.touch(tokenHash, at.toISOString(), new Date(idle).toISOString());
      }
      return { tokenHash, user: { id: row.userId, email: row.email, role: row.role, entityId: row.entityId } };
    },

    end: (tokenHash: string) => repo.delete(tokenHash),
    endAllFor: (userId: string, except?: string) => repo.deleteForUser(userId, except),
    revokeAllFor: (userId: string, reason: 'deactivated') => repo.revokeForUser(userId, reason),
    listFor: (userId: string) => repo.listForUser(userId, now().toISOString()),
    endOne: (userId: string, publicId: string) => repo.deleteByPublicId(userId, publicId),
  };
}
