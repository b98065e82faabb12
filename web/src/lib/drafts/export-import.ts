/**
 * "Export my drafts" and "Import": one JSON file holding the entity's drafts, their elements, the
 * attachment bytes (base64) and the server versions they were based on. The last resort when sync is
 * impossible for weeks, and a way to hand a submission over on a USB stick.
 *
 * Import keeps ids and never overwrites: a record already on the device is left as it is, so importing
 * twice adds nothing. Imported records are queued in the outbox (on their exported base, so the server
 * merges them as edits of what it knows rather than as strangers).
 */
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  readExportFile,
  validateItemPatch,
  validateSubmissionPatch,
  withoutServerFields,
  type ExportFile,
  type ReceivedFile,
  type Submission,
} from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { recordChange } from '$lib/db/outbox-write.ts';
import type { AttachmentRow, BaseRow, LocalItem } from '$lib/db/rows.ts';
import { sha256Hex } from './attachment-blobs.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { localChangeTables, type DeviceOwner } from '$lib/db/device-owner.ts';

export interface ImportResult {
  drafts: number;
  items: number;
  files: number;
  /** Drafts left out because they belong to another entity. */
  foreign: number;
}

export class ImportFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFormatError';
  }
}

export async function exportDrafts(db: ClearinghouseDb, owner: DeviceOwner, now = new Date()): Promise<ExportFile> {
  const entityId = owner.entityId ?? '';
  return db
    .transaction('r', [db.submissions, db.items, db.bases, db.attachments], async () => {
      const submissions = await db.submissions.where('entityId').equals(entityId).toArray();
      const ids = submissions.map((s) => s.id);
      const items = await db.items.where('submissionId').anyOf(ids).toArray();
      const keys = [...ids.map((id) => ['submissions', id]), ...items.map((i) => ['items', i.id])] as [string, string][];
      const bases = (await db.bases.bulkGet(keys)).filter((b): b is BaseRow => b !== undefined);
      const hashes = [...new Set(items.flatMap((i) => (i.attachments ?? []).map((a) => a.sha256)))];
      const rows = (await db.attachments.bulkGet(hashes)).filter((r): r is AttachmentRow => r !== undefined);
      return { submissions, items, bases, rows };
    })
    .then(async ({ submissions, items, bases, rows }) => ({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      entityId,
      submissions,
      items,
      bases,
      // Blobs are read after the transaction: reading a Blob's bytes is not an IndexedDB request.
      attachments: await Promise.all(
        rows.map(async ({ blob, uploaded: _uploaded, ...meta }) => ({
          ...meta,
          data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())),
        })),
      ),
    }));
}

/** The file read and checked against the one format (@clearinghouse/shared `exportFileSchema`), old elements upgraded. */
export function parseExport(text: string): ReceivedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportFormatError('not JSON');
  }
  const read = readExportFile(data);
  if (!read.ok) throw new ImportFormatError(read.reason);
  return read.file;
}

export async function importDrafts(db: ClearinghouseDb, file: ReceivedFile, owner: DeviceOwner, now = new Date()): Promise<ImportResult> {
  const at = now.toISOString();
  // each record is checked here like a change from the server: those that pass are the shapes they claim
  const submissions = file.submissions.filter((s) => validateSubmissionPatch(s, { partial: false, origin: 'server' }).ok) as Submission[];
  const mine = submissions.filter((s) => s.entityId === owner.entityId);
  const mineIds = new Set(mine.map((s) => s.id));
  const items = file.items.filter(
    (i) => mineIds.has(i.submissionId) && validateItemPatch(i.category, withoutLocal(i), { partial: false }).ok,
  ) as LocalItem[];
  // Hashing happens before the transaction, which would otherwise commit while waiting on crypto.
  const blobs: AttachmentRow[] = [];
  for (const a of file.attachments) {
    const bytes = base64ToBytes(a.data);
    if ((await sha256Hex(bytes.buffer)) !== a.sha256) continue; // damaged in transit: leave it out
    // a file this app wrote names every one; one made elsewhere may not, and its bytes say enough
    const type = a.type ?? 'application/octet-stream';
    blobs.push({
      sha256: a.sha256,
      blob: new Blob([bytes], { type }),
      name: a.name ?? a.sha256.slice(0, 12),
      type,
      size: a.size ?? bytes.length,
      addedAt: a.addedAt ?? at,
      uploaded: 0,
    });
  }

  return db.transaction('rw', localChangeTables(db), async () => {
    const result: ImportResult = { drafts: 0, items: 0, files: 0, foreign: submissions.length - mine.length };
    for (const base of file.bases) {
      if (!(await db.bases.get([base.table, base.id]))) await db.bases.put(base);
    }
    for (const submission of mine) {
      if (await db.submissions.get(submission.id)) continue;
      await db.submissions.add(submission);
      const fields = withoutServerFields(submission);
      await recordChange(db, { table: 'submissions', id: submission.id, op: 'upsert', fields }, at);
      result.drafts++;
    }
    for (const item of items) {
      if (await db.items.get(item.id)) continue;
      await db.items.add(item);
      await recordChange(db, { table: 'items', id: item.id, op: 'upsert', fields: withoutLocal(item) }, at);
      result.items++;
    }
    for (const blob of blobs) {
      if (await db.attachments.get(blob.sha256)) continue;
      await db.attachments.add(blob);
      result.files++;
    }
    return result;
  });
}

function withoutLocal(item: Record<string, unknown>): Record<string, unknown> {
  const { updatedAt: _updatedAt, ...record } = item;
  return record;
}

/** The file name the export is saved under, e.g. clearinghouse-drafts-BEN-2026-05-01.json. */
export const exportFileName = (file: ExportFile): string =>
  `${EXPORT_FORMAT}-${file.entityId || 'device'}-${file.exportedAt.slice(0, 10)}.json`;
