import 'fake-indexeddb/auto';
import { describe, expect, it, beforeEach, vi } from 'vitest';
import { testDb, OWNER } from '$lib/db/test-db.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { DraftsStore } from './drafts-store.ts';
import { DraftValidationError } from './errors.ts';
import { readHeldTexts } from './held-values.ts';

let db: ClearinghouseDb;
let store: DraftsStore;

beforeEach(async () => {
  db = testDb();
  store = new DraftsStore(db);
  await store.claim(OWNER);
});

describe('DraftsStore: every change and its outbox entry in one transaction', () => {
  it('creating a submission and an item queues both with all their fields and a null base', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN', title: 'Report 2026' });
    const item = await store.createItem(submission.id, 'legislation', { title: 'Act 2026-12' });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(2);
    expect(outbox[0]).toMatchObject({ table: 'submissions', id: submission.id, op: 'upsert', baseVersion: null, state: 'pending' });
    expect(outbox[0]!.fields).toEqual({ id: submission.id, entityId: 'BEN', cycleId: null, title: 'Report 2026' });
    expect(outbox[1]!.fields).toMatchObject({ id: item.id, category: 'legislation', title: 'Act 2026-12', confidential: false });
    expect(outbox[1]!.fields).not.toHaveProperty('updatedAt');
  });

  it('a failed transaction leaves neither the record change nor the outbox entry', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event');
    const before = await db.outbox.count();
    // The outbox write fails inside the transaction: the record change must roll back with it.
    db.outbox.hook('updating', () => {
      throw new Error('disk trouble');
    });
    db.outbox.hook('creating', () => {
      throw new Error('disk trouble');
    });
    await expect(store.updateItem(item.id, { place: 'Cotonou' })).rejects.toThrow();
    expect((await db.items.get(item.id)) as unknown).not.toHaveProperty('place');
    expect(await db.outbox.count()).toBe(before);
  });

  it('refuses what the shared schema refuses, naming the field', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event');
    const failure = await store.updateItem(item.id, { url: 'not a link' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DraftValidationError);
    expect((failure as DraftValidationError).details[0]?.field).toBe('url');
  });

  it('holds a 150,000-character description', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'obstacle');
    const text = 'x'.repeat(150_000);
    await store.updateItem(item.id, { description: text });
    expect((await db.items.get(item.id))?.description).toHaveLength(150_000);
  });
});

describe('coalescing', () => {
  it('folds edits into the newest pending entry with the same op and base', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event', { title: 'Seminar' });
    await store.updateItem(item.id, { place: 'Cotonou' });
    await store.updateItem(item.id, { place: 'Porto-Novo', startDate: '2026-03-01' });
    const entries = await db.outbox.where('[table+id]').equals(['items', item.id]).toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields).toMatchObject({ title: 'Seminar', place: 'Porto-Novo', startDate: '2026-03-01' });
  });

  it('never folds into an entry being sent, nor across a new base', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event');
    const [first] = await db.outbox.where('[table+id]').equals(['items', item.id]).toArray();
    await db.outbox.update(first!.mid!, { state: 'sending' });
    await store.updateItem(item.id, { place: 'Cotonou' });
    let entries = await db.outbox.where('[table+id]').equals(['items', item.id]).sortBy('mid');
    expect(entries.map((e) => e.state)).toEqual(['sending', 'pending']);
    expect(entries[1]!.fields).toEqual({ place: 'Cotonou' });

    // Sync acknowledged version 1 meanwhile: the next edit is against a new base, in a new entry.
    await db.bases.put({ table: 'items', id: item.id, version: 1, deleted: false, record: { ...item } });
    await store.updateItem(item.id, { audience: 'Judges' });
    entries = await db.outbox.where('[table+id]').equals(['items', item.id]).sortBy('mid');
    expect(entries.map((e) => e.baseVersion)).toEqual([null, null, 1]);
  });

  it('mids only grow', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    await store.createItem(submission.id, 'event');
    const mids = (await db.outbox.toArray()).map((e) => e.mid!);
    await db.outbox.clear();
    await store.createItem(submission.id, 'event');
    const next = (await db.outbox.toArray())[0]!.mid!;
    expect(next).toBeGreaterThan(Math.max(...mids));
  });
});

