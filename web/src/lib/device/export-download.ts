/** "Export my drafts" from the sign-out warning: drafting's export (export-import.ts), saved as a file. */
import { getDb } from '$lib/db/instance.ts';
import { ownerOf } from '$lib/drafts/drafting.ts';
import { exportDrafts, exportFileName } from '$lib/drafts/export-import.ts';
import type { SessionUser } from '$lib/state/session-user.ts';

/** Downloads the user's drafts as one JSON file; resolves to the number of drafts in it. */
export async function downloadDraftsExport(user: SessionUser): Promise<number> {
  const file = await exportDrafts(getDb(), ownerOf(user));
  const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: exportFileName(file) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.submissions.length;
}
