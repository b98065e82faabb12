/**
 * What the indicator says, decided in one pure function: the user's next action first (sign in,
 * update), then what is happening, then what is waiting. A queued transmission is named on its own:
 * "Offline" alone would hide that a submission is waiting to reach the Secretariat.
 */
import type { LocalSyncSummary } from './local-summary.ts';
import type { SyncFailure } from '../engine/sync-failure.ts';
import type { UploadProgress } from '../engine/attachments-step.ts';

/** What is still to go: changes not yet accepted by the server, and transmissions queued. */
export interface Outstanding {
  waiting: number;
  transmissions: number;
}

export type SyncView =
  | { state: 'update-app' | 'sign-in' | 'other-account' | 'up-to-date' }
  | ({ state: 'syncing'; upload: UploadProgress | null } & Outstanding)
  | ({ state: 'offline' | 'waiting' } & Outstanding)
  | ({ state: 'error'; failure: SyncFailure } & Outstanding);

export function syncView(input: {
  online: boolean;
  running: boolean;
  failure: SyncFailure | null;
  local: LocalSyncSummary;
  upload?: UploadProgress | null;
}): SyncView {
  const { online, running, failure, local } = input;
  const outstanding: Outstanding = { waiting: local.waiting, transmissions: local.pendingIntents };
  if (failure?.kind === 'update-app' || failure?.kind === 'sign-in' || failure?.kind === 'other-account') return { state: failure.kind };
  if (!online) return { state: 'offline', ...outstanding };
  if (running) return { state: 'syncing', upload: uploading(input.upload ?? null), ...outstanding };
  if (failure) return { state: 'error', failure, ...outstanding };
  if (local.waiting > 0 || local.pendingIntents > 0) return { state: 'waiting', ...outstanding };
  return { state: 'up-to-date' };
}

/** The last file fully sent is no longer news while the changes are pushed after it. */
function uploading(upload: UploadProgress | null): UploadProgress | null {
  if (!upload) return null;
  return upload.sent >= upload.total && upload.index === upload.count ? null : upload;
}
