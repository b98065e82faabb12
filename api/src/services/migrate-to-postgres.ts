import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openPostgres, openSqlite } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { blobsRepo } from '../db/repositories/blobs.ts';
import { copyInto, withDbRowSource } from '../db/table-copy.ts';
import { loadKeyring } from './keyring.ts';
import { listAttachments, storeAttachments } from './backup/attachments.ts';
import { openBlobStorage } from './blob-storage/index.ts';

export class MoveRefusedError extends Error {}

/**
 * `pnpm cli migrate-to-postgres --to URL`: copies the SQLite database of DATA_DIR into an empty
 * PostgreSQL database in one pass (one transaction on each side: the SQLite file is locked against
 * writers meanwhile, the PostgreSQL side appears whole or not at all) and compares every table's rows.
 * Records keep their change sequence numbers, so the devices' pull cursors stay valid, and the mutation
 * bookkeeping moves too, so a push resent after the move is still recognised. Attachments are copied
 * into the PostgreSQL database (where every API instance finds them) and counted; the key stays in
 * DATA_DIR (or CLEARINGHOUSE_KEY), and the files under DATA_DIR/blobs are left where they were.
 */
export async function migrateSqliteToPostgres(dataDir: string, url: string, onTable?: (table: string, rows: number) => void) {
  if (!/^postgres(ql)?:\/\//.test(url)) throw new MoveRefusedError('--to must be a postgres:// (or postgresql://) URL.');
  if (!existsSync(join(dataDir, 'clearinghouse.sqlite'))) {
    throw new MoveRefusedError(`There is no SQLite database in ${dataDir} to move (DATA_DIR names its folder).`);
  }
  const { db: source } = openSqlite(dataDir);
  const { db: target } = openPostgres(url, { max: 2 });
  try {
    // the server uses this DATA_DIR's key with either database: a migration that reseals values needs it
    const keyring = loadKeyring(dataDir);
    await migrateToLatest(source, { keyring });
    await migrateToLatest(target, { keyring });
    const copied = await withDbRowSource(source, async (s) => {
      const expected = await s.counts();
      const { target: found } = await copyInto(target, s, { expected, onTable });
      return { tables: s.tables, counts: found };
    });
    const files = listAttachments(join(dataDir, 'blobs'));
    await storeAttachments(files, openBlobStorage({ dataDir, blobUrl: process.env.BLOB_URL || null }, target));
    const stored = await blobsRepo(target).contentsStored();
    if (stored < files.length) throw new MoveRefusedError(`Only ${stored} of ${files.length} attachments reached PostgreSQL.`);
    onTable?.('attachments', files.length);
    return { ...copied, attachments: files.length };
  } finally {
    await source.destroy();
    await target.destroy();
  }
}
