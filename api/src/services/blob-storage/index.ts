import type { Config } from '../../config.ts';
import { dialectOf, type Db } from '../../db/connection.ts';
import { databaseBlobStorage } from '../../db/database-blob-storage.ts';
import { diskBlobStorage } from './disk.ts';
import { s3ObjectStore } from './object-store.ts';
import type { BlobStorage } from './types.ts';

export * from './types.ts';
export { diskBlobPath } from './disk.ts';

/**
 * The attachment storage the configuration asks for: on disk under DATA_DIR with SQLite (one process);
 * in the database with PostgreSQL, so any number of API instances can serve any request; in an
 * S3-compatible object store when BLOB_URL names one (uploads in progress stay in the database). Files
 * stored on disk before stay readable from DATA_DIR/blobs.
 */
export function openBlobStorage(config: Pick<Config, 'dataDir' | 'blobUrl'>, db: Db, now?: () => Date): BlobStorage {
  const legacy = diskBlobStorage(config.dataDir);
  if (config.blobUrl) return databaseBlobStorage(db, { now, legacy, objects: s3ObjectStore(config.blobUrl) });
  return dialectOf(db) === 'postgres' ? databaseBlobStorage(db, { now, legacy }) : legacy;
}
