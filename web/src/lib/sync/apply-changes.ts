/**
 * Stores one pulled page: every change, the open conflicts and the cursor, in ONE transaction, so a
 * page is either wholly applied with its cursor or not at all (a crash mid-page re-pulls that page).
 *
 * A record with local changes still in the outbox (pending, sending or rejected) is merged UNDER them:
 * the server's version becomes the base, and the local record keeps every local edit, including the
 * conflicting ones (the server decides those when the outbox is pushed, and shows them as conflicts).
 */
import type { Change, PullResponse } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { BaseRow, LocalItem, LocalSubmission } from '$lib/db/rows.ts';
import { META } from './meta.ts';
import type { mergeUnder } from './merge-under.ts';

type LocalRecord = Record<string, unknown>;
type MergeUnder = typeof mergeUnder;

export async function applyPullPage(db: ClearinghouseDb, page: PullResponse): Promise<void> {
  // The merge (with diff3 and the category field rules) is loaded only for a page that brings changes,
  // and before the transaction: an import inside it would let IndexedDB commit the transaction early.
  // Most cycles pull nothing new, so the workspace's first load does without it (issue 3's size target).
  const mergeUnder = page.changes.length > 0 ? (await import('./merge-under.ts')).mergeUnder : null;
  await db.transaction('rw', [db.submissions, db.items, db.bases, db.outbox, db.conflicts, db.meta], async () => {
    if (mergeUnder) for (const change of page.changes) await applyChange(db, change, mergeUnder);
    // Every page carries the complete list of open conflicts: the latest list replaces the table, except
    // conflicts this device already settled in an edit not yet pushed (a pull that overtakes the push
    // would otherwise show them again until the next cycle).
    const settledHere = new Set((await db.outbox.toArray()).flatMap((entry) => entry.resolves ?? []));
    // The device whose version the server kept has nothing to settle: the person whose change was not
    // applied decides (on that device, or any other of the entity's but this one).
    const thisDevice = (await db.meta.get(META.clientId))?.value;
    const wonHere = (c: (typeof page.conflicts)[number]) => !!thisDevice && c.serverClientId === thisDevice;
    await db.conflicts.clear();
    await db.conflicts.bulkPut(page.conflicts.filter((c) => !settledHere.has(c.id) && !wonHere(c)));
    await db.meta.put({ key: META.cursor, value: page.cursor });
  });
}

async function applyChange(db: ClearinghouseDb, change: Change, mergeUnder: MergeUnder): Promise<void> {
  const table = change.table === 'items' ? db.items : db.submissions;
  const [base, local, hasLocalChanges] = await Promise.all([
    db.bases.get([change.table, change.id]),
    table.get(change.id) as Promise<LocalRecord | undefined>,
    db.outbox
      .where('[table+id]')
      .equals([change.table, change.id])
      .count()
      .then((n) => n > 0),
  ]);
  const incoming: BaseRow = { table: change.table, id: change.id, version: change.version, deleted: change.deleted, record: change.record };
  // Server order means a record's versions only grow; a page replayed after a crash may repeat one.
  if (base && base.version > change.version) return;
  await db.bases.put(incoming);

  if (!hasLocalChanges) {
    if (change.deleted || !change.record) await table.delete(change.id);
    else await putRecord(db, change.table, change.record);
    return;
  }
  // Local changes win locally until pushed. A local deletion stays deleted; a local edit of a record the
  // server deleted stays (the push becomes an edit-of-deleted conflict the user settles).
  if (!local || change.deleted || !change.record) return;
  await putRecord(db, change.table, mergeUnder(change.table, base?.record ?? {}, change.record, local));
}

function putRecord(db: ClearinghouseDb, table: Change['table'], record: LocalRecord) {
  return table === 'items' ? db.items.put(record as LocalItem) : db.submissions.put(record as LocalSubmission);
}
