/**
 * What the device holds that the indicator shows, read from Dexie: every tab sees the same figures
 * (liveQuery follows changes made by other tabs), whichever tab is the one syncing.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { META, readMeta } from '$lib/db/meta.ts';

export interface LocalSyncSummary {
  /** Changes not yet accepted by the server (pending or on the wire). */
  waiting: number;
  rejected: number;
  conflicts: number;
  failedIntents: number;
  pendingIntents: number;
  lastSyncAt: string | null;
  /** Highest pending mid: changes when a new local change is queued. */
  newestPendingMid: number;
}

/** Nothing held: what the indicator shows before the first read. */
export const EMPTY_SYNC_SUMMARY: LocalSyncSummary = {
  waiting: 0,
  rejected: 0,
  conflicts: 0,
  failedIntents: 0,
  pendingIntents: 0,
  lastSyncAt: null,
  newestPendingMid: 0,
};

export async function readLocalSummary(db: ClearinghouseDb): Promise<LocalSyncSummary> {
  return db.transaction('r', [db.outbox, db.conflicts, db.intents, db.meta], async () => {
    const [pending, sending, rejected, conflicts, intents, lastSyncAt, newest] = await Promise.all([
      db.outbox.where('state').equals('pending').count(),
      db.outbox.where('state').equals('sending').count(),
      db.outbox.where('state').equals('rejected').count(),
      db.conflicts.count(),
      db.intents.toArray(),
      readMeta<string>(db, META.lastSyncAt),
      // Its key only: the entry itself may carry a whole long text, and this runs after every save.
      db.outbox.where('state').equals('pending').reverse().limit(1).primaryKeys(),
    ]);
    return {
      waiting: pending + sending,
      rejected,
      conflicts,
      failedIntents: intents.filter((i) => i.state === 'failed').length,
      pendingIntents: intents.filter((i) => i.state === 'pending').length,
      lastSyncAt: lastSyncAt ?? null,
      newestPendingMid: newest[0] ?? 0,
    };
  });
}

/**
 * Whether a new summary asks for a cycle soon (after CHANGE_DELAY_MS) rather than at the next poll: a
 * change was queued, or a transmission was (the Transmit button must not wait 15 s for the poll).
 * The first summary read never does: starting the manager already runs a cycle.
 */
export function wantsPromptSync(previous: LocalSyncSummary | null, next: LocalSyncSummary): boolean {
  if (!previous) return false;
  return next.newestPendingMid > previous.newestPendingMid || next.pendingIntents > previous.pendingIntents;
}

/** Submissions whose transmission is queued on this device and not yet sent (failed ones excluded). */
export async function queuedTransmissions(db: ClearinghouseDb): Promise<Set<string>> {
  const intents = await db.intents.toArray();
  return new Set(intents.filter((i) => i.state === 'pending').map((i) => i.submissionId));
}
