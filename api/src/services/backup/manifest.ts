import * as v from 'valibot';

/** manifest.json, the first entry of every backup archive: what it holds and what it needs to be restored. */
export const manifestSchema = v.object({
  format: v.literal('clearinghouse-backup'),
  version: v.literal(1),
  createdAt: v.string(),
  /** The engine the backup was taken from. */
  storage: v.picklist(['sqlite', 'postgresql']),
  /** `sqlite-file`: clearinghouse.sqlite (SQLite's online backup); `table-files`: tables/<name>.jsonl. */
  database: v.picklist(['sqlite-file', 'table-files']),
  migrations: v.array(v.string()),
  tables: v.array(v.string()),
  counts: v.record(v.string(), v.number()),
  /** The encryption keys that sealed its confidential values: the archive never holds a key. */
  keyIds: v.array(v.string()),
  attachments: v.object({ count: v.number(), bytes: v.number() }),
});
export type Manifest = v.InferOutput<typeof manifestSchema>;

export const MANIFEST = 'manifest.json';
export const SQLITE_FILE = 'clearinghouse.sqlite';
export const TABLES_DIR = 'tables';
export const BLOBS_DIR = 'blobs';
