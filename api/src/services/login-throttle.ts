import type { Db } from '../db/connection.ts';
import { loginFailuresRepo } from '../db/repositories/login-failures.ts';
import { keyedLock } from './keyed-lock.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Ten failures are tolerated in the window; the eleventh attempt is refused (docs/security.md). */
export const LOGIN_MAX_FAILURES = 10;

/** Shared by every throttle of the process: the check and the reservation must not interleave. */
const reserving = keyedLock();

/** An attempt counted in advance; `succeeded` gives it back, a failure simply keeps it. */
export interface Attempt {
  succeeded(): Promise<void>;
}

/**
 * Counts failed password checks per account and per address over a sliding 15-minute window. The lock
 * lifts by itself as old failures leave the window, so nobody can lock a colleague out for long.
 *
 * Each attempt is counted as a failure *before* the slow password check (`reserve`), under a lock with
 * the count, so thirty parallel guesses cannot all pass the check of a count that none has raised yet;
 * a success takes its reservation back and clears the account's count.
 */
export function loginThrottle(db: Db, now: () => Date) {
  const repo = loginFailuresRepo(db);
  const keys = (email: string, address: string) => [`account:${email}`, `address:${address}`];
  const windowStart = () => new Date(now().getTime() - LOGIN_WINDOW_MS).toISOString();
  return {
    /** The attempt, or null when the account or the address has used up its attempts. */
    async reserve(email: string, address: string): Promise<Attempt | null> {
      // One transaction: serialised with every other write, on this instance and on any other API
      // instance of the same PostgreSQL database (connection.ts), so the count and the reservation
      // cannot interleave; the in-process lock keeps this instance's attempts in arrival order.
      const ids = await reserving('throttle', () =>
        db.transaction().execute(async (trx) => {
          const inTrx = loginFailuresRepo(trx);
          const since = windowStart();
          for (const key of keys(email, address)) if ((await inTrx.countSince(key, since)) >= LOGIN_MAX_FAILURES) return null;
          const reserved = await inTrx.record(keys(email, address), now().toISOString());
          // Old rows only matter for counting within the window; drop them as we go.
          await inTrx.prune(since);
          return reserved;
        }),
      );
      if (!ids) return null;
      return {
        async succeeded() {
          await repo.remove(ids);
          await repo.clear(`account:${email}`);
        },
      };
    },
    retryAfterSeconds: () => Math.ceil(LOGIN_WINDOW_MS / 1000),
  };
}
