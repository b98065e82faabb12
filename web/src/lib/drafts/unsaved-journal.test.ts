import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { OWNER, testDb } from '$lib/db/test-db.ts';
import { Autosave } from './autosave.svelte.ts';
import { DraftsStore } from './drafts-store.ts';
import { onThisThread } from './edit-saver.ts';
import { readHeldTexts } from './held-values.ts';
import { hasKeptEdits, keepUnsaved, restoreKeptEdits } from './unsaved-journal.ts';

/** A Storage in memory, standing for localStorage as another page left it. */
class MemoryStorage implements Storage {
  #map = new Map<string, string>();
  get length() {
    return this.#map.size;
  }
  key = (i: number) => [...this.#map.keys()][i] ?? null;
  getItem = (key: string) => this.#map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.#map.set(key, value);
  removeItem = (key: string) => void this.#map.delete(key);
  clear = () => this.#map.clear();
}

let db: ClearinghouseDb;
let store: DraftsStore;
let storage: MemoryStorage;

beforeEach(async () => {
  db = testDb();
  store = new DraftsStore(db);
  await store.claim(OWNER);
  storage = new MemoryStorage();
});

/** Moves what this page kept to a key of a page that went away (each page only restores others' keys). */
function asIfThePageWentAway(): void {
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)!;
    storage.setItem(`clearinghouse.unsaved.gone-${i}`, storage.getItem(key)!);
    storage.removeItem(key);
  }
}

describe('edits kept while the page unloads', () => {
  it('writes back edits whose write the unload cut short: record, outbox entry and held text', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN', title: 'Draft' });
    const item = await store.createItem(submission.id, 'legislation');
    // The page dies with these queued: never written to IndexedDB.
    const autosave = new Autosave(onThisThread(store), 60_000);
    autosave.set('submissions', submission.id, 'title', 'Draft typed fast before the reload');
    autosave.set('items', item.id, 'articlesCovered', ['86-102', 'part 9'], '86-102, Part 9');
    keepUnsaved(autosave.unsaved(), new Date(Date.now() + 1000), storage);
    asIfThePageWentAway();

    expect(hasKeptEdits(storage)).toBe(true);
    expect(await restoreKeptEdits(db, storage)).toBe(2);
    expect((await db.submissions.get(submission.id))?.title).toBe('Draft typed fast before the reload');
    const outbox = await db.outbox.where('[table+id]').equals(['submissions', submission.id]).toArray();
    expect(outbox.some((entry) => entry.fields && 'title' in entry.fields)).toBe(true);
    expect(await readHeldTexts(db)).toEqual({ [`${item.id}:articlesCovered`]: '86-102, Part 9' });
    expect(hasKeptEdits(storage)).toBe(false);
  });

  it('leaves a record that changed after the edits were kept (its write finished, or a newer edit won)', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN', title: 'Draft' });
    keepUnsaved(
      [{ table: 'submissions', id: submission.id, fields: { title: 'older text' }, typed: {} }],
      new Date(Date.now() - 60_000),
      storage,
    );
    asIfThePageWentAway();
    await store.saveEdits('submissions', submission.id, { title: 'newer text' });

    expect(await restoreKeptEdits(db, storage)).toBe(0);
    expect((await db.submissions.get(submission.id))?.title).toBe('newer text');
    expect(hasKeptEdits(storage)).toBe(false);
  });

  it('skips a record that is gone and text that is not a journal, and keeps nothing for an idle page', async () => {
    keepUnsaved([{ table: 'items', id: 'deleted-meanwhile', fields: { title: 'x' }, typed: {} }], new Date(), storage);
    asIfThePageWentAway();
    storage.setItem('clearinghouse.unsaved.cut-short', '{"at":"2026-');
    expect(await restoreKeptEdits(db, storage)).toBe(0);
    expect(hasKeptEdits(storage)).toBe(false);

    keepUnsaved([{ table: 'items', id: 'a', fields: { title: 'x' }, typed: {} }], new Date(), storage);
    keepUnsaved([], new Date(), storage);
    expect(storage.length).toBe(0);
  });

  it('an autosave reports the last value queued for each field, and nothing once it is on disk', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const autosave = new Autosave(onThisThread(store), 60_000);
    autosave.set('submissions', submission.id, 'title', 'first');
    const writing = autosave.flush();
    autosave.set('submissions', submission.id, 'title', 'second');
    expect(autosave.unsaved()).toEqual([{ table: 'submissions', id: submission.id, fields: { title: 'second' }, typed: {} }]);
    await writing;
    await autosave.flush();
    expect(autosave.unsaved()).toEqual([]);
    expect(autosave.idle).toBe(true);
  });
});
