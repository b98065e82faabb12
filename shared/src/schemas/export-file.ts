/**
 * The export file: one JSON file holding an entity's drafts, their elements, the server versions they
 * were based on and the attachments' bytes (base64). A focal point's app writes it ("Export my drafts")
 * and reads it back on another device ("Import"); the Secretariat reads it on the receive page and sends
 * its records to POST /api/submissions/import, which accepts the file as it is (submission-import.ts
 * takes the parts it knows).
 */
import * as v from 'valibot';
import { changeSchema, type Change } from '../sync/pull.ts';
import { upgradeItem } from './item-upgrade.ts';
import type { Attachment } from './attachment.ts';
import type { Item } from './item.ts';
import type { Submission } from './submission.ts';

export const EXPORT_FORMAT = 'clearinghouse-drafts';
/** 1: the first format. A reader refuses a file of a later version. */
export const EXPORT_VERSION = 1;

/*
 * Records keep every field they carry (looseObject): the readers check a record where they use it, like
 * any change (the device's import, the server's), so a bad element is named there rather than the whole
 * file refused here. Only the keys the readers go by are required.
 */
const exportedSubmissionSchema = v.looseObject({
  id: v.string(),
  entityId: v.optional(v.string()),
  title: v.optional(v.nullable(v.string())),
  cycleId: v.optional(v.nullable(v.string())),
  language: v.optional(v.string()),
});

/** A file saved by an older app holds items in the first questionnaire's shapes: upgraded, never dropped. */
const exportedItemSchema = v.pipe(
  v.looseObject({ id: v.string(), submissionId: v.string(), category: v.string() }),
  // upgradeItem rewrites old fields only: the keys checked above come back as they were
  v.transform((item) => upgradeItem(item) as typeof item),
);

const exportedBaseSchema = v.pipe(
  changeSchema,
  v.transform((base) => (base.table === 'items' && base.record ? { ...base, record: upgradeItem(base.record) } : base)),
);

/** An attachment's metadata as the elements name it, and its bytes in base64. */
const exportedAttachmentSchema = v.looseObject({
  sha256: v.string(),
  name: v.optional(v.string()),
  type: v.optional(v.string()),
  size: v.optional(v.number()),
  addedAt: v.optional(v.string()),
  data: v.string(),
});

/** What a reader accepts: this format up to this version, each part a list of records as above. */
export const exportFileSchema = v.looseObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.maxValue(EXPORT_VERSION, 'made by a newer version')),
  exportedAt: v.optional(v.string()),
  entityId: v.optional(v.string(), ''),
  submissions: v.array(exportedSubmissionSchema),
  items: v.array(exportedItemSchema),
  bases: v.array(exportedBaseSchema),
  attachments: v.array(exportedAttachmentSchema),
});

/** An export file as read: checked by `exportFileSchema`, old items upgraded. */
export type ReceivedFile = v.InferOutput<typeof exportFileSchema>;

/** Reads parsed JSON as an export file, or says why it is not one (for the log: people see one message). */
export function readExportFile(data: unknown): { ok: true; file: ReceivedFile } | { ok: false; reason: string } {
  const read = v.safeParse(exportFileSchema, data);
  if (read.success) return { ok: true, file: read.output };
  const issue = read.issues[0];
  const path = v.getDotPath(issue);
  if (!path || path === 'format') return { ok: false, reason: 'not an export' };
  if (path === 'version' && issue.type === 'max_value') return { ok: false, reason: 'made by a newer version' };
  return { ok: false, reason: `${path}: ${issue.message}` };
}

/** An export file as the app writes it: every field a reader may find missing in another file, present. */
// a type, not an interface: the reader's schema has an index signature an interface would not meet
export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** The entity whose drafts these are; '' on a device not yet linked to one. */
  entityId: string;
  submissions: Submission[];
  /** `updatedAt`: the device's last local change, kept so the drafts list orders alike after import. */
  items: (Item & { updatedAt?: string })[];
  bases: Change[];
  /** Each attachment as elements name it, when it was added, and its bytes in base64. */
  attachments: (Attachment & { addedAt: string; data: string })[];
};

/*
 * The export file behind a passphrase: AES-GCM with a key derived by PBKDF2-SHA-256 (the web app's
 * drafts/export-crypto.ts seals and opens it). Only the envelope is checked here; a wrong passphrase or
 * an altered part shows when decryption fails.
 */
export const ENCRYPTED_EXPORT_FORMAT = 'clearinghouse-drafts-encrypted';

export const encryptedExportSchema = v.object({
  format: v.literal(ENCRYPTED_EXPORT_FORMAT),
  version: v.literal(1),
  kdf: v.object({ name: v.literal('PBKDF2'), hash: v.literal('SHA-256'), iterations: v.number(), salt: v.string() }),
  cipher: v.object({ name: v.literal('AES-GCM'), iv: v.string() }),
  data: v.string(),
});
export type EncryptedExport = v.InferOutput<typeof encryptedExportSchema>;

/** The envelope of a passphrase-protected export, or null when the value is not one. */
export const readEncryptedExport = (data: unknown): EncryptedExport | null => {
  const read = v.safeParse(encryptedExportSchema, data);
  return read.success ? read.output : null;
};
