/**
 * Per-draft sync state for the drafting screens. Read inside a liveQuery (lib/db/live.svelte.ts) so it
 * follows the outbox: `live(() => syncStateOf(db, id), EMPTY_DRAFT_SYNC)`.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { countOwnEntries } from '$lib/db/outbox-counts.ts';
import { entriesOfSubmission } from '../engine/record-scope.ts';

export interface DraftSyncState {
  /** Changes not yet accepted by the server (waiting or on their way). */
  pending: number;
  /** Changes the server refused: listed on /app/sync with a way to fix or discard them. */
  rejected: number;
  /** Open conflicts on the draft or its elements: settled on /app/conflicts. */
  conflicts: number;
  /** A transmission queued and not yet done. */
  transmitQueued: boolean;
  /** Why a queued transmission failed, if it did. */
  transmitError: { code: string; message: string } | null;
}

export const EMPTY_DRAFT_SYNC: DraftSyncState = { pending: 0, rejected: 0, conflicts: 0, transmitQueued: false, transmitError: null };

export async function syncStateOf(db: ClearinghouseDb, submissionId: string): Promise<DraftSyncState> {
  // Runs again after every save of the open draft (the editor's transmit panel): one read transaction,
  // and while the outbox holds only this draft's changes and none is rejected, counts instead of
  // reading every entry and the element of each.
  return db.transaction('r', [db.outbox, db.items, db.bases, db.conflicts, db.intents], async () => {
    const itemIds = (await db.items.where('submissionId').equals(submissionId).primaryKeys()) as string[];
    const [own, rejectedAnywhere, conflicts, intents] = await Promise.all([
      countOwnEntries(db, submissionId, itemIds),
      db.outbox.where('state').equals('rejected').count(),
      db.conflicts
        .where('recordId')
        .anyOf([submissionId, ...itemIds])
        .count(),
      db.intents.where('submissionId').equals(submissionId).toArray(),
    ]);
    const counted = own !== null && rejectedAnywhere === 0 ? { pending: own, rejected: 0 } : await countByState(db, submissionId);
    const intent = intents.at(-1);
    return {
      ...counted,
      conflicts,
      transmitQueued: intent?.state === 'pending',
      transmitError: intent?.state === 'failed' ? (intent.error ?? null) : null,
    };
  });
}

async function countByState(db: ClearinghouseDb, submissionId: string): Promise<{ pending: number; rejected: number }> {
  const entries = await entriesOfSubmission(db, submissionId);
  const rejected = entries.filter((e) => e.state === 'rejected').length;
  return { pending: entries.length - rejected, rejected };
}
