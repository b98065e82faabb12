/**
 * Stores one pulled page: every change, the open conflicts and the cursor, in ONE transaction, so a
 * page is either wholly applied with its cursor or not at all (a crash mid-page re-pulls that page).
 *
 * A record with local changes still in the outbox (pending, sending or rejected) takes the server's
 * version UNDER them: every field an unsent entry names keeps its local value, every other field takes
 * the server's (the server merges and decides conflicts when the outbox is pushed, against the right
 * base: PROTOCOL "Push"). An earlier version of this module ran a three-way merge against the last
 * PULLED version; after a push of this device's own edit that base is stale, and an edit that undid the
 * pushed one (a box ticked off and on again, a choice put back) looked unchanged and was overwritten by
 * the server's copy of the pushed edit (found by the generative editing test, seed 20261203).
 */
import type { Change, PullResponse } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { BaseRow, LocalItem, LocalSubmission } from '$lib/db/rows.ts';
import { META } from '$lib/db/meta.ts';

type LocalRecord = Record<string, unknown>;

export async function applyPullPage(db: ClearinghouseDb, page: PullResponse): Promise<void> {
  await db.transaction('rw', [db.submissions, db.items, db.bases, db.outbox, db.conflicts, db.meta], async () => {
    for (const change of page.changes) await applyChange(db, change);
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

async function applyChange(db: ClearinghouseDb, change: Change): Promise<void> {
  const table = change.table === 'items' ? db.items : db.submissions;
  const [base, local, unsent] = await Promise.all([
    db.bases.get([change.table, change.id]),
    table.get(change.id) as Promise<LocalRecord | undefined>,
    db.outbox.where('[table+id]').equals([change.table, change.id]).toArray(),
  ]);
  const hasLocalChanges = unsent.length > 0;
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
  const unsentFields = new Set(unsent.flatMap((entry) => Object.keys(entry.fields ?? {})));
  await putRecord(db, change.table, underUnsentFields(change.record, local, unsentFields));
}

/** The server's record with the fields this device has not yet sent kept as they are here. */
export function underUnsentFields(server: LocalRecord, local: LocalRecord, unsentFields: ReadonlySet<string>): LocalRecord {
  const merged: LocalRecord = { ...server };
  for (const field of unsentFields) {
    if (local[field] === undefined) delete merged[field];
    else merged[field] = local[field];
  }
  return merged;
}

function putRecord(db: ClearinghouseDb, table: Change['table'], record: LocalRecord) {
  return table === 'items' ? db.items.put(record as LocalItem) : db.submissions.put(record as LocalSubmission);
}
