/** Reading what the Secretariat picks: an export file (parsed and checked) or an original document (hashed, base64). */
import { AttachmentRefusedError, prepareAttachment, type FileProblem } from '$lib/drafts/attachment-blobs.ts';
import { bytesToBase64 } from '$lib/drafts/base64.ts';
import { ImportFormatError, parseExport } from '$lib/drafts/export-import.ts';
import type { ReceivedFile } from '@clearinghouse/shared';
import type { PaperOriginal } from './import-body.ts';

export type ReadFailure = { kind: 'format'; reason: string } | { kind: 'file'; problem: FileProblem };

export type ReadExport = { ok: true; file: ReceivedFile } | { ok: false; failure: ReadFailure };

/** The text of an export in clear (a protected file's once its passphrase has opened it). */
export function readExportText(text: string): ReadExport {
  try {
    return { ok: true, file: parseExport(text) };
  } catch (error) {
    if (error instanceof ImportFormatError) return { ok: false, failure: { kind: 'format', reason: error.message } };
    throw error;
  }
}

/** The original document: at most 25 MiB, a type the app accepts; SHA-256 computed with crypto.subtle. */
export async function readOriginal(file: File): Promise<{ ok: true; original: PaperOriginal } | { ok: false; failure: ReadFailure }> {
  try {
    const { attachment, row } = await prepareAttachment(file, new Date().toISOString());
    return { ok: true, original: { attachment, data: bytesToBase64(new Uint8Array(await row.blob.arrayBuffer())) } };
  } catch (error) {
    if (error instanceof AttachmentRefusedError) return { ok: false, failure: { kind: 'file', problem: error.problem } };
    throw error;
  }
}
