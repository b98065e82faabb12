import {
  checkReadyToTransmit,
  PUBLIC_ACCESS,
  projectSubmission,
  type Item,
  type Submission,
  type SubmissionStatus,
} from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { publicationsRepo } from '../db/repositories/publications.ts';
import { recordsRepo, type StorageStatus, type StoredRecord } from '../db/repositories/records.ts';
import type { SessionUser } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import type { Keyring } from './keyring.ts';

export type WorkflowAction = 'transmit' | 'acknowledge' | 'publish' | 'return' | 'unpublish';

interface Step {
  from: StorageStatus[];
  /** The status the submission record shows (the protocol's four) and the one its records are filed under. */
  status: SubmissionStatus;
  storage: StorageStatus;
  verb: string;
}

const STEPS: Record<WorkflowAction, Step> = {
  transmit: { from: ['draft', 'returned'], status: 'transmitted', storage: 'transmitted', verb: 'transmitted' },
  acknowledge: { from: ['transmitted'], status: 'acknowledged', storage: 'acknowledged', verb: 'acknowledged' },
  publish: { from: ['transmitted', 'acknowledged', 'published'], status: 'published', storage: 'published', verb: 'published' },
  return: { from: ['transmitted', 'acknowledged'], status: 'draft', storage: 'returned', verb: 'returned for correction' },
  unpublish: { from: ['published'], status: 'acknowledged', storage: 'acknowledged', verb: 'unpublished' },
};

/** May this user know the submission exists? Focal points: their entity's. Secretariat: once transmitted. */
export function canSee(user: SessionUser, s: StoredRecord) {
  if (s.deleted) return false;
  if (user.role === 'focal_point') return s.entityId === user.entityId;
  if (user.role === 'secretariat') return s.submissionStatus !== 'draft';
  return false;
}

/**
 * The submission lifecycle the server alone drives: draft → transmitted → acknowledged → published,
 * with returns for correction and withdrawal of the public copy. Each step writes a new version of the
 * submission and re-sequences its records, so every reader's next pull carries the change.
 */
export function workflowService(db: Db, keyring: Keyring, now: () => Date) {
  const run = (
    user: SessionUser,
    id: string,
    action: WorkflowAction,
    extra: (items: StoredRecord[], s: StoredRecord, trx: Db) => Promise<Partial<Submission>>,
  ) =>
    db.transaction().execute(async (trx) => {
      const step = STEPS[action];
      const records = recordsRepo(trx, keyring);
      const s = await records.get('submissions', id);
      if (!s || !canSee(user, s)) throw notFound('This submission');
      if (!step.from.includes(s.submissionStatus)) {
        throw new HttpError(409, 'conflict', `This submission is ${s.submissionStatus}; it cannot be ${step.verb} now.`);
      }
      const items = await records.itemsOf(id);
      const at = now().toISOString();
      const record = { ...s.record, ...(await extra(items, s, trx)), status: step.status, updatedAt: at };
      await records.write({
        table: 'submissions',
        id,
        entityId: s.entityId,
        submissionId: id,
        version: s.version + 1,
        deleted: false,
        record,
        submissionStatus: step.storage,
        userId: user.id,
        clientId: null,
        at,
      });
      await records.setSubmissionStatus(id, step.storage);
      return record as Submission;
    });

  return {
    transmit: (user: SessionUser, id: string) =>
      run(user, id, 'transmit', async (items, s) => {
        const problems = checkReadyToTransmit(
          s.record as Submission,
          // Stored records were validated whole when written (apply-mutation.ts); the row type is plain JSON.
          items.map((i) => i.record as Item),
        );
        if (problems.length) {
          const titles = problems.some((p) => p.rule === 'title-required');
          const message = titles
            ? 'Every element needs a title, and its dates must be in order, before the submission can be transmitted.'
            : 'Some elements have dates out of order (an end before its start): correct them, then transmit again.';
          throw new HttpError(422, 'validation-failed', message, problems);
        }
        return { transmittedAt: now().toISOString(), returnMessage: null };
      }),
    acknowledge: (user: SessionUser, id: string) => run(user, id, 'acknowledge', async () => ({ acknowledgedAt: now().toISOString() })),
    publish: (user: SessionUser, id: string) =>
      run(user, id, 'publish', async (items, s, trx) => {
        const at = now().toISOString();
        const submission = { ...s.record, status: 'published', publishedAt: at } as Submission;
        const projected = projectSubmission(
          submission,
          items.map((i) => i.record),
          PUBLIC_ACCESS,
        );
        await publicationsRepo(trx).publish({
          submissionId: s.id,
          entityId: s.entityId,
          cycleId: submission.cycleId ?? null,
          submission: projected.submission,
          items: projected.items,
          at,
          by: user.id,
        });
        return { publishedAt: at };
      }),
    returnForCorrection: (user: SessionUser, id: string, message: string) =>
      run(user, id, 'return', async () => ({ returnMessage: message })),
    unpublish: (user: SessionUser, id: string) =>
      run(user, id, 'unpublish', async (_items, s, trx) => {
        await publicationsRepo(trx).unpublish(s.id, now().toISOString());
        return { publishedAt: null };
      }),
  };
}
