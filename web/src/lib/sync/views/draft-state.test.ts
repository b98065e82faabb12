import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testDb, OWNER, NOW } from '$lib/db/test-db.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { DraftsStore } from '$lib/drafts/drafts-store.ts';
import { entriesOfSubmission } from '../engine/record-scope.ts';
import { syncStateOf } from './draft-state.ts';
import { twoDraftsWithADeletedSyncedElement } from '$lib/drafts/test-scenarios.ts';

let db: ClearinghouseDb;
let store: DraftsStore;

beforeEach(async () => {
  db = testDb();
  store = new DraftsStore(db);
  await store.claim(OWNER);
});

/** The figures as counted before: every entry read, and the element of each looked up. */
async function theLongWay(submissionId: string) {
  const entries = await entriesOfSubmission(db, submissionId);
  return { pending: entries.filter((e) => e.state !== 'rejected').length, rejected: entries.filter((e) => e.state === 'rejected').length };
}

describe("the transmit panel's sync state of a draft", () => {
  it('counts without reading the outbox while only this draft has changes', async () => {
    const submission = await store.createSubmission({ entityId: 'BEN' });
    const item = await store.createItem(submission.id, 'legislation');
    await store.saveEdits('items', item.id, { description: 'x'.repeat(60_000) });
    const reads = vi.spyOn(db.outbox, 'toArray');
    expect(await syncStateOf(db, submission.id)).toEqual({
      pending: 2,
      rejected: 0,
      conflicts: 0,
      transmitQueued: false,
      transmitError: null,
    });
    // Before: every save of the open draft read every entry (60,000 characters each) and its element.
    expect(reads).not.toHaveBeenCalled();
  });

  it('gives the figures of the long way with other drafts, a rejected change, a deleted element and a conflict', async () => {
    const { mine, other, kept } = await twoDraftsWithADeletedSyncedElement(db, store);
    await db.outbox.where('[table+id]').equals(['items', kept.id]).modify({ state: 'rejected' });
    await db.conflicts.put({
      id: 'c1',
      table: 'items',
      recordId: kept.id,
      field: 'title',
      base: 'a',
      server: 'b',
      client: 'c',
      userId: 'u1',
      createdAt: NOW,
    });
    await db.intents.add({ kind: 'transmit', submissionId: mine.id, state: 'pending', createdAt: NOW });

    expect(await syncStateOf(db, mine.id)).toEqual({
      ...(await theLongWay(mine.id)),
      conflicts: 1,
      transmitQueued: true,
      transmitError: null,
    });
    expect(await theLongWay(mine.id)).toEqual({ pending: 2, rejected: 1 });
    expect(await syncStateOf(db, other.id)).toEqual({
      ...(await theLongWay(other.id)),
      conflicts: 0,
      transmitQueued: false,
      transmitError: null,
    });
  });
});