describe('delete, undo, move', () => {
  it('deleting an element that never left the device drops its entries; undo brings it back queued', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'agreement', { title: 'Enforcement' });
    const deleted = await store.deleteItem(item.id);
    expect(deleted.mid).toBeNull();
    expect(await db.outbox.where('[table+id]').equals(['items', item.id]).count()).toBe(0);
    await store.undoDelete(deleted);
    expect((await db.items.get(item.id))?.title).toBe('Enforcement');
    const entries = await db.outbox.where('[table+id]').equals(['items', item.id]).toArray();
    expect(entries[0]).toMatchObject({ op: 'upsert', fields: expect.objectContaining({ title: 'Enforcement' }) });
  });

  it('deleting an element whose creation the server acknowledged before any pull queues a delete', async () => {
    // The push answered (its entry is gone) but no pull has brought the base yet: the server holds the
    // element, so forgetting it locally would let the next pull bring it back (found by the generative test).
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event', { title: 'Seminar' });
    await db.outbox.clear();
    const deleted = await store.deleteItem(item.id);
    expect(deleted.mid).not.toBeNull();
    expect(await db.outbox.get(deleted.mid!)).toMatchObject({ op: 'delete', id: item.id, baseVersion: null });
  });

  it('deleting a synced element queues a delete; undo withdraws it while unsent', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'agreement');
    await db.outbox.clear();
    await db.bases.put({ table: 'items', id: item.id, version: 2, deleted: false, record: { ...item } });
    const deleted = await store.deleteItem(item.id);
    expect(await db.outbox.get(deleted.mid!)).toMatchObject({ op: 'delete', baseVersion: 2 });
    await store.undoDelete(deleted);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.items.get(item.id)).toBeDefined();
  });

  it('moves an element with one position change', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const a = await store.createItem(submission.id, 'strategy', { title: 'A' });
    const b = await store.createItem(submission.id, 'strategy', { title: 'B' });
    const c = await store.createItem(submission.id, 'strategy', { title: 'C' });
    expect(await store.moveItem(c.id, 'up')).toBe(true);
    expect((await store.itemsOf(submission.id, 'strategy')).map((i) => i.title)).toEqual(['A', 'C', 'B']);
    expect(await store.moveItem(a.id, 'up')).toBe(false);
    await store.moveItem(a.id, 'down');
    expect((await store.itemsOf(submission.id, 'strategy')).map((i) => i.title)).toEqual(['C', 'A', 'B']);
    expect(b.id).toBeDefined();
  });
});

