import 'fake-indexeddb/auto';
import type { Submission } from '@clearinghouse/shared';
import { describe, expect, it, vi } from 'vitest';
import { runCycle } from './sync-cycle.ts';
import { fakeTransport } from '../testing/fake-transport.ts';
import { NOW, OWNER, testDb } from '$lib/db/test-db.ts';
import type { Transport } from '../transport.ts';

/** A server that accepts every change and records which endpoints the cycle used. */
function recordingServer() {
  const calls: string[] = [];
  const { transport: base } = fakeTransport((body) => body.mutations.map((m) => ({ mid: m.mid, status: 'applied' as const, version: 1 })));
  const transport: Transport = {
    ...base,
    push: async (body) => (calls.push(`push ${body.mutations.length}`), base.push(body)),
    blobStatus: async (sha256) => (calls.push(`status ${sha256.slice(-1)}`), null),
    putBlob: async (sha256, bytes, _type, start, total) => (
      calls.push(`put ${sha256.slice(-1)}`),
      { received: start + bytes.size, complete: start + bytes.size === total }
    ),
    transmit: async (id) => (calls.push(`transmit ${id}`), { submission: { id, status: 'transmitted' } as Submission }),
  };
  return { transport, calls };
}

/** One change of draft-1's title in the outbox, in the given state. */
function queueTitleChange(db: ReturnType<typeof testDb>, state: 'pending' | 'sending') {
  return db.outbox.add({
    table: 'submissions',
    id: 'draft-1',
    op: 'upsert',
    baseVersion: null,
    fields: { title: 'Report' },
    state,
    createdAt: NOW,
  });
}

describe('one sync cycle', () => {
  // The upload, push and transmission steps are fetched only when there is work for them (sync-cycle.ts):
  // with work queued they must still run, in the contract's order.
  it('uploads a waiting file and sends a queued transmission', async () => {
    const db = testDb();
    const sha256 = '1'.padStart(64, '0');
    await db.attachments.put({
      sha256,
      blob: new Blob([new Uint8Array(10)]),
      name: 'law.pdf',
      type: 'application/pdf',
      size: 10,
      addedAt: NOW,
      uploaded: 0,
    });
    await db.outbox.add({
      table: 'items',
      id: 'item-1',
      op: 'upsert',
      baseVersion: null,
      fields: { attachments: [{ sha256, name: 'law.pdf', type: 'application/pdf', size: 10 }] },
      state: 'pending',
      createdAt: NOW,
    });
    await db.intents.add({ kind: 'transmit', submissionId: 'draft-1', state: 'pending', createdAt: NOW });
    const { transport, calls } = recordingServer();

    const result = await runCycle(db, transport, OWNER);

    expect(calls).toEqual(['status 1', 'put 1', 'push 1', 'transmit draft-1']);
    expect(result).toMatchObject({ pushed: 1, transmitted: 1, attachmentFailures: [] });
    expect(await db.attachments.get(sha256)).toMatchObject({ uploaded: 1 });
    expect(await db.intents.count()).toBe(0);
  });

  it('asks neither the file, the push nor the transmission endpoints when nothing waits for them', async () => {
    const db = testDb();
    const { transport, calls } = recordingServer();

    const result = await runCycle(db, transport, OWNER);

    expect(calls).toEqual([]);
    expect(result).toMatchObject({ pushed: 0, transmitted: 0, attachmentFailures: [] });
  });

  it('pushes an entry a failed request left `sending`', async () => {
    const db = testDb();
    await queueTitleChange(db, 'sending');
    const { transport, calls } = recordingServer();

    const result = await runCycle(db, transport, OWNER);

    expect(calls).toEqual(['push 1']);
    expect(result).toMatchObject({ pushed: 1 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('a step whose code cannot be fetched fails as the network does (retried later), leaving the outbox as it was', async () => {
    vi.resetModules();
    vi.doMock('./push-step.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      const { runCycle: cycleWithoutPushCode } = await import('./sync-cycle.ts');
      const { classifyFailure } = await import('./sync-failure.ts'); // the same module instances as the cycle's
      const db = testDb();
      await queueTitleChange(db, 'pending');
      const { transport, calls } = recordingServer();

      const failure = await cycleWithoutPushCode(db, transport, OWNER).then(
        () => null,
        (error: unknown) => error,
      );

      expect(classifyFailure(failure)).toMatchObject({ kind: 'offline', code: 'network' });
      expect(calls).toEqual([]);
      expect(await db.outbox.toArray()).toMatchObject([{ id: 'draft-1', state: 'pending' }]);
    } finally {
      vi.doUnmock('./push-step.ts');
    }
  });
});
