/**
 * A submission as it stood at one of its versions: the submission record of that version and each of
 * its elements as last written at or before that moment (elements deleted by then left out). The
 * review compares two such snapshots, so a corrected submission is re-read in minutes.
 */
import { comparePositions } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { recordsRepo } from '../db/repositories/records.ts';
import type { SessionUser } from '../http/env.ts';
import type { Keyring } from './keyring.ts';
import type { FullRecord } from './record-sealing.ts';

export interface VersionSnapshot {
  version: number;
  at: string;
  submission: FullRecord;
  items: FullRecord[];
}

/**
 * Whether `user` may read this version. A focal point reads its own entity's; the Secretariat reads
 * what it was sent: versions past the draft, and a draft returned for correction (which it sees live
 * too), never a first draft being written.
 */
export function mayReadVersion(user: SessionUser, record: FullRecord, entityId: string): boolean {
  if (user.role === 'focal_point') return user.entityId === entityId;
  if (user.role !== 'secretariat') return false;
  const returned = typeof record.returnMessage === 'string' && record.returnMessage !== '';
  return (record.status ?? 'draft') !== 'draft' || returned;
}

type Written = { at: string; seq: number | null };
/** Whether `v` was written no later than `moment`: by change sequence, by time for older versions. */
const writtenBy = (v: Written, moment: Written) => (v.seq !== null && moment.seq !== null ? v.seq <= moment.seq : v.at <= moment.at);

export async function versionSnapshot(db: Db, keyring: Keyring, submissionId: string, version: number): Promise<VersionSnapshot | null> {
  const records = recordsRepo(db, keyring);
  const history = await records.versions('submissions', submissionId);
  const chosen = history.find((v) => v.version === version && !v.deleted);
  if (!chosen) return null;
  const items: FullRecord[] = [];
  for (const id of await records.itemIdsEverIn(submissionId)) {
    const then = (await records.versions('items', id)).filter((v) => writtenBy(v, chosen)).pop();
    if (then && !then.deleted) items.push(then.record);
  }
  items.sort((a, b) => comparePositions(String(a.position ?? ''), String(b.position ?? '')));
  return { version, at: chosen.at, submission: chosen.record, items };
}
