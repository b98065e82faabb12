/**
 * THE projection: every read path (pull, public API, search index, exports, feeds, attachment checks,
 * the publication preview and the published copy) passes records through here, so the confidentiality
 * rule exists once. The server decides the reader's access; this decides what that access shows.
 *
 * Public projection fails closed: markers it cannot read hide the whole element, and only fields the
 * category declares are copied, so a field added to a record but not to the descriptors never leaks.
 */
import { allowedItemFields, isCategory } from './schemas/category-fields.ts';
import { PUBLIC_SUBMISSION_FIELDS } from './schemas/submission.ts';
import { cloneJson, isPlainObject } from './json.ts';

/** full: a focal point of the record's own entity, or the Secretariat. public: everyone else. */
export type Reader = { access: 'full' } | { access: 'public' };
export const FULL_ACCESS: Reader = { access: 'full' };
export const PUBLIC_ACCESS: Reader = { access: 'public' };

const CONFIDENTIALITY_MARKERS = new Set(['confidential', 'confidentialFields']);

/**
 * The fields of an item the public may see, in the item's order; null when it may not see the item at
 * all. The public projection is exactly these fields, copied (the server's sealing splits by them).
 */
export const publicItemFields = (item: object): string[] | null => {
  if (!isPlainObject(item)) return null;
  const { category, confidential, confidentialFields } = item;
  if (confidential !== undefined && confidential !== false) return null; // true, or anything unreadable
  if (confidentialFields !== undefined && !(Array.isArray(confidentialFields) && confidentialFields.every((f) => typeof f === 'string'))) {
    return null;
  }
  if (!isCategory(category)) return null;
  const hidden = new Set<string>(confidentialFields ?? []);
  const allowed = allowedItemFields(category);
  return Object.keys(item).filter((k) => allowed.has(k) && !hidden.has(k) && !CONFIDENTIALITY_MARKERS.has(k));
};

/** The item as `reader` may see it, as a new object; null when the reader may not see it at all. */
export const projectItem = <T extends object>(item: T, reader: Reader): Partial<T> | null => {
  if (reader.access === 'full') return cloneJson(item);
  const fields = publicItemFields(item);
  if (!fields) return null;
  const record = item as Record<string, unknown>;
  return cloneJson(Object.fromEntries(fields.map((k) => [k, record[k]]))) as Partial<T>;
};

/** The items `reader` may see, each projected; hidden elements are left out. */
export const projectItems = <T extends object>(items: readonly T[], reader: Reader): Partial<T>[] =>
  items.flatMap((item) => {
    const projected = projectItem(item, reader);
    return projected ? [projected] : [];
  });

/** A submission and its items as `reader` may see them. The public sees an allow-list of fields only. */
export const projectSubmission = <S extends object, T extends object>(
  submission: S,
  items: readonly T[],
  reader: Reader,
): { submission: Partial<S>; items: Partial<T>[] } => {
  const visible =
    reader.access === 'full'
      ? submission
      : Object.fromEntries(Object.entries(submission).filter(([k]) => PUBLIC_SUBMISSION_FIELDS.has(k as never)));
  return { submission: cloneJson(visible) as Partial<S>, items: projectItems(items, reader) };
};

/** The attachment hashes a public reader may download: those of what the public projection keeps. */
export const publicAttachmentHashes = (items: readonly object[]): Set<string> => {
  const hashes = new Set<string>();
  for (const item of projectItems(items, PUBLIC_ACCESS)) {
    const attachments = (item as { attachments?: unknown }).attachments;
    if (!Array.isArray(attachments)) continue;
    for (const a of attachments) if (isPlainObject(a) && typeof a.sha256 === 'string') hashes.add(a.sha256);
  }
  return hashes;
};
