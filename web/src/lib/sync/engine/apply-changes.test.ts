import { uuidv7, type PullResponse } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { recordChange } from '$lib/db/outbox-write.ts';
import type { LocalItem } from '$lib/db/rows.ts';
import { applyPullPage } from './apply-changes.ts';
import { META, readMeta } from '$lib/db/meta.ts';
import { legislation, NOW, testDb } from '$lib/db/test-db.ts';

const SUBMISSION = uuidv7();
const page = (changes: PullResponse['changes'], cursor = 'c1', conflicts: PullResponse['conflicts'] = []): PullResponse => ({
  changes,
  conflicts,
  cursor,
  hasMore: false,
});
const itemChange = (record: Record<string, unknown>, version: number) => ({
  table: 'items' as const,
  id: record.id as string,
  version,
  deleted: false,
  record,
});

describe('applyPullPage', () => {
  it('replaces a record without local changes, and sets its base', async () => {
    const db = testDb();
    const v1 = legislation(SUBMISSION, { description: 'one' });
    await applyPullPage(db, page([itemChange(v1, 1)]));
    expect(await db.items.get(v1.id)).toEqual(v1);
    expect(await db.bases.get(['items', v1.id])).toMatchObject({ version: 1, deleted: false, record: v1 });
    expect(await readMeta(db, META.cursor)).toBe('c1');

    await applyPullPage(db, page([{ table: 'items', id: v1.id, version: 2, deleted: true, record: null }], 'c2'));
    expect(await db.items.get(v1.id)).toBeUndefined();
    expect(await db.bases.get(['items', v1.id])).toMatchObject({ version: 2, deleted: true });
  });

  it('takes an incoming version under local changes: fields changed here stay as they are here, the rest follow the server', async () => {
    const db = testDb();
    const v1 = legislation(SUBMISSION, { description: 'line one\nline two\nline three', status: 'draft', citation: 'Act 1' });
    await applyPullPage(db, page([itemChange(v1, 1)]));
    // a local edit, written as drafting writes it: record + outbox in one transaction
    await db.transaction('rw', [db.items, db.outbox, db.bases], async () => {
      await db.items.update(v1.id, {
        title: 'Mine',
        description: 'line ONE\nline two\nline three',
        citation: 'Act 2',
      } as Partial<LocalItem>);
      await recordChange(
        db,
        {
          table: 'items',
          id: v1.id,
          op: 'upsert',
          fields: { title: 'Mine', description: 'line ONE\nline two\nline three', citation: 'Act 2' },
        },
        NOW,
      );
    });
    const v2 = { ...v1, status: 'adopted', description: 'line one\nline two\nline THREE', citation: 'Act 3' };
    await applyPullPage(db, page([itemChange(v2, 2)], 'c2'));

    expect(await db.items.get(v1.id)).toMatchObject({
      title: 'Mine', // changed here only
      status: 'adopted', // changed there only
      description: 'line ONE\nline two\nline three', // both: the local text stays; the push merges it line by line
      citation: 'Act 2', // both, differently: the local value stays until the push decides
    });
    expect(await db.bases.get(['items', v1.id])).toMatchObject({ version: 2, record: v2 });
    expect(await db.outbox.count()).toBe(1); // the outbox is the push's business, untouched
  });

  it('keeps an edit that undoes this device’s own pushed edit: a box ticked off, pushed, and ticked on again', async () => {
    const db = testDb();
    const v1 = { ...legislation(SUBMISSION, { status: 'draft' }), forms: ['training', 'materials'] };
    await applyPullPage(db, page([itemChange(v1, 1)]));
    const edit = (fields: Record<string, unknown>) =>
      db.transaction('rw', [db.items, db.outbox, db.bases], async () => {
        await db.items.update(v1.id, fields as Partial<LocalItem>);
        return recordChange(db, { table: 'items', id: v1.id, op: 'upsert', fields }, NOW);
      });
    // Materials off and the status changed: pushed and applied as version 2 (its entry leaves the outbox).
    const pushed = await edit({ forms: ['training'], status: 'adopted' });
    await db.outbox.delete(pushed);
    // Then, before the pull brings version 2 back: Materials on again and the status put back.
    await edit({ forms: ['training', 'materials'], status: 'draft' });
    await applyPullPage(db, page([itemChange({ ...v1, forms: ['training'], status: 'adopted' }, 2)], 'c2'));
    // Against the stale base (version 1) these edits looked like no change, and the server's copy won.
    expect(await db.items.get(v1.id)).toMatchObject({ forms: ['training', 'materials'], status: 'draft' });
  });

  it('keeps a local deletion, and a local edit of a record the server deleted', async () => {
    const db = testDb();
    const a = legislation(SUBMISSION);
    const b = legislation(SUBMISSION);
    await applyPullPage(db, page([itemChange(a, 1), itemChange(b, 1)]));
    await db.transaction('rw', [db.items, db.outbox, db.bases], async () => {
      await db.items.delete(a.id);
      await recordChange(db, { table: 'items', id: a.id, op: 'delete' }, NOW);
      await db.items.update(b.id, { title: 'Edited' });
      await recordChange(db, { table: 'items', id: b.id, op: 'upsert', fields: { title: 'Edited' } }, NOW);
    });
    await applyPullPage(
      db,
      page([itemChange({ ...a, title: 'Theirs' }, 2), { table: 'items', id: b.id, version: 2, deleted: true, record: null }]),
    );
    expect(await db.items.get(a.id)).toBeUndefined();
    expect(await db.items.get(b.id)).toMatchObject({ title: 'Edited' });
    expect(await db.bases.get(['items', b.id])).toMatchObject({ version: 2, deleted: true });
  });

  it('replaces the open conflicts with the page’s list', async () => {
    const db = testDb();
    const conflict = {
      id: uuidv7(),
      table: 'items' as const,
      recordId: uuidv7(),
      field: 'title',
      base: 'a',
      server: 'b',
      client: 'c',
      userId: uuidv7(),
      createdAt: NOW,
    };
    await applyPullPage(db, page([], 'c1', [conflict]));
    expect(await db.conflicts.toArray()).toEqual([conflict]);
    await applyPullPage(db, page([], 'c2', []));
    expect(await db.conflicts.count()).toBe(0);
  });

  it('keeps hidden a conflict this device settled in an edit not yet pushed, when a pull overtakes the push', async () => {
    const db = testDb();
    const conflict = {
      id: uuidv7(),
      table: 'items' as const,
      recordId: uuidv7(),
      field: 'title',
      base: 'a',
      server: 'b',
      client: 'c',
      userId: uuidv7(),
      createdAt: NOW,
    };
    const mid = await recordChange(db, { table: 'items', id: conflict.recordId, op: 'upsert', fields: { title: 'c' } }, NOW);
    await db.outbox.update(mid, { resolves: [conflict.id] });
    await applyPullPage(db, page([], 'c1', [conflict]));
    expect(await db.conflicts.count()).toBe(0);
    await db.outbox.delete(mid); // pushed and answered: from now on the server's list is the truth
    await applyPullPage(db, page([], 'c2', [conflict]));
    expect(await db.conflicts.count()).toBe(1);
  });

  it('stores a page and its cursor atomically: a failing page leaves neither', async () => {
    const db = testDb();
    const good = legislation(SUBMISSION);
    await applyPullPage(db, page([itemChange(good, 1)], 'c1'));
    const fine = legislation(SUBMISSION);
    // a record IndexedDB cannot store (a function is not cloneable) fails the page half-way
    const broken = { ...legislation(SUBMISSION), bad: () => 1 };
    await expect(applyPullPage(db, page([itemChange(fine, 1), itemChange(broken, 1)], 'c2'))).rejects.toThrow();
    expect(await readMeta(db, META.cursor)).toBe('c1');
    expect(await db.items.get(fine.id)).toBeUndefined();
    expect(await db.bases.get(['items', fine.id])).toBeUndefined();
  });

  it('ignores a version older than its base (a page replayed after a crash)', async () => {
    const db = testDb();
    const v1 = legislation(SUBMISSION, { title: 'one' });
    await applyPullPage(db, page([itemChange({ ...v1, title: 'two' }, 2)]));
    await applyPullPage(db, page([itemChange(v1, 1)]));
    expect(await db.items.get(v1.id)).toMatchObject({ title: 'two' });
  });
});
