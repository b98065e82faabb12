/**
 * Files attached on another device arrive as a reference (name, size, hash) with the element; their
 * bytes stay on the server until someone opens them here. Downloading checks the bytes against the
 * hash and keeps a copy in IndexedDB, so the file opens offline from then on. A draft can also be set
 * to keep every attachment on the device ("keep offline"): then missing ones are fetched as they appear.
 */
import type { Attachment } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { sha256Hex } from './attachment-blobs.ts';

export type DownloadProgress = (received: number, total: number) => void;

/** The server did not give the file (offline, removed, or no longer readable by this account). */
export class AttachmentDownloadError extends Error {
  constructor(
    readonly reason: 'offline' | 'not-found' | 'damaged' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'AttachmentDownloadError';
  }
}

export async function downloadAttachment(
  db: ClearinghouseDb,
  attachment: Attachment,
  onProgress: DownloadProgress = () => {},
  fetcher: typeof fetch = (...args) => fetch(...args),
): Promise<Blob> {
  const kept = await db.attachments.get(attachment.sha256);
  if (kept) return kept.blob;
  let response: Response;
  try {
    response = await fetcher(`/api/blobs/${attachment.sha256}`, { credentials: 'same-origin' });
  } catch {
    throw new AttachmentDownloadError('offline', 'No connection to the server.');
  }
  if (response.status === 404) throw new AttachmentDownloadError('not-found', 'The server does not have this file.');
  if (!response.ok || !response.body) throw new AttachmentDownloadError('failed', `The server answered ${response.status}.`);
  const total = Number(response.headers.get('content-length')) || attachment.size;
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  onProgress(0, total);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value as Uint8Array<ArrayBuffer>);
    received += value.byteLength;
    onProgress(received, total);
  }
  const blob = new Blob(chunks, { type: attachment.type });
  if ((await sha256Hex(await blob.arrayBuffer())) !== attachment.sha256) {
    throw new AttachmentDownloadError('damaged', 'The file arrived damaged.');
  }
  await db.attachments.put({
    sha256: attachment.sha256,
    blob,
    name: attachment.name,
    type: attachment.type,
    size: blob.size,
    addedAt: new Date().toISOString(),
    uploaded: 1, // it came from the server: nothing to upload
  });
  return blob;
}

const offlineKey = (submissionId: string) => `keep-attachments-offline:${submissionId}`;

export async function keepsAttachmentsOffline(db: ClearinghouseDb, submissionId: string): Promise<boolean> {
  return (await db.meta.get(offlineKey(submissionId)))?.value === true;
}

export async function setKeepAttachmentsOffline(db: ClearinghouseDb, submissionId: string, keep: boolean): Promise<void> {
  if (keep) await db.meta.put({ key: offlineKey(submissionId), value: true });
  else await db.meta.delete(offlineKey(submissionId));
}

/** Which of these files are on this device, by hash. */
export async function filesOnDevice(db: ClearinghouseDb, hashes: readonly string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set(); // no transaction for a draft without files
  const rows = await db.attachments.bulkGet([...new Set(hashes)]);
  return new Set(rows.filter((r) => r !== undefined).map((r) => r!.sha256));
}

/** Downloads every file of the list not yet on the device, one after the other; returns how many failed. */
export async function downloadMissing(
  db: ClearinghouseDb,
  attachments: readonly Attachment[],
  onProgress: (sha256: string, received: number, total: number) => void = () => {},
  fetcher?: typeof fetch,
): Promise<number> {
  const present = await filesOnDevice(
    db,
    attachments.map((a) => a.sha256),
  );
  let failed = 0;
  for (const attachment of attachments) {
    if (present.has(attachment.sha256)) continue;
    try {
      await downloadAttachment(db, attachment, (r, t) => onProgress(attachment.sha256, r, t), fetcher);
      present.add(attachment.sha256);
    } catch (error) {
      if (!(error instanceof AttachmentDownloadError)) throw error;
      failed++;
    }
  }
  return failed;
}
