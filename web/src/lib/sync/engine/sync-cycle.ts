/**
 * One sync cycle, in the contract's order: upload files → push the outbox → queued transmissions →
 * pull until up to date. Any step's failure ends the cycle; the next one starts again from the top,
 * which is safe because every step is idempotent (hash-addressed blobs, mids, cursor).
 */
import { NetworkError } from '$lib/api/errors.ts';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { claimDevice, type DeviceOwner } from '$lib/db/device-owner.ts';
import { META } from '$lib/db/meta.ts';
import type { AttachmentFailure, UploadObserver } from './attachments-step.ts';
import { clientIdFor } from './meta.ts';
import { OtherAccountDataError } from './sync-failure.ts';
import { pullAll } from './pull-step.ts';
import type { PushSummary } from './push-step.ts';
import type { Transport } from '../transport.ts';

export interface CycleResult {
  pushed: number;
  rejected: number;
  conflicts: number;
  pulled: number;
  transmitted: number;
  attachmentFailures: AttachmentFailure[];
  at: string;
}

export async function runCycle(
  db: ClearinghouseDb,
  transport: Transport,
  user: DeviceOwner,
  now: () => Date = () => new Date(),
  onUploadProgress?: UploadObserver,
): Promise<CycleResult> {
  if (!(await claimDevice(db, user, { handOver: true }))) throw new OtherAccountDataError();
  const clientId = await clientIdFor(db);
  const attachmentFailures = await uploadAttachments(db, transport, onUploadProgress);
  const push = await pushOutbox(db, transport, clientId);
  const intents = await processIntents(db, transport);
  const pull = await pullAll(db, transport);
  const at = now().toISOString();
  await db.meta.put({ key: META.lastSyncAt, value: at });
  return {
    pushed: push.sent,
    rejected: push.rejected,
    conflicts: push.conflicts,
    pulled: pull.changes,
    transmitted: intents.transmitted,
    attachmentFailures,
    at,
  };
}

// Most cycles have no file to upload, nothing to push and no transmission queued: the code of those
// steps (and the push answer's schema) is fetched only when there is work for it, so a workspace's
// first load, whose first cycle only pulls, does not carry it (docs/performance.md).

/**
 * A step's code, fetched when needed. Fetching it can fail like any request (offline on a page the
 * service worker does not control, a dropped connection): that is a network failure, retried with the
 * others, not a server error; nothing was taken from the outbox yet.
 */
async function stepCode<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error), false, { cause: error });
  }
}

async function pushOutbox(db: ClearinghouseDb, transport: Transport, clientId: string): Promise<PushSummary> {
  // The states push-step's takeBatch sends: `pending`, and `sending` left by a failed request.
  if ((await db.outbox.where('state').anyOf('pending', 'sending').count()) === 0) return { sent: 0, rejected: 0, conflicts: 0 };
  return (await stepCode(() => import('./push-step.ts'))).pushOutbox(db, transport, clientId);
}

async function uploadAttachments(db: ClearinghouseDb, transport: Transport, onProgress?: UploadObserver): Promise<AttachmentFailure[]> {
  if ((await db.attachments.where('uploaded').equals(0).count()) === 0) return [];
  return (await stepCode(() => import('./attachments-step.ts'))).uploadAttachments(db, transport, onProgress);
}

async function processIntents(db: ClearinghouseDb, transport: Transport): Promise<{ transmitted: number; failed: number }> {
  if ((await db.intents.count()) === 0) return { transmitted: 0, failed: 0 };
  return (await stepCode(() => import('../transmit/intents-step.ts'))).processIntents(db, transport);
}
