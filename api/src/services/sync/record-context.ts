import type { Mutation } from '@clearinghouse/shared';
import type { StorageStatus, StoredRecord } from '../../db/repositories/records.ts';
import type { RecordAccess } from './batch-records.ts';
import type { SessionUser } from '../../http/env.ts';

export type Refusal = {
  refused: { code: 'not-found' | 'forbidden' | 'validation-failed' | 'submission-locked'; message: string; field?: string };
};
export interface RecordContext {
  entityId: string;
  submissionId: string;
  submissionStatus: StorageStatus;
  category: string | null;
}

const refuse = (code: Refusal['refused']['code'], message: string, field?: string): Refusal => ({ refused: { code, message, field } });
const NOT_FOUND = 'This record does not exist, or you may not see it.';

/**
 * Where a pushed record belongs (entity, submission, category) and whether this user may write it:
 * only a focal point of the record's entity, only while its submission is a draft. A record of
 * another entity is answered as not found, never as forbidden, so its existence is not revealed.
 */
export async function resolveRecordContext(
  records: Pick<RecordAccess, 'get'>,
  user: SessionUser,
  m: Mutation,
  current: StoredRecord | null,
): Promise<RecordContext | Refusal> {
  if (current && current.entityId !== user.entityId) return refuse('not-found', NOT_FOUND);
  const fields = m.fields ?? {};
  if ('id' in fields && fields.id !== m.id) return refuse('validation-failed', 'id must equal the mutation id.', 'id');

  if (m.table === 'submissions') {
    if (current) {
      if ('entityId' in fields && fields.entityId !== current.entityId)
        return refuse('validation-failed', 'entityId cannot change.', 'entityId');
      return { entityId: current.entityId, submissionId: m.id, submissionStatus: current.submissionStatus, category: null };
    }
    if (m.op === 'delete') return { entityId: user.entityId ?? '', submissionId: m.id, submissionStatus: 'draft', category: null };
    if (!('entityId' in fields)) return refuse('validation-failed', 'entityId is required for a new submission.', 'entityId');
    if (fields.entityId !== user.entityId) return refuse('forbidden', 'You may only create submissions for your own entity.', 'entityId');
    return { entityId: fields.entityId as string, submissionId: m.id, submissionStatus: 'draft', category: null };
  }

  const submissionId = current?.submissionId ?? fields.submissionId;
  if (current && 'submissionId' in fields && fields.submissionId !== current.submissionId) {
    return refuse('validation-failed', 'An element cannot move to another submission.', 'submissionId');
  }
  const category = (current?.record.category as string | undefined) ?? (fields.category as string | undefined) ?? null;
  if (current && 'category' in fields && fields.category !== current.record.category) {
    return refuse('validation-failed', 'An element cannot change category; create a new one instead.', 'category');
  }
  if (typeof submissionId !== 'string') {
    if (m.op === 'delete') return { entityId: user.entityId ?? '', submissionId: '', submissionStatus: 'draft', category };
    return refuse('validation-failed', 'submissionId is required for a new element.', 'submissionId');
  }
  const parent = await records.get('submissions', submissionId);
  if (!parent || parent.entityId !== user.entityId)
    return refuse('not-found', 'The submission of this element does not exist, or you may not see it.');
  if (!current && m.op === 'upsert' && !category) return refuse('validation-failed', 'category is required for a new element.', 'category');
  return { entityId: parent.entityId, submissionId, submissionStatus: parent.submissionStatus, category };
}

export const isRefusal = (x: RecordContext | Refusal): x is Refusal => 'refused' in x;
