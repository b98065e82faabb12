import type { Kysely } from 'kysely';

const sharing = new WeakMap<object, object>();

/**
 * The database to begin a transaction on when it may share its COMMIT, and its fsync, with other such
 * transactions arriving at the same moment (the SQLite driver's group commit: the same connections,
 * seen by a second Kysely instance; on PostgreSQL, or a database registered without one, `db` itself).
 * Each transaction keeps its all-or-nothing effect (it runs in a savepoint of the shared transaction)
 * and its caller still hears of its end only once it is on disk. Meant for short transactions that many
 * devices send at once (sync pushes), not for long ones whose length would delay the others'
 * acknowledgement.
 */
export function sharedCommitDb<DB>(db: Kysely<DB>): Kysely<DB> {
  return (sharing.get(db) as Kysely<DB> | undefined) ?? db;
}

/** Registers the sharing view of a database (connection.ts, when it opens SQLite). */
export function registerSharedCommitDb<DB>(db: Kysely<DB>, shared: Kysely<DB>): void {
  sharing.set(db, shared);
}
