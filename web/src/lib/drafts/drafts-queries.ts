/**
 * Reads for the drafting screens, scoped to the signed-in user: the device's data belongs to the user
 * recorded in `meta.userId`, and only their entity's submissions are shown. Another user's leftovers
 * are never shown (sync clears them).
 */
import { comparePositions, type Submission } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { unsentCountOf, unsentCountsBySubmission } from '$lib/db/outbox-counts.ts';
import type { LocalItem } from '$lib/db/rows.ts';
import { isOwnedBy, type DeviceOwner } from '$lib/db/device-owner.ts';

export interface DraftSummary {
  submission: Submission;
  itemCount: number;
  unsent: number;
}

export type Scoped<T> = { kind: 'ok'; value: T } | { kind: 'other-user' } | { kind: 'no-entity' };

export async function listDrafts(db: ClearinghouseDb, owner: DeviceOwner): Promise<Scoped<DraftSummary[]>> {
  if (!owner.entityId) return { kind: 'no-entity' };
  if (!(await isOwnedBy(db, owner.id))) return { kind: 'other-user' };
  const submissions = await db.submissions.where('entityId').equals(owner.entityId).toArray();
  const unsent = await unsentCountsBySubmission(db);
  const summaries = await Promise.all(
    submissions.map(async (submission) => ({
      submission,
      itemCount: await db.items.where('submissionId').equals(submission.id).count(),
      unsent: unsent.get(submission.id) ?? 0,
    })),
  );
  return { kind: 'ok', value: summaries.sort((a, b) => (b.submission.updatedAt ?? '').localeCompare(a.submission.updatedAt ?? '')) };
}

export interface DraftWithItems {
  submission: Submission;
  items: LocalItem[];
  unsent: number;
}

export async function loadDraft(db: ClearinghouseDb, id: string, owner: DeviceOwner): Promise<Scoped<DraftWithItems | null>> {
  if (!owner.entityId) return { kind: 'no-entity' };
  const entityId = owner.entityId;
  // This runs again after every save of the open draft (the live query): one read transaction, every
  // read asked at once. Each transaction opened and each awaited read costs a turn of a page that may
  // be busy laying out a long text (a read per element count cost ~10 ms a save at 4× slower CPU).
  return db.transaction('r', [db.meta, db.submissions, db.items, db.outbox, db.bases], async () => {
    const [owned, submission, items] = await Promise.all([
      isOwnedBy(db, owner.id),
      db.submissions.get(id),
      db.items.where('submissionId').equals(id).toArray(),
    ]);
    if (!owned) return { kind: 'other-user' } as const;
    if (!submission || submission.entityId !== entityId) return { kind: 'ok', value: null } as const;
    items.sort((a, b) => comparePositions(a.position ?? '', b.position ?? ''));
    const unsent = await unsentCountOf(
      db,
      id,
      items.map((item) => item.id),
    );
    return { kind: 'ok', value: { submission, items, unsent } } as const;
  });
}

/** All pending, sending or rejected changes on this device: the dashboard's "not yet sent". */
export const countUnsent = (db: ClearinghouseDb): Promise<number> => db.outbox.count();
