/**
 * Per-draft sync state for the drafting screens. Read inside a liveQuery (lib/db/live.svelte.ts) so it
 * follows the outbox: `live(() => syncStateOf(db, id), EMPTY_DRAFT_SYNC)`.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
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
  const entries = await entriesOfSubmission(db, submissionId);
  const itemIds = new Set((await db.items.where('submissionId').equals(submissionId).primaryKeys()) as string[]);
  const conflicts = (await db.conflicts.toArray()).filter((c) => c.recordId === submissionId || itemIds.has(c.recordId)).length;
  const intent = (await db.intents.where('submissionId').equals(submissionId).toArray()).at(-1);
  return {
    pending: entries.filter((e) => e.state !== 'rejected').length,
    rejected: entries.filter((e) => e.state === 'rejected').length,
    conflicts,
    transmitQueued: intent?.state === 'pending',
    transmitError: intent?.state === 'failed' ? (intent.error ?? null) : null,
  };
}
