/**
 * Queued transmissions. A transmit is sent only once the draft's own changes have reached the server
 * (the Secretariat must receive what the focal point saw), so it waits while any of them is still in
 * the outbox, and fails with a reason while one was refused (the user fixes or discards it first).
 */
import { ApiError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { IntentRow } from '$lib/db/rows.ts';
import { entriesOfSubmission } from '../engine/record-scope.ts';
import type { Transport } from '../transport.ts';

/** The server's answers that settle an intent as failed; anything else (network, 401, 5xx) is retried. */
const FINAL_STATUSES = new Set([403, 404, 409, 422]);

export async function processIntents(db: ClearinghouseDb, transport: Transport): Promise<{ transmitted: number; failed: number }> {
  let transmitted = 0;
  let failed = 0;
  const intents = await db.intents.toArray();
  for (const intent of intents.filter((i) => i.state === 'pending').sort((a, b) => a.id! - b.id!)) {
    const unsent = await entriesOfSubmission(db, intent.submissionId);
    if (unsent.some((e) => e.state === 'rejected')) {
      await fail(
        db,
        intent,
        'unsent-changes',
        'Some changes to this draft were refused by the server. Fix or discard them, then transmit again.',
      );
      failed++;
      continue;
    }
    if (unsent.length) continue; // pushed by a later cycle; transmit then
    try {
      const { submission } = await transport.transmit(intent.submissionId);
      await db.transaction('rw', [db.submissions, db.intents, db.outbox], async () => {
        // The submission's new version (and base) arrives with the pull that follows in this cycle;
        // showing the new status now makes the draft read-only at once.
        const local = await db.submissions.get(intent.submissionId);
        await db.submissions.put({ ...local, ...submission });
        await db.intents.delete(intent.id!);
      });
      transmitted++;
    } catch (error) {
      if (!(error instanceof ApiError) || !FINAL_STATUSES.has(error.status)) throw error;
      await fail(db, intent, error.code, error.message);
      failed++;
    }
  }
  return { transmitted, failed };
}

function fail(db: ClearinghouseDb, intent: IntentRow, code: string, message: string) {
  return db.intents.update(intent.id!, { state: 'failed', error: { code, message } });
}
