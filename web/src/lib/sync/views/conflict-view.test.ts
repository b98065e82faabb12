import { uuidv7, type PullResponse } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { applyPullPage } from '../engine/apply-changes.ts';
import { listConflicts } from './conflict-view.ts';
import { META } from '$lib/db/meta.ts';
import { NOW, testDb } from '$lib/db/test-db.ts';

const ME = uuidv7();
const THIS_DEVICE = uuidv7();
const OTHER_DEVICE = uuidv7();
const pageWith = (conflicts: PullResponse['conflicts']): PullResponse => ({ changes: [], conflicts, cursor: 'c1', hasMore: false });
const conflict = (fields: Partial<PullResponse['conflicts'][number]>) => ({
  id: uuidv7(),
  table: 'items' as const,
  recordId: uuidv7(),
  field: null,
  base: null,
  server: null,
  client: null,
  userId: ME,
  createdAt: NOW,
  ...fields,
});

async function deviceOf(userId: string) {
  const db = testDb();
  await db.meta.bulkPut([
    { key: META.userId, value: userId },
    { key: META.clientId, value: THIS_DEVICE },
  ]);
  return db;
}

describe('conflicts as a person reads them', () => {
  it('names a deleted-versus-edited element from whichever side still has its title', async () => {
    const db = await deviceOf(ME);
    const deletedThere = conflict({ client: { title: 'Seminar for judges', category: 'event' }, server: null });
    await applyPullPage(db, pageWith([deletedThere]));
    const [entry] = await listConflicts(db, ME);
    expect(entry).toMatchObject({ kind: 'deleted-there', title: 'Seminar for judges', category: 'event' });
  });

  it('is not shown on the device whose version the server kept', async () => {
    const db = await deviceOf(ME);
    await applyPullPage(
      db,
      pageWith([
        conflict({ field: 'title', clientId: OTHER_DEVICE, serverUserId: ME, serverClientId: THIS_DEVICE }),
        conflict({ field: 'place', clientId: THIS_DEVICE, serverUserId: uuidv7(), serverClientId: OTHER_DEVICE }),
      ]),
    );
    const entries = await listConflicts(db, ME);
    expect(entries.map((e) => e.conflict.field)).toEqual(['place']);
    // ...and says where the other change came from.
    expect(entries[0]).toMatchObject({ pushedHere: true, otherAuthor: 'other-account' });
  });

  it('tells this account on another device apart from another account', async () => {
    const db = await deviceOf(ME);
    await applyPullPage(db, pageWith([conflict({ field: 'title', clientId: OTHER_DEVICE, serverUserId: ME, serverClientId: uuidv7() })]));
    expect((await listConflicts(db, ME))[0]).toMatchObject({ pushedHere: false, otherAuthor: 'same-account' });
  });
});
