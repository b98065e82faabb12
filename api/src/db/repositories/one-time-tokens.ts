import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../connection.ts';
import type { Database } from '../schema.ts';

export type TokenPurpose = 'setup' | 'invitation' | 'password-reset';

/** The token's row while it may still be used: not used yet, not expired. */
const unspent = (tokenHash: string, purpose: TokenPurpose, now: string) => (eb: ExpressionBuilder<Database, 'one_time_tokens'>) =>
  eb.and([eb('token_hash', '=', tokenHash), eb('purpose', '=', purpose), eb('used_at', 'is', null), eb('expires_at', '>', now)]);

export function oneTimeTokensRepo(db: Db) {
  return {
    async insert(t: { tokenHash: string; purpose: TokenPurpose; userId: string | null; createdAt: string; expiresAt: string }) {
      await db
        .insertInto('one_time_tokens')
        .values({
          token_hash: t.tokenHash,
          purpose: t.purpose,
          user_id: t.userId,
          created_at: t.createdAt,
          expires_at: t.expiresAt,
          used_at: null,
        })
        .execute();
    },
    /** Marks the token used, exactly once: a second call (or an expired token) returns null. */
    async consume(tokenHash: string, purpose: TokenPurpose, now: string) {
      const row = await db
        .updateTable('one_time_tokens')
        .set({ used_at: now })
        .where(unspent(tokenHash, purpose, now))
        .returning(['user_id as userId'])
        .executeTakeFirst();
      return row ?? null;
    },
    async userOfValid(tokenHash: string, purpose: TokenPurpose, now: string) {
      const row = await db
        .selectFrom('one_time_tokens')
        .select('user_id')
        .where(unspent(tokenHash, purpose, now))
        .executeTakeFirst();
      return row?.user_id ?? null;
    },
    async isValid(tokenHash: string, purpose: TokenPurpose, now: string) {
      const row = await db
        .selectFrom('one_time_tokens')
        .select('token_hash')
        .where(unspent(tokenHash, purpose, now))
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
