/**
 * What to do with one pushed mutation given the server's copy of the record, before any field merge:
 * the rules for creations, deletions and stale bases. An edit against a deleted record, or a deletion
 * against an edited one, is a conflict a person settles (PROTOCOL "Push"); nothing is lost silently.
 */

export interface ServerRecordState {
  version: number;
  deleted: boolean;
}

export type MutationPlan =
  /** Write the client's fields as they are: the base is current, or the record is new. */
  | { action: 'apply' }
  /** The record changed since the base: run threeWayMerge against version `base` (null: an empty record). */
  | { action: 'merge'; base: number | null }
  /** Nothing to do, and nothing wrong: deleting what is already gone, or never existed. */
  | { action: 'noop' }
  /** Record a whole-record conflict (Conflict.field = null) and keep the server's state. */
  | { action: 'conflict'; reason: 'edit-of-deleted' | 'delete-of-edited' }
  | { action: 'reject'; code: 'not-found' | 'bad-base-version' };

/**
 * `ownLatestVersion`: the latest version of this record that an earlier mutation of the same client
 * produced, when the server knows it. The client's local copy already contains that write even if the
 * answer never reached it (a create then a delete, pushed before the create's version came back), so it
 * counts as the client's base: without it the client would conflict with itself.
 */
export const planMutation = (
  op: 'upsert' | 'delete',
  baseVersion: number | null,
  server: ServerRecordState | null,
  ownLatestVersion: number | null = null,
): MutationPlan => {
  if (!server) {
    if (op === 'delete') return { action: 'noop' };
    // an edit of a record this server never had: the client's base came from elsewhere
    return baseVersion === null ? { action: 'apply' } : { action: 'reject', code: 'not-found' };
  }
  if (baseVersion !== null && baseVersion > server.version) return { action: 'reject', code: 'bad-base-version' };
  const base = Math.max(baseVersion ?? 0, ownLatestVersion ?? 0) || null;
  if (op === 'delete') {
    if (server.deleted) return { action: 'noop' };
    if (base === server.version) return { action: 'apply' };
    return { action: 'conflict', reason: 'delete-of-edited' };
  }
  if (server.deleted) {
    // the client had seen the deletion (its base is the tombstone) and restores the record on purpose
    return base === server.version ? { action: 'apply' } : { action: 'conflict', reason: 'edit-of-deleted' };
  }
  if (base === server.version) return { action: 'apply' };
  // base null here: a "new" record whose id exists (two devices importing the same file): merge against
  // an empty base, so differing values conflict instead of one silently replacing the other
  return { action: 'merge', base };
};
