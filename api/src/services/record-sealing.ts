import { allowedItemFields, isCategory, publicItemFields, type SyncTable } from '@clearinghouse/shared';
import type { Keyring } from './keyring.ts';

export type FullRecord = Record<string, unknown>;
/** A field of an open record that the record schemas make text, or null when absent. */
export const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Always stored in the clear: what the server needs to route, order and filter a record. */
const STRUCTURAL = ['id', 'submissionId', 'category', 'position', 'confidential', 'confidentialFields'];

/**
 * An element with no confidentiality marker set and only fields of its category: the public projection
 * would show every field (the markers are kept as structural), so there is nothing to seal and no need
 * to build the projection (a deep copy) to find that out.
 */
function hidesNothing(record: FullRecord): boolean {
  const { category, confidential, confidentialFields } = record;
  if (confidential !== undefined && confidential !== false) return false;
  if (confidentialFields !== undefined && !(Array.isArray(confidentialFields) && confidentialFields.length === 0)) return false;
  if (!isCategory(category)) return false;
  const allowed = allowedItemFields(category);
  return Object.keys(record).every((key) => allowed.has(key) || STRUCTURAL.includes(key));
}

/**
 * Splits a record for storage: what the public projection would show stays readable; every other value
 * (a confidential element's content, a confidential field) is sealed with the keyring. Using the
 * projection itself means the storage split and the public view can never disagree.
 */
export function sealRecord(keyring: Keyring, table: SyncTable, record: FullRecord): { doc: string; sealed: string | null } {
  if (table !== 'items' || hidesNothing(record)) return { doc: JSON.stringify(record), sealed: null };
  // The public projection's fields, without copying their values (the text below is written at once).
  const open: FullRecord = {};
  for (const key of publicItemFields(record) ?? []) open[key] = record[key];
  for (const key of STRUCTURAL) if (key in record) open[key] = record[key];
  const secret: FullRecord = {};
  for (const [key, value] of Object.entries(record)) if (!(key in open)) secret[key] = value;
  return { doc: JSON.stringify(open), sealed: Object.keys(secret).length ? keyring.seal(JSON.stringify(secret)) : null };
}

export function openRecord(keyring: Keyring, doc: string, sealed: string | null): FullRecord {
  const open = JSON.parse(doc) as FullRecord;
  return sealed ? { ...open, ...(JSON.parse(keyring.open(sealed)) as FullRecord) } : open;
}
