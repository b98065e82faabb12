/**
 * Uploads the files a pending change refers to, before the push that names them, by content hash and in
 * 1 MiB chunks: an upload cut off by a dropped connection resumes from what the server says it has
 * received, so a 20 MB law on a hotel connection does not start again from zero every time.
 */
import { ApiError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { AttachmentRow } from '$lib/db/rows.ts';
import type { Transport } from '../transport.ts';

export const CHUNK_BYTES = 1024 * 1024;

/**
 * How far the upload of the files of a sync cycle has gone, for the sync box: which file (of how
 * many), its bytes sent so far and its size. Reported as bytes go out.
 */
export interface UploadProgress {
  name: string;
  /** 1-based position of this file among the files this cycle uploads. */
  index: number;
  count: number;
  sent: number;
  total: number;
}

export type UploadObserver = (progress: UploadProgress) => void;

export interface AttachmentFailure {
  sha256: string;
  name: string;
  /** payload-too-large (over the server's cap) or hash-mismatch (the stored bytes are not the file named). */
  code: string;
  message: string;
}

/** Hashes named in the `attachments` field of outbox entries not yet answered. */
export async function referencedHashes(db: ClearinghouseDb): Promise<Set<string>> {
  const hashes = new Set<string>();
  await db.outbox.each((entry) => {
    if (entry.state === 'rejected') return;
    const list = entry.fields?.attachments;
    if (!Array.isArray(list)) return;
    for (const a of list)
      if (a && typeof a === 'object' && typeof (a as { sha256?: unknown }).sha256 === 'string')
        hashes.add((a as { sha256: string }).sha256);
  });
  return hashes;
}

/**
 * Uploads every referenced, not yet uploaded file. A file the server refuses for good (too large,
 * wrong hash) is reported and skipped, so it never blocks the rest of the sync; the push naming it is
 * then answered by the server like any other. `onProgress` hears each file's bytes as they go.
 */
export async function uploadAttachments(
  db: ClearinghouseDb,
  transport: Transport,
  onProgress?: UploadObserver,
): Promise<AttachmentFailure[]> {
  const wanted = await referencedHashes(db);
  if (wanted.size === 0) return [];
  const waiting = await db.attachments.where('uploaded').equals(0).toArray();
  const uploads = waiting.filter((a) => wanted.has(a.sha256));
  const failures: AttachmentFailure[] = [];
  for (const [position, row] of uploads.entries()) {
    const report = (sent: number) =>
      onProgress?.({
        name: row.name,
        index: position + 1,
        count: uploads.length,
        sent: Math.min(sent, row.blob.size),
        total: row.blob.size,
      });
    try {
      report(0);
      await uploadOne(transport, row, report);
      await db.attachments.update(row.sha256, { uploaded: 1 });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 413 || error.status === 422)) {
        failures.push({ sha256: row.sha256, name: row.name, code: error.code, message: error.message });
        continue;
      }
      throw error;
    }
  }
  return failures;
}

export async function uploadOne(transport: Transport, row: AttachmentRow, report: (sent: number) => void = () => {}): Promise<void> {
  const total = row.blob.size;
  // 409: the server stands elsewhere than we thought (another tab or device uploaded part of the same
  // file meanwhile): ask again where to resume. Bounded, so a confused server cannot loop us.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await uploadFrom(transport, row, total, report);
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409) || attempt === 2) throw error;
    }
  }
}

async function uploadFrom(transport: Transport, row: AttachmentRow, total: number, report: (sent: number) => void): Promise<void> {
  const status = await transport.blobStatus(row.sha256);
  if (status?.complete) return report(total);
  if (total === 0) {
    await transport.putBlob(row.sha256, row.blob, row.type, 0, 0);
    return;
  }
  let start = status && status.received <= total ? status.received : 0;
  report(start); // a resumed upload starts from what the server already holds
  while (start < total) {
    const end = Math.min(start + CHUNK_BYTES, total);
    const from = start;
    const answer = await transport.putBlob(row.sha256, row.blob.slice(start, end), row.type, start, total, (sent) => report(from + sent));
    report(answer.complete ? total : answer.received);
    if (answer.complete) return;
    // The server's count is the truth (it may hold less than sent if a chunk was cut short).
    if (answer.received <= start) throw new ApiError(500, 'upload-stalled', 'The server did not store the uploaded part of the file.');
    start = answer.received;
  }
}
