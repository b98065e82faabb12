import { createHash } from 'node:crypto';
import {
  upgradeItem,
  validateItemPatch,
  validateSubmissionPatch,
  withoutServerFields,
  type FieldError,
  type SubmissionImportBody,
} from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { blobsRepo } from '../db/repositories/blobs.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { recordsRepo } from '../db/repositories/records.ts';
import type { SessionUser } from '../http/env.ts';
import { HttpError } from '../http/http-error.ts';
import { BLOB_MAX_BYTES, type BlobStorage } from './blob-storage/index.ts';
import type { Keyring } from './keyring.ts';

/** The server sets these itself (a file carries the device's copies): dropped, like empty values. */
const clean = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(withoutServerFields(r)).filter(([, v]) => v !== undefined));

/**
 * Information received by other channels: a file exported by a focal point's app (handed over on a USB
 * stick), or a submission the Secretariat enters from a note verbale on paper. Records are recognised by
 * their ids, so importing the same file twice creates nothing the second time. What is imported counts
 * as received: it arrives `transmitted`.
 */
export async function importSubmissions(
  db: Db,
  keyring: Keyring,
  store: BlobStorage,
  user: SessionUser,
  received: SubmissionImportBody,
  now: () => Date,
) {
  // a file saved by an older app holds items in the first questionnaire's shapes
  const file = { ...received, items: received.items.map((i) => upgradeItem(i)) };
  const errors: FieldError[] = [];
  const entities = entitiesRepo(db);
  for (const [i, s] of file.submissions.entries()) {
    const check = validateSubmissionPatch(clean(s), { partial: false, origin: 'server' });
    if (!check.ok) errors.push(...check.details.map((d) => ({ ...d, field: `submissions[${i}].${d.field}` })));
    else if (!(await entities.get(String(s.entityId))))
      errors.push({ field: `submissions[${i}].entityId`, message: `There is no entity "${String(s.entityId)}".` });
  }
  const submissionIds = new Set(file.submissions.map((s) => s.id));
  for (const [i, item] of file.items.entries()) {
    const check = validateItemPatch(item.category, clean(item), { partial: false });
    if (!check.ok) errors.push(...check.details.map((d) => ({ ...d, field: `items[${i}].${d.field}` })));
    if (!submissionIds.has(item.submissionId))
      errors.push({ field: `items[${i}].submissionId`, message: 'The element’s submission is not in the file.' });
  }
  const blobs: { sha256: string; type: string; bytes: Buffer }[] = [];
  for (const [i, a] of (file.attachments ?? []).entries()) {
    const bytes = Buffer.from(a.data, 'base64');
    if (bytes.length > BLOB_MAX_BYTES) errors.push({ field: `attachments[${i}]`, message: 'An attachment may be at most 25 MiB.' });
    else if (createHash('sha256').update(bytes).digest('hex') !== a.sha256)
      errors.push({ field: `attachments[${i}].sha256`, message: 'The attachment’s bytes do not match its SHA-256.' });
    else blobs.push({ sha256: a.sha256, type: a.type ?? 'application/octet-stream', bytes });
  }
  if (errors.length) throw new HttpError(422, 'validation-failed', 'The file has invalid records; nothing was imported.', errors);

  const at = now().toISOString();
  for (const b of blobs) {
    if ((await store.storeVerified(user.id, b.sha256, new Uint8Array(b.bytes), b.type)) !== 'mismatch')
      await blobsRepo(db).recordStored({ sha256: b.sha256, size: b.bytes.length, type: b.type, by: user.id, at });
  }

  return db.transaction().execute(async (trx) => {
    const records = recordsRepo(trx, keyring);
    const created = { submissions: 0, items: 0 };
    const skipped = { submissions: 0, items: 0 };
    for (const s of file.submissions) {
      const id = String(s.id);
      if (await records.get('submissions', id)) {
        skipped.submissions++;
        continue;
      }
      const record = { ...clean(s), status: 'transmitted', transmittedAt: at };
      await records.write({
        table: 'submissions',
        id,
        entityId: String(s.entityId),
        submissionId: id,
        version: 1,
        deleted: false,
        record,
        submissionStatus: 'transmitted',
        userId: user.id,
        clientId: null,
        at,
      });
      created.submissions++;
    }
    for (const item of file.items) {
      const id = String(item.id);
      const parent = await records.get('submissions', String(item.submissionId));
      if ((await records.get('items', id)) || !parent) {
        skipped.items++;
        continue;
      }
      await records.write({
        table: 'items',
        id,
        entityId: parent.entityId,
        submissionId: parent.id,
        version: 1,
        deleted: false,
        record: clean(item),
        submissionStatus: parent.submissionStatus,
        userId: user.id,
        clientId: null,
        at,
      });
      created.items++;
    }
    return { created: { ...created, files: blobs.length }, skipped };
  });
}
