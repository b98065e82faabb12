import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_SYNC_SUMMARY, queuedTransmissions, readLocalSummary, wantsPromptSync, type LocalSyncSummary } from './local-summary.ts';
import { NOW, testDb } from '$lib/db/test-db.ts';
import { queueTransmit } from '../transmit/transmit-intent.ts';

const summary = (over: Partial<LocalSyncSummary> = {}): LocalSyncSummary => ({ ...EMPTY_SYNC_SUMMARY, ...over });

describe('wantsPromptSync', () => {
  it('never for the first summary read (starting the manager runs a cycle anyway)', () => {
    expect(wantsPromptSync(null, summary({ newestPendingMid: 4, pendingIntents: 1 }))).toBe(false);
  });

  it('when a change is queued', () => {
    expect(wantsPromptSync(summary({ newestPendingMid: 3 }), summary({ newestPendingMid: 4 }))).toBe(true);
  });

  it('when a transmission is queued with nothing left to push (the Transmit button, online)', () => {
    expect(wantsPromptSync(summary(), summary({ pendingIntents: 1 }))).toBe(true);
    // "try again" after a failure: the failed intent becomes a pending one
    expect(wantsPromptSync(summary({ failedIntents: 1 }), summary({ pendingIntents: 1 }))).toBe(true);
  });

  it('not when things were only sent, answered or transmitted', () => {
    expect(wantsPromptSync(summary({ waiting: 2, newestPendingMid: 4 }), summary({ newestPendingMid: 0 }))).toBe(false);
    expect(wantsPromptSync(summary({ pendingIntents: 1 }), summary())).toBe(false);
    expect(wantsPromptSync(summary({ pendingIntents: 1 }), summary({ failedIntents: 1 }))).toBe(false);
  });
});

describe('readLocalSummary', () => {
  it('gives the newest pending mid (not one on the wire) and counts what waits', async () => {
    const db = testDb();
    const entry = { table: 'items', op: 'upsert', baseVersion: null, createdAt: NOW, fields: { description: 'x'.repeat(60_000) } } as const;
    const [a, b] = [
      await db.outbox.add({ ...entry, id: 'a', state: 'pending' }),
      await db.outbox.add({ ...entry, id: 'b', state: 'pending' }),
    ];
    await db.outbox.add({ ...entry, id: 'c', state: 'sending' });
    expect(await readLocalSummary(db)).toMatchObject({ waiting: 3, newestPendingMid: b });
    await db.outbox.update(b, { state: 'sending' });
    expect(await readLocalSummary(db)).toMatchObject({ waiting: 3, newestPendingMid: a });
    await db.outbox.clear();
    expect(await readLocalSummary(db)).toMatchObject({ waiting: 0, newestPendingMid: 0 });
  });
});

describe('queuedTransmissions', () => {
  it('names the drafts whose transmission waits on this device, not those whose attempt failed', async () => {
    const db = testDb();
    await queueTransmit(db, 'waiting-draft');
    await db.intents.add({ kind: 'transmit', submissionId: 'failed-draft', state: 'failed', createdAt: NOW });
    expect(await queuedTransmissions(db)).toEqual(new Set(['waiting-draft']));
  });
});
