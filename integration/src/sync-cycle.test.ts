/** Whole cycles against the real server (in memory): transmit, lock and amendment, resync, conflicts, files. */
import { describe, expect, it } from 'vitest';
import { NetworkError } from '$lib/api/errors.ts';
import { DraftsStore } from '$lib/drafts/drafts-store.ts';
import { prepareAttachment } from '$lib/drafts/attachment-blobs.ts';
import { openAmendment } from '$lib/sync/transmit/amendment.ts';
import { CHUNK_BYTES } from '$lib/sync/engine/attachments-step.ts';
import { listConflicts } from '$lib/sync/views/conflict-view.ts';
import { discardRejected } from '$lib/sync/views/discard-rejected.ts';
import { META } from '$lib/db/meta.ts';
import { resolveConflict } from '$lib/sync/views/resolve-conflict.ts';
import { runCycle } from '$lib/sync/engine/sync-cycle.ts';
import { startTestServer } from './harness-transport.ts';
import { testDb } from '$lib/db/test-db.ts';
import { queueTransmit } from '$lib/sync/transmit/transmit-intent.ts';
import type { Transport } from '$lib/sync/transport.ts';

async function setup() {
  const server = await startTestServer();
  const user = await server.ctx.createUser('ben@example.org', 'focal_point', 'BEN');
  const cookie = await server.ctx.signIn('ben@example.org');
  const owner = { id: user.id, entityId: 'BEN' };
  const device = async () => {
    const db = testDb();
    const store = new DraftsStore(db);
    await store.claim(owner);
    const transport = server.transportAs(cookie);
    return { db, store, transport, sync: (t: Transport = transport) => runCycle(db, t, owner) };
  };
  return { server, device, owner };
}

