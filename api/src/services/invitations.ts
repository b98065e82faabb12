import type { Db } from '../db/connection.ts';
import { oneTimeTokensRepo, type TokenPurpose } from '../db/repositories/one-time-tokens.ts';
import { hashToken, newToken } from './tokens.ts';

/** How long a link stays valid: an invitation travels by email to a ministry; a reset is more urgent. */
export const LINK_TTL_MS: Record<'invitation' | 'password-reset', number> = {
  invitation: 7 * 24 * 3600 * 1000,
  'password-reset': 3 * 24 * 3600 * 1000,
};

/** One-time links that let a person set their password: invitations and resets. Single use, expiring. */
export function accountLinks(db: Db, now: () => Date) {
  const tokens = oneTimeTokensRepo(db);
  return {
    async issue(userId: string, purpose: 'invitation' | 'password-reset') {
      const token = newToken();
      const at = now();
      const expiresAt = new Date(at.getTime() + LINK_TTL_MS[purpose]).toISOString();
      await tokens.insert({ tokenHash: hashToken(token), purpose, userId, createdAt: at.toISOString(), expiresAt });
      return { token, expiresAt };
    },
    /** The account a still-valid link is for, without using it up. */
    async peek(token: string) {
      for (const purpose of ['invitation', 'password-reset'] as TokenPurpose[]) {
        const userId = await tokens.userOfValid(hashToken(token), purpose, now().toISOString());
        if (userId) return { userId, purpose };
      }
      return null;
    },
    async consume(token: string) {
      for (const purpose of ['invitation', 'password-reset'] as TokenPurpose[]) {
        const used = await tokens.consume(hashToken(token), purpose, now().toISOString());
        if (used?.userId) return { userId: used.userId, purpose };
      }
      return null;
    },
  };
}
