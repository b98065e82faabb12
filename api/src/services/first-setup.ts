import type { Db } from '../db/connection.ts';
import { oneTimeTokensRepo } from '../db/repositories/one-time-tokens.ts';
import { usersRepo } from '../db/repositories/users.ts';
import { hashToken, newToken } from './tokens.ts';

export const SETUP_LINK_TTL_MS = 24 * 3600 * 1000;

/**
 * While no Secretariat account exists, each start prints a one-time link that creates the first one
 * in the browser. No default password ever exists; the link expires in 24 hours and works once.
 */
export function firstSetup(db: Db, now: () => Date) {
  const users = usersRepo(db);
  const tokens = oneTimeTokensRepo(db);
  return {
    needed: async () => (await users.countByRole('secretariat')) === 0,
    async issueLink(): Promise<string> {
      const token = newToken();
      const at = now();
      await tokens.insert({
        tokenHash: hashToken(token),
        purpose: 'setup',
        userId: null,
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + SETUP_LINK_TTL_MS).toISOString(),
      });
      return token;
    },
    isValid: (token: string) => tokens.isValid(hashToken(token), 'setup', now().toISOString()),
    consume: (token: string) => tokens.consume(hashToken(token), 'setup', now().toISOString()),
  };
}
