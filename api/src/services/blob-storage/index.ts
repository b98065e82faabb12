import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { dialectOf, type Db } from '../../db/connection.ts';
import { databaseBlobStorage } from './database.ts';
import { diskBlobStorage } from './disk.ts';
import type { BlobStorage } from './types.ts';

export * from './types.ts';
export { diskBlobPath } from './disk.ts';

/**
 * The attachment storage the configuration asks for: on disk under DATA_DIR with SQLite (one process);
 * in the database with PostgreSQL, so any number of API instances can serve any request. Files a
 * PostgreSQL deployment stored on disk before stay readable from DATA_DIR/blobs.
 */
export function openBlobStorage(config: Pick<Config, 'dataDir'>, db: Db, now?: () => Date): BlobStorage {
  const disk = diskBlobStorage(config.dataDir);
  return dialectOf(db) === 'postgres' ? databaseBlobStorage(db, now, disk) : disk;
}

export const blobsDir = (dataDir: string) => join(dataDir, 'blobs');
