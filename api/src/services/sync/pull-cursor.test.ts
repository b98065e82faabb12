import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

/**
 * A cursor past the newest change (the server was restored from an older copy) asks the device to
 * download everything again, whoever asks and whatever the reader may see; a cursor at the newest
 * change is an ordinary empty page. The pull reads max(seq) only when a page has no change after the
 * cursor, so both sides of that shortcut are covered here.
 */
let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
  await t.createUser('bureau@example.org', 'bureau');
});

const cursorAt = (seq: number) => Buffer.from(JSON.stringify({ v: 1, s: seq })).toString('base64url');
const newest = async () =>
  Number(
    (
      await t.db
        .selectFrom('records')
        .select((eb) => eb.fn.max('seq').as('m'))
        .executeTakeFirstOrThrow()
    ).m,
  );

describe('pull cursor against the newest change', () => {
  it('answers must-resync past the newest change, and an empty page at it, for every reader', async () => {
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    await ben.push([s, newItem(s.id, 'event'), newItem(s.id, 'event')]);
    const max = await newest();
    // BEN has changes in the database, CPV and the Bureau none they may read: none of them is told anything else.
    for (const email of ['ben@example.org', 'cpv@example.org', 'bureau@example.org']) {
      const reader = await device(t, email);
      const past = await t.request(`/api/sync/pull?cursor=${cursorAt(max + 1)}`, { cookie: reader.cookie });
      expect(past.status, email).toBe(410);
      expect(((await past.json()) as { error: { code: string } }).error.code, email).toBe('must-resync');
      const atNewest = await reader.pull(cursorAt(max));
      expect(atNewest, email).toEqual({ changes: [], conflicts: [], cursor: cursorAt(max), hasMore: false });
    }
  });

  it('pages normally from a cursor before the newest change, whatever lies between', async () => {
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const items = [newItem(s.id, 'event'), newItem(s.id, 'event')];
    await ben.push([s, ...items]);
    const cpv = await device(t, 'cpv@example.org');
    const other = newSubmission('CPV');
    await cpv.push([other]);
    const max = await newest();
    // BEN's cursor just before its last item: one change to send, though CPV's submission came after it.
    const page = await ben.pull(cursorAt(max - 2));
    expect(page.changes.map((c: { id: string }) => c.id)).toEqual([items[1]!.id]);
    expect(page.hasMore).toBe(false);
    // CPV from BEN's changes: nothing of BEN's, its own submission, no resync.
    expect((await cpv.pull(cursorAt(max - 3))).changes.map((c: { id: string }) => c.id)).toEqual([other.id]);
  });
});
