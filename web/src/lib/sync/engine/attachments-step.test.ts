import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, uploadAttachments, type UploadProgress } from './attachments-step.ts';
import { fakeTransport } from '../testing/fake-transport.ts';
import { NOW, testDb } from '$lib/db/test-db.ts';
import type { BlobStatus, Transport } from '../transport.ts';

/** A device holding `files` (name → size), each referenced by a pending change. */
async function deviceWith(files: Record<string, number>) {
  const db = testDb();
  let n = 0;
  for (const [name, size] of Object.entries(files)) {
    const sha256 = String(++n).padStart(64, '0');
    await db.attachments.put({
      sha256,
      blob: new Blob([new Uint8Array(size)]),
      name,
      type: 'application/pdf',
      size,
      addedAt: NOW,
      uploaded: 0,
    });
    await db.outbox.add({
      table: 'items',
      id: `item-${n}`,
      op: 'upsert',
      baseVersion: null,
      fields: { attachments: [{ sha256, name, type: 'application/pdf', size }] },
      state: 'pending',
      createdAt: NOW,
    });
  }
  return db;
}

/** A server that stores chunks and reports each one's bytes going out in two halves. */
function chunkServer(known: Record<string, number> = {}): Transport {
  const received = new Map<string, number>(Object.entries(known));
  return {
    ...fakeTransport(() => []).transport,
    blobStatus: async (sha): Promise<BlobStatus | null> =>
      received.has(sha) ? { size: 0, received: received.get(sha)!, complete: false } : null,
    async putBlob(sha, bytes, _type, start, total, onProgress) {
      onProgress?.(Math.floor(bytes.size / 2));
      onProgress?.(bytes.size);
      received.set(sha, start + bytes.size);
      return { received: start + bytes.size, complete: start + bytes.size >= total };
    },
  };
}

describe('uploadAttachments progress', () => {
  it('reports each file by name and position, its bytes moving forward within and across chunks', async () => {
    const db = await deviceWith({ 'act.pdf': 2 * CHUNK_BYTES + 100, 'decree.pdf': 10 });
    const seen: UploadProgress[] = [];
    await uploadAttachments(db, chunkServer(), (p) => seen.push(p));

    const act = seen.filter((p) => p.name === 'act.pdf');
    expect(act.every((p) => p.index === 1 && p.count === 2 && p.total === 2 * CHUNK_BYTES + 100)).toBe(true);
    const sent = act.map((p) => p.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b)); // never backwards
    expect(sent).toContain(CHUNK_BYTES / 2); // inside the first chunk, not only at its end
    expect(sent).toContain(CHUNK_BYTES + CHUNK_BYTES / 2);
    expect(sent.at(-1)).toBe(2 * CHUNK_BYTES + 100);
    expect(seen.at(-1)).toEqual({ name: 'decree.pdf', index: 2, count: 2, sent: 10, total: 10 });
  });

  it('a resumed upload starts from what the server already holds', async () => {
    const db = await deviceWith({ 'act.pdf': 2 * CHUNK_BYTES });
    const seen: number[] = [];
    await uploadAttachments(db, chunkServer({ ['1'.padStart(64, '0')]: CHUNK_BYTES }), (p) => seen.push(p.sent));
    expect(seen.slice(0, 2)).toEqual([0, CHUNK_BYTES]);
    expect(Math.min(...seen.slice(1))).toBe(CHUNK_BYTES);
  });
});
