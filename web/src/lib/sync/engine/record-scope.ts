/** Which outbox entries belong to a submission: its own, and those of its items (deleted ones too). */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { OutboxEntry } from '$lib/db/rows.ts';

export async function submissionOfEntry(
  db: ClearinghouseDb,
  entry: Pick<OutboxEntry, 'table' | 'id' | 'fields'>,
): Promise<string | undefined> {
  if (entry.table === 'submissions') return entry.id;
  const item = await db.items.get(entry.id);
  if (item) return item.submissionId;
  const fromFields = entry.fields?.submissionId;
  if (typeof fromFields === 'string') return fromFields;
  const sid = (await db.bases.get(['items', entry.id]))?.record?.submissionId;
  return typeof sid === 'string' ? sid : undefined;
}

export async function entriesOfSubmission(db: ClearinghouseDb, submissionId: string): Promise<OutboxEntry[]> {
  const all = await db.outbox.toArray();
  const mine: OutboxEntry[] = [];
  for (const entry of all) if ((await submissionOfEntry(db, entry)) === submissionId) mine.push(entry);
  return mine;
}
