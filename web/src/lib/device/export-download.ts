/**
 * "Export my drafts" from the sign-out warning: drafting's export (export-import.ts), saved as a file,
 * sealed with a passphrase when one is given (export-crypto.ts), as the Settings page does.
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { getDb } from '$lib/db/instance.ts';
import { saveBlob } from '$lib/format/download.ts';
import { ownerOf } from '$lib/drafts/drafting.ts';
import { encryptExport } from '$lib/drafts/export-crypto.ts';
import { exportDrafts, exportFileName } from '$lib/drafts/export-import.ts';
import type { SessionUser } from '$lib/state/session-user.ts';

/** How many elements on this device are confidential or hold a confidential field. */
export const countConfidentialItems = (db: ClearinghouseDb = getDb()) =>
  db.items.filter((i) => i.confidential === true || (i.confidentialFields?.length ?? 0) > 0).count();

/** Downloads the user's drafts as one JSON file; resolves to the number of drafts in it. */
export async function downloadDraftsExport(user: SessionUser, passphrase?: string): Promise<number> {
  const file = await exportDrafts(getDb(), ownerOf(user));
  const text = JSON.stringify(file);
  const body = passphrase ? await encryptExport(text, passphrase) : text;
  saveBlob(new Blob([body], { type: 'application/json' }), exportFileName(file));
  return file.submissions.length;
}