describe('a sync cycle against the real server', () => {
  it('transmits after the draft’s changes; a late edit is refused, kept, and goes into an amendment', async () => {
    const { device } = await setup();
    const laptop = await device();
    const s = await laptop.store.createSubmission({ entityId: 'BEN', title: 'Report 2026' });
    const item = await laptop.store.createItem(s.id, 'legislation', { title: 'Implementing act' });
    await queueTransmit(laptop.db, s.id);
    const first = await laptop.sync();
    expect(first.transmitted).toBe(1);
    expect((await laptop.db.submissions.get(s.id))!.status).toBe('transmitted');
    expect(await laptop.db.intents.count()).toBe(0);

    const phone = await device();
    await phone.sync();
    await phone.store.updateItem(item.id, { citation: 'Act 12/2026' }); // written before it heard of the transmission
    const late = await phone.sync();
    expect(late.rejected).toBe(1);
    const [refused] = await phone.db.outbox.toArray();
    expect(refused).toMatchObject({ state: 'rejected', error: { code: 'submission-locked' } });
    expect(await phone.db.items.get(item.id)).toMatchObject({ citation: 'Act 12/2026' }); // kept locally

    const amendment = await openAmendment(phone.db, s.id);
    expect(await phone.db.outbox.where('state').equals('rejected').count()).toBe(0);
    await phone.sync();
    await laptop.sync();
    const copied = await laptop.db.items.where('submissionId').equals(amendment).toArray();
    expect(copied).toEqual([expect.objectContaining({ title: 'Implementing act', citation: 'Act 12/2026' })]);
    expect((await laptop.db.submissions.get(amendment))!.status ?? 'draft').toBe('draft');
  });

  it('410 must-resync: pulls everything again and keeps the outbox', async () => {
    const { device } = await setup();
    const laptop = await device();
    const s = await laptop.store.createSubmission({ entityId: 'BEN', title: 'Report' });
    await laptop.sync();
    await laptop.db.meta.put({ key: META.cursor, value: 'not-a-cursor' });
    await laptop.store.updateSubmission(s.id, { title: 'Report, revised' });
    const outboxBefore = await laptop.db.outbox.count();
    expect(outboxBefore).toBe(1);
    const pushBlocked: Transport = { ...laptop.transport, push: () => Promise.reject(new NetworkError('down')) };
    await laptop.sync();
    expect(await laptop.db.outbox.count()).toBe(0);
    expect((await laptop.db.submissions.get(s.id))!.title).toBe('Report, revised');
    await laptop.db.meta.put({ key: META.cursor, value: 'not-a-cursor' });
    await laptop.store.updateSubmission(s.id, { title: 'Third' });
    await expect(laptop.sync(pushBlocked)).rejects.toBeInstanceOf(NetworkError);
    await laptop.sync();
    expect((await laptop.db.submissions.get(s.id))!.title).toBe('Third');
    expect(await laptop.db.bases.get(['submissions', s.id])).toMatchObject({ record: expect.objectContaining({ title: 'Third' }) });
  });

  it('a conflict shows on the device whose change was not applied, not on the one whose version won; settled like an edit', async () => {
    const { device, owner } = await setup();
    const laptop = await device();
    const phone = await device();
    const s = await laptop.store.createSubmission({ entityId: 'BEN', title: 'Report' });
    const item = await laptop.store.createItem(s.id, 'legislation', { title: 'Act', citation: 'A' });
    await laptop.sync();
    await phone.sync();
    await laptop.store.updateItem(item.id, { citation: 'Laptop', status: 'adopted' });
    await phone.store.updateItem(item.id, { citation: 'Phone', title: 'Act (phone)' });
    await laptop.sync();
    const result = await phone.sync();
    expect(result.conflicts).toBe(1);
    await laptop.sync();
    for (const d of [laptop, phone]) {
      expect(await d.db.items.get(item.id)).toMatchObject({ title: 'Act (phone)', status: 'adopted', citation: 'Laptop' });
    }
    expect((await listConflicts(phone.db, owner.id)).map((c) => [c.conflict.field, c.conflict.server, c.conflict.client])).toEqual([
      ['citation', 'Laptop', 'Phone'],
    ]);
    // The laptop's version was kept: it has nothing to settle.
    expect(await listConflicts(laptop.db, owner.id)).toEqual([]);
    const [entry] = await listConflicts(phone.db, owner.id);
    await resolveConflict(phone.db, entry!.conflict, { kind: 'value', value: 'Laptop + Phone' });
    await phone.sync();
    await laptop.sync();
    for (const d of [laptop, phone]) {
      expect(await d.db.items.get(item.id)).toMatchObject({ citation: 'Laptop + Phone' });
      expect(await d.db.conflicts.count()).toBe(0);
    }
  });

  it('discarding a refused change restores the server’s version locally', async () => {
    const { device } = await setup();
    const laptop = await device();
    const s = await laptop.store.createSubmission({ entityId: 'BEN', title: 'Report' });
    const item = await laptop.store.createItem(s.id, 'legislation', { title: 'Act' });
    await queueTransmit(laptop.db, s.id);
    await laptop.sync();
    await laptop.store.updateItem(item.id, { title: 'Too late' }); // the UI would refuse; another tab did not know yet
    await laptop.sync();
    const [refused] = await laptop.db.outbox.toArray();
    await discardRejected(laptop.db, refused!.mid!);
    expect(await laptop.db.outbox.count()).toBe(0);
    expect((await laptop.db.items.get(item.id))!.title).toBe('Act');
  });

  it('uploads a file in 1 MiB chunks before the push, resuming where an interrupted upload stopped', async () => {
    const { server, device } = await setup();
    const laptop = await device();
    const s = await laptop.store.createSubmission({ entityId: 'BEN', title: 'Report' });
    const item = await laptop.store.createItem(s.id, 'legislation', { title: 'Act' });
    const bytes = new Uint8Array(2 * CHUNK_BYTES + 12_345).map((_, i) => (i * 7) % 251);
    const file = { name: 'act.pdf', type: 'application/pdf', size: bytes.length, arrayBuffer: async () => bytes.buffer };
    const { attachment } = await prepareAttachment(file, new Date().toISOString());
    await laptop.store.addAttachment(item.id, file);

    let chunks = 0;
    const flaky: Transport = {
      ...laptop.transport,
      async putBlob(...args) {
        if (++chunks === 2) throw new NetworkError('connection dropped');
        return laptop.transport.putBlob(...args);
      },
    };
    await expect(laptop.sync(flaky)).rejects.toBeInstanceOf(NetworkError);
    expect(await laptop.transport.blobStatus(attachment.sha256)).toMatchObject({ received: CHUNK_BYTES, complete: false });
    const sent: number[] = [];
    const watching: Transport = {
      ...laptop.transport,
      putBlob: (sha, blob, type, start, total) => {
        sent.push(start);
        return laptop.transport.putBlob(sha, blob, type, start, total);
      },
    };
    await laptop.sync(watching);
    expect(sent).toEqual([CHUNK_BYTES, 2 * CHUNK_BYTES]); // resumed, not restarted
    expect((await laptop.db.attachments.get(attachment.sha256))!.uploaded).toBe(1);
    const cookie = await server.ctx.signIn('ben@example.org');
    const download = await server.fetchAs(cookie)(`/api/blobs/${attachment.sha256}`);
    // toEqual on two 2 MB arrays takes vitest tens of seconds: compare as Buffers
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });
});
