/**
 * The Secretariat's inbox read from the local copy that sync fills (docs/web-data-contract.md), so it
 * opens offline: pull gives the Secretariat every submission from the moment it is transmitted, with
 * its items, confidential parts included. Another user's leftovers on a shared device are not shown.
 */
import { comparePositions, isReturnedForCorrection, type Submission } from '@clearinghouse/shared';
import type { ClearinghouseDb } from '$lib/db/database.ts';
import type { LocalItem } from '$lib/db/rows.ts';

export const RECEIVED_STATUSES = ['transmitted', 'acknowledged', 'published'] as const;

export interface ReceivedSubmission {
  submission: Submission;
  itemCount: number;
  confidentialCount: number;
}

export type LocalRead<T> = { kind: 'ok'; value: T } | { kind: 'other-user' };

async function belongsTo(db: ClearinghouseDb, userId: string): Promise<boolean> {
  const known = await db.meta.get('userId');
  return !known || known.value === userId;
}

/** An element with anything confidential in it: the whole element, or some of its fields. */
export const hasConfidential = (item: LocalItem): boolean =>
  item.confidential === true || (Array.isArray(item.confidentialFields) && item.confidentialFields.length > 0);

/**
 * Received submissions, newest transmission first: transmitted, acknowledged and published ones, and
 * those returned for correction (a draft again, with the Secretariat's message) that wait for the entity.
 */
export async function listReceived(db: ClearinghouseDb, userId: string): Promise<LocalRead<ReceivedSubmission[]>> {
  if (!(await belongsTo(db, userId))) return { kind: 'other-user' };
  const submissions = await db.submissions
    .where('status')
    .anyOf([...RECEIVED_STATUSES, 'draft'])
    .filter((s) => s.status !== 'draft' || isReturnedForCorrection(s))
    .toArray();
  const rows = await Promise.all(
    submissions.map(async (submission) => {
      const items = await db.items.where('submissionId').equals(submission.id).toArray();
      return { submission, itemCount: items.length, confidentialCount: items.filter(hasConfidential).length };
    }),
  );
  rows.sort((a, b) => (b.submission.transmittedAt ?? '').localeCompare(a.submission.transmittedAt ?? ''));
  return { kind: 'ok', value: rows };
}

export interface SubmissionWithItems {
  submission: Submission;
  items: LocalItem[];
}

/** One submission and its items in their document order; null when this device does not hold it. */
export async function readSubmission(db: ClearinghouseDb, userId: string, id: string): Promise<LocalRead<SubmissionWithItems | null>> {
  if (!(await belongsTo(db, userId))) return { kind: 'other-user' };
  const submission = await db.submissions.get(id);
  if (!submission) return { kind: 'ok', value: null };
  const items = await db.items.where('submissionId').equals(id).toArray();
  items.sort((a, b) => comparePositions(a.position ?? '', b.position ?? ''));
  return { kind: 'ok', value: { submission, items } };
}

/** An entity's submissions held on this device: the offline fallback of its history. */
export async function localSubmissionsOf(db: ClearinghouseDb, entityId: string): Promise<Submission[]> {
  const list = await db.submissions.where('entityId').equals(entityId).toArray();
  return list.sort((a, b) => (b.transmittedAt ?? '').localeCompare(a.transmittedAt ?? ''));
}
