import type { ExpressionBuilder } from 'kysely';
import { compiledOnce } from '../compiled-once.ts';
import type { Db } from '../connection.ts';
import type { Database } from '../schema.ts';

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  userAgent: string | null;
  /** A short id the owner sees in "my sessions" (never the token or its hash). */
  publicId: string;
}

/** A session lasts while neither its idle nor its absolute expiry has passed. */
const unexpired = (now: string) => (eb: ExpressionBuilder<Database, 'sessions'>) =>
  eb.and([eb('sessions.idle_expires_at', '>', now), eb('sessions.absolute_expires_at', '>', now)]);

/** Every request with a session cookie asks this: compiled once (compiled-once.ts). */
const activeSession = compiledOnce((db: Db, tokenHash: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.token_hash as tokenHash',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.absolute_expires_at as absoluteExpiresAt',
      'users.id as userId',
      'users.email as email',
      'users.role as role',
      'users.entity_id as entityId',
      'users.disabled_at as disabledAt',
      'sessions.revoked_reason as revokedReason',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where(unexpired(now)),
);

export function sessionsRepo(db: Db) {
  return {
    async insert(s: SessionRecord) {
      await db
        .insertInto('sessions')
        .values({
          token_hash: s.tokenHash,
          user_id: s.userId,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          idle_expires_at: s.idleExpiresAt,
          absolute_expires_at: s.absoluteExpiresAt,
          user_agent: s.userAgent,
          public_id: s.publicId,
          revoked_reason: null,
        })
        .execute();
    },
    /** The session and its user, if the token is known and neither expiry has passed. */
    async findActive(tokenHash: string, now: string) {
      return (await activeSession(db, tokenHash, now))[0];
    },
    async touch(tokenHash: string, lastSeenAt: string, idleExpiresAt: string) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, idle_expires_at: idleExpiresAt })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    async delete(tokenHash: string) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteForUser(userId: string, except?: string) {
      let q = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (except) q = q.where('token_hash', '!=', except);
      await q.execute();
    },
    /** Ends every session of the user but keeps them, marked, so each device learns why. */
    async revokeForUser(userId: string, reason: string) {
      await db.updateTable('sessions').set({ revoked_reason: reason }).where('user_id', '=', userId).execute();
    },
    async listForUser(userId: string, now: string) {
      return db
        .selectFrom('sessions')
        .select([
          'public_id as id',
          'created_at as createdAt',
          'last_seen_at as lastSeenAt',
          'user_agent as userAgent',
          'token_hash as tokenHash',
        ])
        .where('user_id', '=', userId)
        .where('revoked_reason', 'is', null)
        .where(unexpired(now))
        .orderBy('last_seen_at', 'desc')
        .execute();
    },
    async deleteByPublicId(userId: string, publicId: string) {
      const res = await db.deleteFrom('sessions').where('user_id', '=', userId).where('public_id', '=', publicId).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
    async deleteExpired(now: string) {
      await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
        .execute();
    },
  };
}
