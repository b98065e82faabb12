import { AsyncLocalStorage } from 'node:async_hooks';

const sharing = new AsyncLocalStorage<true>();

/**
 * Transactions begun inside `fn` may share their COMMIT, and its fsync, with other such transactions
 * waiting for the database at the same moment (the SQLite driver's group commit; PostgreSQL ignores
 * it). Each keeps its all-or-nothing effect (it runs in a savepoint of the shared transaction) and its
 * caller still hears of its end only once it is on disk. Meant for short transactions that many
 * devices send at once (sync pushes), not for long ones whose length would delay the others'
 * acknowledgement.
 */
export const withSharedCommit = <T>(fn: () => Promise<T>): Promise<T> => sharing.run(true, fn);

/** Whether the current asynchronous context asked for a shared commit. */
export const commitMayBeShared = (): boolean => sharing.getStore() === true;
