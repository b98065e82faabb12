import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { create as createTar } from 'tar';
import type { Config } from '../../config.ts';
import { openDatabase, openSqlite } from '../../db/connection.ts';
import { withDbRowSource } from '../../db/table-copy.ts';
import { sealedValuesByKey } from '../key-rotation.ts';
import { openBlobStorage } from '../blob-storage/index.ts';
import { exportAttachments, listAttachments, linkOrCopy } from './attachments.ts';
import { BLOBS_DIR, MANIFEST, SQLITE_FILE, TABLES_DIR, type Manifest } from './manifest.ts';
import { writeTableFiles } from './table-files.ts';

/**
 * `pnpm cli backup --out FILE`: one gzipped tar with manifest.json, the database and the attachments,
 * taken while the server runs. SQLite: the online backup API (a consistent copy page by page);
 * PostgreSQL: every table as JSON Lines, read in one transaction (a consistent snapshot; writers wait
 * for it). The attachments are listed after the database is copied, so every attachment the copy
 * refers to is in the archive. The encryption key is never put in it.
 */
export async function createBackup(config: Config, out: string): Promise<Manifest> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), '.clearinghouse-backup-'));
  try {
    const manifest = config.databaseUrl ? await stagePostgres(config, staging) : await stageSqlite(config, staging);
    const attachments = config.databaseUrl ? await stageStoredAttachments(config, staging) : stageDiskAttachments(config, staging);
    const full: Manifest = {
      ...manifest,
      attachments: { count: attachments.length, bytes: attachments.reduce((n, a) => n + a.size, 0) },
    };
    writeFileSync(join(staging, MANIFEST), JSON.stringify(full, null, 2));
    const entries = [MANIFEST, full.database === 'sqlite-file' ? SQLITE_FILE : TABLES_DIR, ...(attachments.length ? [BLOBS_DIR] : [])];
    const partial = `${target}.partial`;
    await createTar({ gzip: true, file: partial, cwd: staging, portable: true }, entries);
    renameSync(partial, target);
    return full;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

type Staged = Omit<Manifest, 'attachments'>;

/** SQLite's attachments are files: linked into the archive's folder, not copied, when possible. */
function stageDiskAttachments(config: Config, staging: string) {
  const attachments = listAttachments(join(config.dataDir, BLOBS_DIR));
  for (const a of attachments) {
    mkdirSync(join(staging, BLOBS_DIR, a.sha256.slice(0, 2)), { recursive: true });
    linkOrCopy(a.path, join(staging, BLOBS_DIR, a.sha256.slice(0, 2), a.sha256));
  }
  return attachments;
}

/** PostgreSQL's attachments live in the database (or, from before, on disk): written out as files. */
async function stageStoredAttachments(config: Config, staging: string) {
  const { db } = openDatabase(config);
  try {
    return await exportAttachments(db, openBlobStorage(config, db), join(staging, BLOBS_DIR));
  } finally {
    await db.destroy();
  }
}

export class NothingToBackUpError extends Error {}

async function stageSqlite(config: Config, staging: string): Promise<Staged> {
  const file = join(config.dataDir, SQLITE_FILE);
  if (!existsSync(file)) {
    throw new NothingToBackUpError(`There is no database in ${config.dataDir} (set DATA_DIR, or DATABASE_URL for PostgreSQL).`);
  }
  const live = new SQLite(file, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(join(staging, SQLITE_FILE));
  } finally {
    live.close();
  }
  // Describe the copy, not the live file, which may have moved on meanwhile.
  const { db } = openSqlite(staging);
  try {
    const described = await withDbRowSource(db, async (s) => ({ migrations: s.migrations, tables: s.tables, counts: await s.counts() }));
    return {
      ...header('sqlite', 'sqlite-file'),
      ...described,
      keyIds: Object.keys(await sealedValuesByKey(db)).sort(),
    };
  } finally {
    await db.destroy();
    rmSync(join(staging, `${SQLITE_FILE}-wal`), { force: true });
    rmSync(join(staging, `${SQLITE_FILE}-shm`), { force: true });
  }
}

async function stagePostgres(config: Config, staging: string): Promise<Staged> {
  const { db } = openDatabase(config);
  try {
    const described = await withDbRowSource(db, async (s) => {
      await writeTableFiles(s, join(staging, TABLES_DIR));
      return { migrations: s.migrations, tables: s.tables, counts: await s.counts() };
    });
    return { ...header('postgresql', 'table-files'), ...described, keyIds: Object.keys(await sealedValuesByKey(db)).sort() };
  } finally {
    await db.destroy();
  }
}

const header = (storage: Manifest['storage'], database: Manifest['database']) => ({
  format: 'clearinghouse-backup' as const,
  version: 1 as const,
  createdAt: new Date().toISOString(),
  storage,
  database,
});
