import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { testDb, OWNER } from '$lib/db/test-db.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { Autosave } from './autosave.svelte.ts';
import { DraftsStore } from './drafts-store.ts';
import { readHeldTexts } from './held-values.ts';

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
    const autosave = new Autosave(store, 10_000);
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
    const autosave = new Autosave(store, 10_000);
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
});
