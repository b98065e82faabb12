import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb, OWNER } from '$lib/db/test-db.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { unsentCountsBySubmission } from '$lib/db/outbox-counts.ts';
import { DraftsStore } from './drafts-store.ts';
import { loadDraft } from './drafts-queries.ts';
import { twoDraftsWithADeletedSyncedElement } from './test-scenarios.ts';

let db: ClearinghouseDb;
let store: DraftsStore;

beforeEach(async () => {
  db = testDb();
  store = new DraftsStore(db);
  await store.claim(OWNER);
});

async function unsentOf(id: string): Promise<number> {
  const loaded = await loadDraft(db, id, OWNER);
  if (loaded.kind !== 'ok' || !loaded.value) throw new Error('draft not loaded');
  return loaded.value.unsent;
}

describe('the editor\'s "not yet sent" count', () => {
  it("counts the draft's own entries without reading the outbox's texts when only this draft has changes", async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    await store.saveEdits('items', item.id, { description: 'x'.repeat(60_000) });
    const reads = vi.spyOn(db.outbox, 'toArray');
    // Before: every keystroke's save made the editor read every entry, 60,000 characters each.
    expect(await unsentOf(submission.id)).toBe(2);
    expect(reads).not.toHaveBeenCalled();
  });

  it('gives the same figure as the count over the whole outbox with other drafts and a deleted element', async () => {
    const { mine, other, kept } = await twoDraftsWithADeletedSyncedElement(db, store);
    await store.saveEdits('items', kept.id, { title: 'Act' });

    const whole = await unsentCountsBySubmission(db);
    expect(await unsentOf(mine.id)).toBe(whole.get(mine.id));
    expect(await unsentOf(other.id)).toBe(whole.get(other.id));
    expect(whole.get(mine.id)).toBe(3); // the draft, `kept`, and the delete of `synced`
  });
});
