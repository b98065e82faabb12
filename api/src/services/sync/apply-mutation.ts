import {
  deepEqual,
  isListField,
  isLongText,
  planMutation,
  threeWayMerge,
  uuidv7,
  validateItemPatch,
  validateSubmissionPatch,
  type Category,
  type FieldError,
  type Mutation,
  type MutationResult,
} from '@clearinghouse/shared';
import type { conflictsRepo } from '../../db/repositories/conflicts.ts';
import type { mergedClientFieldsRepo } from '../../db/repositories/merged-client-fields.ts';
import { isEditable } from '../../db/repositories/records.ts';
import type { SessionUser } from '../../http/env.ts';
import type { FullRecord } from '../record-sealing.ts';
import type { RecordAccess } from './batch-records.ts';
import { isRefusal, resolveRecordContext, type RecordContext } from './record-context.ts';

export interface MutationDeps {
  records: RecordAccess;
  conflicts: ReturnType<typeof conflictsRepo>;
  /** What this device wrote into merged versions: its own latest values are its merge base. */
  mergedClientFields: Pick<ReturnType<typeof mergedClientFieldsRepo>, 'record' | 'since'>;
  user: SessionUser;
  clientId: string;
  at: string;
  /** Whether this account may name the attachment with this hash: it uploaded the bytes or may read them. */
  mayUseAttachment(sha256: string): Promise<boolean>;
}

const attachmentHashes = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .map((a) => (a && typeof a === 'object' ? (a as { sha256?: unknown }).sha256 : null))
        .filter((h): h is string => typeof h === 'string')
    : [];

/** Attachments the mutation adds that the element did not reference already and the account may not use. */
async function foreignAttachments(deps: MutationDeps, m: Mutation, current: FullRecord | undefined): Promise<string[]> {
  if (m.table !== 'items' || m.op !== 'upsert' || !m.fields || !('attachments' in m.fields)) return [];
  const known = new Set(attachmentHashes(current?.attachments));
  const foreign: string[] = [];
  for (const sha256 of new Set(attachmentHashes(m.fields.attachments)))
    if (!known.has(sha256) && !(await deps.mayUseAttachment(sha256))) foreign.push(sha256);
  return foreign;
}

const rejected = (mid: number, code: string, message: string, details?: FieldError[]): MutationResult => ({
  mid,
  status: 'rejected',
  error: details?.length ? { code, message, details } : { code, message },
});

function validateFields(m: Mutation, ctx: RecordContext, record: FullRecord, partial: boolean) {
  return m.table === 'items'
    ? validateItemPatch(ctx.category as Category, record, { partial })
    : validateSubmissionPatch(record, { partial, origin: partial ? 'client' : 'server' });
}

/**
 * Writes a new version of the mutation's record, and closes the conflicts it settles. `ownClient` marks a
 * version that is exactly this client's base plus its fields, so the client's local copy already equals
 * it (planMutation's ownLatestVersion). A merged version also holds other people's changes the client
 * has not seen yet: it must not count as the client's base.
 */
async function writeVersion(
  deps: MutationDeps,
  m: Mutation,
  ctx: RecordContext,
  v: { record: FullRecord; deleted: boolean; version: number; ownClient: boolean },
): Promise<number> {
  await deps.records.write({
    table: m.table,
    id: m.id,
    entityId: ctx.entityId,
    submissionId: ctx.submissionId,
    version: v.version,
    deleted: v.deleted,
    record: v.record,
    submissionStatus: ctx.submissionStatus,
    userId: deps.user.id,
    clientId: v.ownClient ? deps.clientId : null,
    at: deps.at,
  });
  if (m.resolves?.length) await deps.conflicts.resolve(m.resolves, m.id, deps.user.id, deps.at);
  return v.version;
}

/**
 * Applies one pushed mutation inside the caller's transaction and says what happened. Every outcome is
 * an answer (applied, merged, conflict, rejected); nothing is dropped, and a rejection writes nothing.
 */
