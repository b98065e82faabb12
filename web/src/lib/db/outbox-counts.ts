/**
 * The "not yet sent" counts the drafts list and the editor show: read from the outbox without writing,
 * kept apart from outbox-write.ts so that the first workspace page, which only counts, does not fetch
 * the code that records changes (web/chunking.ts: a page's small modules join its chunk).
 */
import type { ClearinghouseDb } from './database.ts';

/** Pending, sending or rejected outbox entries, per submission: the "not yet sent" count. */
export async function unsentCountsBySubmission(db: ClearinghouseDb): Promise<Map<string, number>> {
  const entries = await db.outbox.toArray();
  const counts = new Map<string, number>();
  const itemIds = entries.filter((e) => e.table === 'items').map((e) => e.id);
  const items = await db.items.bulkGet(itemIds);
  const submissionOfItem = new Map<string, string>();
  for (const item of items) if (item) submissionOfItem.set(item.id, item.submissionId);
  // A deleted item's row is gone: its delete entry still counts for its draft via the base record.
  const missing = itemIds.filter((id) => !submissionOfItem.has(id));
  if (missing.length) {
    const bases = await db.bases.bulkGet(missing.map((id) => ['items', id] as [string, string]));
    for (const base of bases) {
      const sid = base?.record?.submissionId;
      if (base && typeof sid === 'string') submissionOfItem.set(base.id, sid);
    }
  }
  for (const entry of entries) {
    const submissionId = entry.table === 'submissions' ? entry.id : submissionOfItem.get(entry.id);
    if (submissionId) counts.set(submissionId, (counts.get(submissionId) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many outbox entries belong to one draft whose element ids the caller has read, when the outbox
 * holds nothing else (the usual case while a person types): one native count per record of the draft
 * and the outbox's size, asked together, without reading any entry (an entry holds the changed fields:
 * a 60,000-character description on every keystroke's save). Null when other records have entries
 * (another draft, an element deleted since): the caller then counts the long way.
 */
export async function countOwnEntries(db: ClearinghouseDb, submissionId: string, itemIds: readonly string[]): Promise<number | null> {
  const byRecord = db.outbox.where('[table+id]');
  const [total, ...counts] = await Promise.all([
    db.outbox.count(),
    byRecord.equals(['submissions', submissionId]).count(),
    ...itemIds.map((id) => byRecord.equals(['items', id]).count()),
  ]);
  const own = counts.reduce((sum, n) => sum + n, 0);
  return own === total ? own : null;
}

/** The "not yet sent" count of one draft (pending, sending or rejected). */
export async function unsentCountOf(db: ClearinghouseDb, submissionId: string, itemIds: readonly string[]): Promise<number> {
  return (await countOwnEntries(db, submissionId, itemIds)) ?? (await unsentCountsBySubmission(db)).get(submissionId) ?? 0;
}
