/** The record tables that sync carries. */
import * as v from 'valibot';

export const SYNC_TABLES = ['submissions', 'items'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];
export const syncTableSchema = v.picklist(SYNC_TABLES, `must be one of: ${SYNC_TABLES.join(', ')}`);

/** A record version: 1 for the first write, +1 per write, on the server. */
export const versionSchema = v.pipe(
  v.number('must be a number'),
  v.safeInteger('must be a whole number'),
  v.minValue(1, 'must be at least 1'),
);