export async function applyMutation(deps: MutationDeps, m: Mutation): Promise<MutationResult> {
  const { records, conflicts, user, clientId, at } = deps;
  const current = await records.get(m.table, m.id);
  const ctx = await resolveRecordContext(records, user, m, current);
  if (isRefusal(ctx)) {
    const { code, message, field } = ctx.refused;
    return rejected(m.mid, code, message, field ? [{ field, message }] : undefined);
  }
  if (!isEditable(ctx.submissionStatus)) {
    return rejected(
      m.mid,
      'submission-locked',
      'This submission has been transmitted to the Secretariat and can no longer be changed. Open an amendment instead.',
    );
  }
  // The record's fields with its id: the pushed fields themselves when they carry it (equal to the
  // mutation's, checked above; nothing here changes them in place), else a copy that adds it.
  const fields = m.fields && 'id' in m.fields ? m.fields : { ...(m.fields ?? {}), id: m.id };
  // A new element is checked whole once: when it passes, the field-by-field check (which only relaxes
  // which fields must be present) would pass too, and so would the check before writing it.
  const validNewItem = m.op === 'upsert' && !current && m.table === 'items' && validateFields(m, ctx, fields, false).ok;
  if (m.op === 'upsert') {
    const check = validNewItem ? { ok: true as const } : validateFields(m, ctx, fields, true);
    if (!check.ok) return rejected(m.mid, 'validation-failed', 'Some fields are not valid.', check.details);
    // Knowing a file's hash must not be a way to read it: the bytes have to come from this account.
    if ((await foreignAttachments(deps, m, current?.record)).length)
      return rejected(m.mid, 'validation-failed', 'An attached file has not been uploaded from this account.', [
        { field: 'attachments', message: 'Upload the file again from this device, then send the change.' },
      ]);
  }

  // The device's own latest version only matters when its base is behind the server's copy: it is read
  // from the history, so the common cases (a new record, an edit of the current version) skip it.
  const own =
    current && m.baseVersion !== current.version && !(m.baseVersion !== null && m.baseVersion > current.version)
      ? await records.ownLatestVersion(m.table, m.id, clientId)
      : null;
  const plan = planMutation(m.op, m.baseVersion, current ? { version: current.version, deleted: current.deleted } : null, own);
  switch (plan.action) {
    case 'reject':
      return rejected(
        m.mid,
        plan.code,
        plan.code === 'not-found' ? 'This record does not exist on the server.' : 'The base version is newer than the server’s copy.',
      );
    case 'noop':
      // "Keep theirs" on a record the other side deleted is a delete of what is already gone: nothing to
      // write, but the conflicts it settles must still close.
      if (current && m.resolves?.length) await conflicts.resolve(m.resolves, m.id, user.id, at);
      return current ? { mid: m.mid, status: 'applied', version: current.version } : { mid: m.mid, status: 'applied' };
    case 'conflict': {
      const id = uuidv7();
      const author = await records.authorOf(m.table, m.id, current!.version);
      await conflicts.insert({
        id,
        table: m.table,
        recordId: m.id,
        entityId: ctx.entityId,
        field: null,
        base: null,
        server: current!.deleted ? null : current!.record,
        client: m.op === 'delete' ? null : (m.fields ?? {}),
        userId: user.id,
        clientId,
        serverUserId: author.userId,
        serverClientId: author.clientId,
        at,
      });
      return { mid: m.mid, status: 'conflict', version: current!.version, conflictId: id, conflictIds: [id] };
    }
    case 'apply': {
      // A new record is `fields` itself (never changed in place: later mutations of the batch copy it).
      const next = m.op === 'delete' ? (current?.record ?? fields) : current ? { ...current.record, ...fields } : fields;
      if (m.op === 'upsert' && !validNewItem) {
        const whole = validateFields(m, ctx, next, false);
        if (!whole.ok) return rejected(m.mid, 'validation-failed', 'The record would not be valid.', whole.details);
      }
      return {
        mid: m.mid,
        status: 'applied',
        version: await writeVersion(deps, m, ctx, {
          record: next,
          deleted: m.op === 'delete',
          version: (current?.version ?? 0) + 1,
          ownClient: true,
        }),
      };
    }
    case 'merge': {
      // The base of each field is what this device last had of it: the version it started from, under
      // the values it wrote since into merged versions (which do not count as its base, see `write`).
      // Without them, taking back an edit the server merged would look like no change at all, and a
      // second edit of the field would conflict with the device's own first one.
      const started = plan.base === null ? {} : ((await records.getVersion(m.table, m.id, plan.base))?.record ?? {});
      const base = { ...started, ...(await deps.mergedClientFields.since(m.table, m.id, clientId, plan.base ?? 0)) };
      const isLong = (f: string) => m.table === 'items' && isLongText(ctx.category as Category, f);
      const isList = (f: string) => m.table === 'items' && isListField(ctx.category as Category, f);
      const { merged, conflicts: clashes } = threeWayMerge({ base, server: current!.record, client: fields, isLongText: isLong, isList });
      const whole = validateFields(m, ctx, merged, false);
      if (!whole.ok) return rejected(m.mid, 'validation-failed', 'The merged record would not be valid.', whole.details);
      const ids: string[] = [];
      const author = clashes.length ? await records.authorOf(m.table, m.id, current!.version) : null;
      for (const c of clashes) {
        const id = uuidv7();
        ids.push(id);
        await conflicts.insert({
          id,
          table: m.table,
          recordId: m.id,
          entityId: ctx.entityId,
          field: c.field,
          base: c.base ?? null,
          server: c.server ?? null,
          client: c.client ?? null,
          userId: user.id,
          clientId,
          serverUserId: author?.userId ?? null,
          serverClientId: author?.clientId ?? null,
          at,
        });
      }
      const changed = !deepEqual(merged, current!.record);
      const version = changed
        ? await writeVersion(deps, m, ctx, { record: merged, deleted: false, version: current!.version + 1, ownClient: false })
        : current!.version;
      // The device's copy now holds these values (a clashing field keeps the server's, pending the conflict).
      const clashing = new Set(clashes.map((c) => c.field));
      const held = Object.fromEntries(Object.entries(m.fields ?? {}).filter(([field]) => field !== 'id' && !clashing.has(field)));
      await deps.mergedClientFields.record(m.table, m.id, version, clientId, held);
      if (!changed && m.resolves?.length) await conflicts.resolve(m.resolves, m.id, user.id, at);
      return ids.length
        ? { mid: m.mid, status: 'conflict', version, conflictId: ids[0], conflictIds: ids }
        : { mid: m.mid, status: 'merged', version };
    }
  }
}
