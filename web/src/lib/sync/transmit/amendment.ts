/**
 * "Open an amendment": edits made after the submission was transmitted are refused by the server
 * (submission-locked) but kept here; an amendment is a new draft holding the submission's current local
 * content (those late edits included), which the focal point can complete and transmit in turn. The
 * refused entries are then discarded: their content lives on in the amendment.
 */
import { SERVER_SUBMISSION_FIELDS, uuidv7, type Submission } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { localChangeTables } from '$lib/db/device-owner.ts';
import { recordChange } from '$lib/db/outbox-write.ts';
import type { LocalItem } from '$lib/db/rows.ts';
import { discardRejected } from '../views/discard-rejected.ts';
import { entriesOfSubmission } from '../engine/record-scope.ts';

export async function openAmendment(db: ClearinghouseDb, submissionId: string, now = new Date()): Promise<string> {
  const at = now.toISOString();
  const id = uuidv7(now.getTime());
  await db.transaction('rw', localChangeTables(db), async () => {
    const original = await db.submissions.get(submissionId);
    if (!original) throw new Error(`No local submission ${submissionId}`);
    const fields = Object.fromEntries(
      Object.entries(original).filter(([k]) => !SERVER_SUBMISSION_FIELDS.has(k as keyof Submission) && k !== 'id'),
    );
    const draft = { ...fields, id } as Record<string, unknown>;
    await db.submissions.add({ ...draft, status: 'draft', createdAt: at, updatedAt: at } as Submission);
    await recordChange(db, { table: 'submissions', id, op: 'upsert', fields: draft }, at);
    for (const item of await db.items.where('submissionId').equals(submissionId).toArray()) {
      const { updatedAt: _local, ...rest } = item as LocalItem & Record<string, unknown>;
      const copy = { ...rest, id: uuidv7(now.getTime()), submissionId: id };
      await db.items.add({ ...copy, updatedAt: at } as LocalItem);
      await recordChange(db, { table: 'items', id: copy.id, op: 'upsert', fields: copy }, at);
    }
    for (const entry of await entriesOfSubmission(db, submissionId)) {
      if (entry.state === 'rejected' && entry.error?.code === 'submission-locked') await discardRejected(db, entry.mid!);
    }
  });
  return id;
}
