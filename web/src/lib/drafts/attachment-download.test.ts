import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testDb } from '$lib/db/test-db.ts';
import { sha256Hex } from './attachment-blobs.ts';
import { AttachmentDownloadError, downloadAttachment, downloadMissing, filesOnDevice } from './attachment-download.ts';

const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
const serving =
  (body: Uint8Array<ArrayBuffer>, status = 200): typeof fetch =>
  async () =>
    new Response(status === 200 ? new Blob([body]).stream() : null, { status, headers: { 'content-length': String(body.length) } });

describe('attachments from another device', () => {
  it('downloads on demand with progress, checks the hash and keeps a copy for offline use', async () => {
    const db = testDb();
    const sha256 = await sha256Hex(bytes.buffer);
    const attachment = { sha256, name: 'law.pdf', type: 'application/pdf', size: bytes.length };
    const seen: number[] = [];
    const blob = await downloadAttachment(db, attachment, (received) => seen.push(received), serving(bytes));
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(seen.at(-1)).toBe(bytes.length);
    expect(seen.length).toBeGreaterThan(1);
    expect(await db.attachments.get(sha256)).toMatchObject({ name: 'law.pdf', uploaded: 1 });
    // Offline now: it opens from the device.
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await downloadAttachment(db, attachment, undefined, offline)).size).toBe(bytes.length);
  });

  it('refuses damaged bytes and reports a missing file, storing neither', async () => {
    const db = testDb();
    const attachment = { sha256: 'a'.repeat(64), name: 'x.pdf', type: 'application/pdf', size: bytes.length };
    await expect(downloadAttachment(db, attachment, undefined, serving(bytes))).rejects.toMatchObject({ reason: 'damaged' });
    await expect(downloadAttachment(db, attachment, undefined, serving(bytes, 404))).rejects.toBeInstanceOf(AttachmentDownloadError);
    expect(await db.attachments.count()).toBe(0);
  });

  it('keeps a whole draft offline: fetches only what is missing', async () => {
    const db = testDb();
    const sha256 = await sha256Hex(bytes.buffer);
    const list = [{ sha256, name: 'law.pdf', type: 'application/pdf', size: bytes.length }];
    let calls = 0;
    const counting: typeof fetch = async (...args) => {
      calls++;
      return serving(bytes)(...args);
    };
    expect(await downloadMissing(db, list, undefined, counting)).toBe(0);
    expect(await downloadMissing(db, list, undefined, counting)).toBe(0);
    expect(calls).toBe(1);
    expect(await filesOnDevice(db, [sha256])).toEqual(new Set([sha256]));
  });
});
