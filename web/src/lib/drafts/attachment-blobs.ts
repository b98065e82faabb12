/**
 * Attachment bytes: checked (type, size), hashed with SHA-256 and stored once per content, so the
 * same PDF attached twice costs its size once and sync uploads it by hash (PUT /api/blobs/{sha256}).
 */
import type { Attachment } from '@clearinghouse/shared';
import type { AttachmentRow } from '$lib/db/rows.ts';

export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** PDF, Word, OpenDocument text and common images; the extension decides when the browser gives no type. */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
const ACCEPTED_TYPES = new Set(Object.values(TYPES_BY_EXTENSION));

/** For `<input type=file accept>`: extensions and types both, as browsers match either. */
export const ACCEPT_ATTRIBUTE = [...Object.keys(TYPES_BY_EXTENSION).map((e) => `.${e}`), ...ACCEPTED_TYPES].join(',');

export interface StoredFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type FileProblem = { code: 'too-large'; size: number } | { code: 'refused-type'; type: string } | { code: 'empty' };

export class AttachmentRefusedError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`Attachment refused: ${problem.code}`);
    this.name = 'AttachmentRefusedError';
  }
}

/** The media type we record for a file, or null when it is not one we accept. */
export function acceptedTypeOf(file: Pick<StoredFile, 'name' | 'type'>): string | null {
  const type = file.type.toLowerCase();
  if (ACCEPTED_TYPES.has(type)) return type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  // Only trust the extension when the browser did not know the type (e.g. .odt on some systems).
  if (extension && (type === '' || type === 'application/octet-stream')) return TYPES_BY_EXTENSION[extension] ?? null;
  return null;
}

export function checkFile(file: StoredFile): FileProblem | null {
  if (file.size > MAX_ATTACHMENT_BYTES) return { code: 'too-large', size: file.size };
  if (file.size === 0) return { code: 'empty' };
  if (!acceptedTypeOf(file)) return { code: 'refused-type', type: file.type || file.name };
  return null;
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads and hashes the file, outside any transaction: IndexedDB commits a transaction as soon as it
 * waits on something else (such as crypto.subtle), so this must be done before one starts.
 */
export async function prepareAttachment(file: StoredFile, addedAt: string): Promise<{ attachment: Attachment; row: AttachmentRow }> {
  const problem = checkFile(file);
  if (problem) throw new AttachmentRefusedError(problem);
  const type = acceptedTypeOf(file)!;
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  const name = file.name.slice(0, 255) || 'attachment';
  return {
    attachment: { sha256, name, type, size: bytes.byteLength },
    row: { sha256, blob: new Blob([bytes], { type }), name, type, size: bytes.byteLength, addedAt, uploaded: 0 },
  };
}
