/**
 * What changed between two versions of a submission: elements added and removed, and for the others
 * and the submission itself, each field whose value differs. Bookkeeping fields (ids, positions,
 * versions, the submission's workflow status and dates) are left out: a reviewer re-reads content.
 */
import type { VersionSnapshot } from '@clearinghouse/shared';

export type Rec = Record<string, unknown>;

export type { VersionSnapshot };

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface VersionDiff {
  added: Rec[];
  removed: Rec[];
  changed: { item: Rec; fields: FieldChange[] }[];
  submission: FieldChange[];
}

/** Never content: record plumbing. */
const ITEM_IGNORED = new Set(['id', 'submissionId', 'entityId', 'position', 'version', 'updatedAt', 'createdAt']);
/** The submission's workflow fields move with every step: the review shows them elsewhere. */
const SUBMISSION_IGNORED = new Set([
  ...ITEM_IGNORED,
  'status',
  'transmittedAt',
  'acknowledgedAt',
  'publishedAt',
  'returnMessage',
  'returnedAt',
]);

/** Values compared as JSON with object keys sorted, so key order alone is never a change. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Rec).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  ) ?? 'undefined';

const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

export function fieldChanges(before: Rec, after: Rec, ignored: ReadonlySet<string> = ITEM_IGNORED): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !ignored.has(f)).sort();
  return fields
    .filter((field) => !(isBlank(before[field]) && isBlank(after[field])) && canonical(before[field]) !== canonical(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

export function diffVersions(older: VersionSnapshot, newer: VersionSnapshot): VersionDiff {
  const olderById = new Map(older.items.map((item) => [String(item.id), item]));
  const newerIds = new Set(newer.items.map((item) => String(item.id)));
  const changed: VersionDiff['changed'] = [];
  for (const item of newer.items) {
    const was = olderById.get(String(item.id));
    if (!was) continue;
    const fields = fieldChanges(was, item);
    if (fields.length) changed.push({ item, fields });
  }
  return {
    added: newer.items.filter((item) => !olderById.has(String(item.id))),
    removed: older.items.filter((item) => !newerIds.has(String(item.id))),
    changed,
    submission: fieldChanges(older.submission, newer.submission, SUBMISSION_IGNORED),
  };
}

export const isEmptyDiff = (diff: VersionDiff): boolean =>
  !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.submission.length;
