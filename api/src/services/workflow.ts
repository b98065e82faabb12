import { checkTransmittable, PUBLIC_ACCESS, projectSubmission, type Item, type Submission, type SubmissionStatus } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { publicationsRepo } from '../db/repositories/publications.ts';
import { recordsRepo, type StoredRecord } from '../db/repositories/records.ts';
import type { SessionUser } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import type { Keyring } from './keyring.ts';

const TRANSITIONS: Record<'transmit' | 'acknowledge' | 'publish', SubmissionStatus[]> = {
  transmit: ['draft'],
  acknowledge: ['transmitted'],
  publish: ['transmitted', 'acknowledged', 'published'],
};

/** May this user know the submission exists? Focal points: their entity's. Secretariat: once transmitted. */
export function canSee(user: SessionUser, s: StoredRecord) {
  if (s.deleted) return false;
  if (user.role === 'focal_point') return s.entityId === user.entityId;
  if (user.role === 'secretariat') return s.submissionStatus !== 'draft';
  return false;
}

/**
 * The submission lifecycle the server alone drives: draft → transmitted → acknowledged → published.
 * Each step writes a new version of the submission and re-sequences its records, so every reader's
 * next pull carries the change.
 */
export function workflowService(db: Db, keyring: Keyring, now: () => Date) {
  const step = async (user: SessionUser, id: string, action: keyof typeof TRANSITIONS, to: SubmissionStatus, extra: (items: StoredRecord[], s: StoredRecord, trx: Db) => Promise<Partial<Submission>>) =>
    db.transaction().execute(async (trx) => {
      const records = recordsRepo(trx, keyring);
      const s = await records.get('submissions', id);
      if (!s || !canSee(user, s)) throw notFound('This submission');
      if (!TRANSITIONS[action].includes(s.submissionStatus)) {
        throw new HttpError(409, 'conflict', `This submission is ${s.submissionStatus}; it cannot be ${action === 'transmit' ? 'transmitted' : action === 'acknowledge' ? 'acknowledged' : 'published'} now.`);
      }
      const items = await records.itemsOf(id);
      const at = now().toISOString();
      const record = { ...s.record, ...(await extra(items, s, trx)), status: to, updatedAt: at };
      await records.write({ table: 'submissions', id, entityId: s.entityId, submissionId: id, version: s.version + 1, deleted: false, record, submissionStatus: to, userId: user.id, clientId: null, at });
      await records.setSubmissionStatus(id, to);
      return record as Submission;
    });

  return {
    transmit: (user: SessionUser, id: string) =>
      step(user, id, 'transmit', 'transmitted', async (items, s) => {
        const problems = checkTransmittable(s.record as Submission, items.map((i) => i.record as unknown as Item));
        if (problems.length) throw new HttpError(422, 'validation-failed', 'Every element needs a title before the submission can be transmitted.', problems);
        return { transmittedAt: now().toISOString(), returnMessage: null };
      }),
    acknowledge: (user: SessionUser, id: string) => step(user, id, 'acknowledge', 'acknowledged', async () => ({ acknowledgedAt: now().toISOString() })),
    publish: (user: SessionUser, id: string) =>
      step(user, id, 'publish', 'published', async (items, s, trx) => {
        const at = now().toISOString();
        const submission = { ...s.record, status: 'published', publishedAt: at } as Submission;
        const projected = projectSubmission(submission, items.map((i) => i.record), PUBLIC_ACCESS);
        await publicationsRepo(trx).publish({ submissionId: s.id, entityId: s.entityId, cycleId: submission.cycleId ?? null, submission: projected.submission, items: projected.items, at, by: user.id });
        return { publishedAt: at };
      }),
  };
}
