import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb, OWNER } from '$lib/db/test-db.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { Autosave } from './autosave.svelte.ts';
import { DraftsStore } from './drafts-store.ts';
import { onThisThread } from './edit-saver.ts';
import { readHeldTexts } from './held-values.ts';
import { onLocalEdit } from '$lib/sync/local-edits.ts';

/** One turn of the event loop: every microtask has run, no timer longer than 0 ms has fired. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

let db: ClearinghouseDb;
let store: DraftsStore;

beforeEach(async () => {
  db = testDb();
  store = new DraftsStore(db);
  await store.claim(OWNER);
});

describe('Autosave under fast hands', () => {
  it('an invalid field typed in the same window as valid ones costs none of them', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    const autosave = new Autosave(onThisThread(store), 10_000);
    autosave.set('items', item.id, 'status', 'in_force');
    autosave.set('items', item.id, 'articlesCovered', ['86-102', 'part 9'], '86-102, Part 9');
    autosave.set('items', item.id, 'title', 'Cooperation Act');
    await autosave.flush();
    expect(await db.items.get(item.id)).toMatchObject({ status: 'in_force', title: 'Cooperation Act' });
    expect(await readHeldTexts(db)).toEqual({ [`${item.id}:articlesCovered`]: '86-102, Part 9' });
    expect(autosave.status).toBe('saved');
  });

  it('does not say "Saved" while a box just ticked is still being written', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'assistance');
    const autosave = new Autosave(onThisThread(store), 10_000);
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const ticking = autosave.track(async () => {
      await held; // the write is slow: another tab, a busy disk
      await store.setInList(item.id, 'forms', 'training', true);
    });
    await autosave.flush();
    expect(autosave.status).toBe('saving');
    finish();
    await ticking;
    expect(autosave.status).toBe('saved');
    expect(await db.items.get(item.id)).toMatchObject({ forms: ['training'] });
  });

  it('writes a key typed while nothing is being written at once, not after a hold', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const saves = vi.spyOn(store, 'saveEdits');
    const autosave = new Autosave(onThisThread(store));
    autosave.set('submissions', submission.id, 'title', 'D');
    // Before: the edit waited 300 ms in memory before its write even started.
    await nextTask();
    expect(saves).toHaveBeenCalledTimes(1);
    await autosave.flush();
    expect((await db.submissions.get(submission.id))?.title).toBe('D');
  });

  it('keys typed while a write is in flight are written in one write as soon as it ends', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const save = store.saveEdits.bind(store);
    const saves = vi.spyOn(store, 'saveEdits').mockImplementationOnce(async (...args) => {
      await slow; // a busy disk: the first write takes long
      return save(...args);
    });
    const autosave = new Autosave(onThisThread(store));
    autosave.set('items', item.id, 'title', 'A');
    await nextTask();
    autosave.set('items', item.id, 'title', 'Ab');
    autosave.set('items', item.id, 'description', 'x');
    autosave.set('items', item.id, 'title', 'Abc');
    await nextTask();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(autosave.isDirty('items', item.id, 'title')).toBe(true);
    release();
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(2));
    expect(saves.mock.calls[1]?.slice(0, 3)).toEqual(['items', item.id, { title: 'Abc', description: 'x' }]);
    await autosave.flush();
    expect(await db.items.get(item.id)).toMatchObject({ title: 'Abc', description: 'x' });
    expect(autosave.status).toBe('saved');
    expect(autosave.idle).toBe(true);
  });

  it('a failed write is not retried in a loop: its edits wait for the next edit or flush', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const saves = vi.spyOn(store, 'saveEdits').mockRejectedValueOnce(new Error('disk said no'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const autosave = new Autosave(onThisThread(store));
    autosave.set('submissions', submission.id, 'title', 'kept');
    await autosave.flush();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(autosave.status).toBe('failed');
    expect(autosave.unsaved()).toEqual([{ table: 'submissions', id: submission.id, fields: { title: 'kept' }, typed: {} }]);
    await autosave.flush();
    expect((await db.submissions.get(submission.id))?.title).toBe('kept');
    expect(autosave.status).toBe('saved');
    errors.mockRestore();
  });

  it('says the person is typing from the first key until a pause after the last save, and not after a tick', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'assistance');
    const autosave = new Autosave(onThisThread(store), 0, 60_000);
    expect(autosave.typing).toBe(false);
    autosave.set('items', item.id, 'title', 'T');
    expect(autosave.typing).toBe(true);
    await vi.waitFor(() => expect(autosave.status).toBe('saved'));
    // Saved, but the person may type on: the editor's reads stay paused until the pause.
    expect(autosave.typing).toBe(true);
    autosave.set('items', item.id, 'title', 'Tr');
    // Any other write (a tick, an element added or moved) shows its result at once.
    await autosave.track(() => store.setInList(item.id, 'forms', 'training', true));
    expect(autosave.typing).toBe(false);
    await autosave.flush();
    expect(await db.items.get(item.id)).toMatchObject({ title: 'Tr', forms: ['training'] });

    const paused = new Autosave(onThisThread(store), 0, 0);
    paused.set('items', item.id, 'title', 'Tra');
    expect(paused.typing).toBe(true);
    await vi.waitFor(() => expect(paused.typing).toBe(false));
    expect(paused.status).toBe('saved');
  });

  it('a failed save does not keep the page frozen: the typing pause still ends', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    vi.spyOn(store, 'saveEdits').mockRejectedValueOnce(new Error('disk said no'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const autosave = new Autosave(onThisThread(store), 0, 0);
    autosave.set('submissions', submission.id, 'title', 'kept');
    await vi.waitFor(() => expect(autosave.status).toBe('failed'));
    await vi.waitFor(() => expect(autosave.typing).toBe(false));
    expect(autosave.unsaved()).toHaveLength(1);
    errors.mockRestore();
  });
});

describe('Autosave and the sync', () => {
  it('tells the sync manager of every edit typed, so its push waits for a pause in the typing', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    const autosave = new Autosave(onThisThread(store));
    let heard = 0;
    const stop = onLocalEdit(() => heard++);
    autosave.set('items', item.id, 'title', 'C');
    autosave.set('items', item.id, 'title', 'Co');
    expect(heard).toBe(2);
    await autosave.dispose();
    stop();
    expect(await db.items.get(item.id)).toMatchObject({ title: 'Co' });
  });
});