describe('nothing typed is ever lost', () => {
  it('undo puts back an element held in reactive state (a proxy), which IndexedDB cannot clone as is', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event', { title: 'Seminar', organisers: ['MFA'] });
    const deleted = await store.deleteItem(item.id);
    // What the editor kept: a deep proxy, as Svelte's $state makes one (nested arrays are proxies too).
    const deep = <T extends object>(value: T): T =>
      new Proxy(value, {
        get: (target, key) => {
          const inner = Reflect.get(target, key) as unknown;
          return inner !== null && typeof inner === 'object' ? deep(inner) : inner;
        },
      });
    const proxied = { ...deleted, item: deep(deleted.item) };
    await store.undoDelete(proxied);
    expect(await db.items.get(item.id)).toMatchObject({ title: 'Seminar', organisers: ['MFA'] });
  });

  it('saves every valid field of a save window and holds the refused one on the device as typed', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation', { title: 'Act' });
    const refused = await store.saveEdits(
      'items',
      item.id,
      { status: 'adopted', articlesCovered: ['86-102', '130'], citation: 'Act 12' },
      { articlesCovered: '86-102, 130' },
    );
    expect(refused.map((p) => p.field)).toEqual(['articlesCovered']);
    expect(await db.items.get(item.id)).toMatchObject({ status: 'adopted', citation: 'Act 12' });
    expect(await readHeldTexts(db)).toEqual({ [`${item.id}:articlesCovered`]: '86-102, 130' });
    const queued = await db.outbox.where('[table+id]').equals(['items', item.id]).toArray();
    expect(queued.flatMap((e) => Object.keys(e.fields ?? {}))).not.toContain('articlesCovered');

    // Corrected: saved, queued, and no longer held.
    await store.saveEdits('items', item.id, { articlesCovered: ['86-102'] }, { articlesCovered: '86-102' });
    expect(((await db.items.get(item.id)) as Record<string, unknown> | undefined)?.articlesCovered).toEqual(['86-102']);
    expect(await readHeldTexts(db)).toEqual({});
  });

  it('two quick changes of one list, both before either is written, keep both values', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'event');
    await Promise.all([
      store.setInList(item.id, 'confidentialFields', 'place', true),
      store.setInList(item.id, 'confidentialFields', 'audience', true),
    ]);
    expect((await db.items.get(item.id))?.confidentialFields?.sort()).toEqual(['audience', 'place']);
  });

  it('four quick ticks and unticks of options, none waiting for the one before, all count', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'assistance', { forms: ['training', 'other'] } as never);
    await Promise.all([
      store.setInList(item.id, 'forms', 'other', false),
      store.setInList(item.id, 'forms', 'experts', true),
      store.setInList(item.id, 'forms', 'materials', true),
      store.setInList(item.id, 'forms', 'training', false),
    ]);
    const forms = ((await db.items.get(item.id)) as Record<string, unknown> | undefined)?.forms as string[];
    expect([...forms].sort()).toEqual(['experts', 'materials']);
  });

  it("a keystroke's save with nothing held leaves meta alone (a live query over held texts stays asleep)", async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    const metaWrites = [vi.spyOn(db.meta, 'bulkDelete'), vi.spyOn(db.meta, 'bulkPut'), vi.spyOn(db.meta, 'delete')];
    await store.saveEdits('items', item.id, { description: 'typed' });
    for (const write of metaWrites) expect(write).not.toHaveBeenCalled();
    // A held text is still forgotten once its field is saved.
    await store.saveEdits('items', item.id, { articlesCovered: ['86-102', 'part 9'] }, { articlesCovered: '86-102, Part 9' });
    expect(await readHeldTexts(db)).toEqual({ [`${item.id}:articlesCovered`]: '86-102, Part 9' });
    await store.saveEdits('items', item.id, { articlesCovered: ['86-102'] }, { articlesCovered: '86-102' });
    expect(await readHeldTexts(db)).toEqual({});
    expect(await db.items.get(item.id)).toMatchObject({ description: 'typed', articlesCovered: ['86-102'] });
  });
});

describe('DraftsStore.saveEdits: the element’s submission is stamped with it', () => {
  it('every save of an element stamps its submission, the later ones from the read made with the element', async () => {
    let clock = Date.parse('2026-11-28T10:00:00.000Z');
    const timed = new DraftsStore(db, () => new Date((clock += 1_000)));
    const submission = await timed.createSubmission({ entityId: 'BEN' });
    const item = await timed.createItem(submission.id, 'legislation');
    for (const text of ['L', 'Lo', 'Lor']) {
      await timed.saveEdits('items', item.id, { description: text });
      const [saved, parent] = [await db.items.get(item.id), await db.submissions.get(submission.id)];
      expect(saved).toMatchObject({ description: text });
      expect(parent!.updatedAt).toBe(saved!.updatedAt);
    }
    // The submission's own fields are kept: only its stamp changed.
    expect(await db.submissions.get(submission.id)).toMatchObject({ entityId: 'BEN', title: submission.title });
  });

  it('never brings back a submission removed between two saves (as `update` of a missing record does nothing)', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    await store.saveEdits('items', item.id, { description: 'first' });
    await db.submissions.delete(submission.id);
    await store.saveEdits('items', item.id, { description: 'second' });
    expect(await db.submissions.get(submission.id)).toBeUndefined();
    expect(await db.items.get(item.id)).toMatchObject({ description: 'second' });
  });
});
