/**
 * One sync cycle, in the contract's order: upload files → push the outbox → queued transmissions →
 * pull until up to date. Any step's failure ends the cycle; the next one starts again from the top,
 * which is safe because every step is idempotent (hash-addressed blobs, mids, cursor).
 */
import type { ClearinghouseDb } from '$lib/db/database.ts';
import { claimDevice, type DeviceOwner } from '$lib/db/device-owner.ts';
import { META } from '$lib/db/meta.ts';
import { uploadAttachments, type AttachmentFailure, type UploadObserver } from './attachments-step.ts';
import { processIntents } from '../transmit/intents-step.ts';
import { clientIdFor } from './meta.ts';
import { OtherAccountDataError } from './sync-failure.ts';
import { pullAll } from './pull-step.ts';
import { pushOutbox } from './push-step.ts';
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
