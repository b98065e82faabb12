/**
 * Queueing a transmission: an `intents` row, sent by the next sync cycle once the draft's own changes
 * have reached the server. Works offline; asking again replaces a failed attempt.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';

export async function queueTransmit(db: ClearinghouseDb, submissionId: string, now = new Date()): Promise<void> {
  await db.transaction('rw', db.intents, async () => {
    const existing = await db.intents.where('submissionId').equals(submissionId).toArray();
    if (existing.some((i) => i.state === 'pending')) return;
    await db.intents.bulkDelete(existing.map((i) => i.id!));
    await db.intents.add({ kind: 'transmit', submissionId, state: 'pending', createdAt: now.toISOString() });
  });
}

/** Withdraws a queued (or failed) transmission that has not happened yet. */
export async function cancelTransmit(db: ClearinghouseDb, submissionId: string): Promise<void> {
  await db.intents.where('submissionId').equals(submissionId).delete();
}
