import type { Db } from '../db/connection.ts';
import { loginFailuresRepo } from '../db/repositories/login-failures.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Ten failures are tolerated in the window; the eleventh attempt is refused (PROTOCOL.md). */
export const LOGIN_MAX_FAILURES = 10;

/**
 * Counts failed sign-ins per account and per address over a sliding 15-minute window. The lock lifts
 * by itself as old failures leave the window, so nobody can lock a colleague out for long; a success
 * clears the account's count.
 */
export function loginThrottle(db: Db, now: () => Date) {
  const repo = loginFailuresRepo(db);
  const keys = (email: string, address: string) => [`account:${email}`, `address:${address}`];
  return {
    async isBlocked(email: string, address: string) {
      const since = new Date(now().getTime() - LOGIN_WINDOW_MS).toISOString();
      for (const key of keys(email, address)) {
        if ((await repo.countSince(key, since)) >= LOGIN_MAX_FAILURES) return true;
      }
      return false;
    },
    async recordFailure(email: string, address: string) {
      await repo.record(keys(email, address), now().toISOString());
      // Old rows only matter for counting within the window; drop them as we go.
      await repo.prune(new Date(now().getTime() - LOGIN_WINDOW_MS).toISOString());
    },
    recordSuccess: (email: string) => repo.clear(`account:${email}`),
    retryAfterSeconds: () => Math.ceil(LOGIN_WINDOW_MS / 1000),
  };
}
