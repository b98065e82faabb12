/**
 * What signing out (or a deactivated account) does to this device, decided from a few facts read from
 * the local database. Pure, so the rules are tested without a browser.
 */

/** Work of the signed-in user that has not reached the server. */
export interface Unsent {
  /** Outbox entries pending, on the wire (`sending`: maybe not applied) or refused by the server. */
  changes: number;
  /** Queued or failed transmissions (`intents`). */
  transmissions: number;
}

export interface DeviceFacts {
  /** `meta.userId`: whose data the local database holds (null: nobody's yet). */
  ownerId: string | null;
  unsent: Unsent;
}

export const unsentTotal = (unsent: Unsent): number => unsent.changes + unsent.transmissions;

/**
 * - `wipe`: delete the local database and every non-public cache.
 * - `ask`: the user's own changes are not sent yet: warn, offer the export, let the user choose.
 * - `keep-database`: remove the caches, keep the database locked to its owner (meta.userId): the
 *   drafting store and sync refuse it to any other account.
 */
export type SignOutPlan = 'wipe' | 'ask' | 'keep-database';

export function planSignOut(facts: DeviceFacts, userId: string): SignOutPlan {
  if (unsentTotal(facts.unsent) === 0) return 'wipe';
  // Another account's unsent work waiting on this device is not this user's to delete or to be asked about.
  if (facts.ownerId !== null && facts.ownerId !== userId) return 'keep-database';
  return 'ask';
}

/** The user's answer to the warning; `discard` only after the second confirmation. */
export type SignOutChoice = 'keep' | 'discard';

export const afterChoice = (choice: SignOutChoice): Exclude<SignOutPlan, 'ask'> => (choice === 'discard' ? 'wipe' : 'keep-database');

/**
 * A deactivated account (`401 account-disabled`): its entity's data leaves the device, unsent changes
 * included (the account can never send them). Only another account's unsent work is kept.
 */
export function planDisabledAccount(facts: DeviceFacts, userId: string | null): Exclude<SignOutPlan, 'ask'> {
  if (facts.ownerId !== null && facts.ownerId !== userId && unsentTotal(facts.unsent) > 0) return 'keep-database';
  return 'wipe';
}
