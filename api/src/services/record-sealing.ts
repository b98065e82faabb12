import { PUBLIC_ACCESS, projectItem, type SyncTable } from '@clearinghouse/shared';
import type { Keyring } from './keyring.ts';

export type FullRecord = Record<string, unknown>;

/** Always stored in the clear: what the server needs to route, order and filter a record. */
const STRUCTURAL = ['id', 'submissionId', 'category', 'position', 'confidential', 'confidentialFields'];

/**
 * Splits a record for storage: what the public projection would show stays readable; every other value
 * (a confidential element's content, a confidential field) is sealed with the keyring. Using the
 * projection itself means the storage split and the public view can never disagree.
 */
export function sealRecord(keyring: Keyring, table: SyncTable, record: FullRecord): { doc: string; sealed: string | null } {
  if (table !== 'items') return { doc: JSON.stringify(record), sealed: null };
  const visible = (projectItem(record, PUBLIC_ACCESS) ?? {}) as FullRecord;
  const open: FullRecord = { ...visible };
  for (const key of STRUCTURAL) if (key in record) open[key] = record[key];
  const secret: FullRecord = {};
  for (const [key, value] of Object.entries(record)) if (!(key in open)) secret[key] = value;
  return { doc: JSON.stringify(open), sealed: Object.keys(secret).length ? keyring.seal(JSON.stringify(secret)) : null };
}

export function openRecord(keyring: Keyring, doc: string, sealed: string | null): FullRecord {
  const open = JSON.parse(doc) as FullRecord;
  return sealed ? { ...open, ...(JSON.parse(keyring.open(sealed)) as FullRecord) } : open;
}
