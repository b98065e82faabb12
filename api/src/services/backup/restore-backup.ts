import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import * as v from 'valibot';
import { extract } from 'tar';
import type { Config } from '../../config.ts';
import { openDatabase, openSqlite, type Db } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { blobsRepo } from '../../db/repositories/blobs.ts';
import { copyInto, countDifferences, countRows, TargetNotEmptyError, withDbRowSource } from '../../db/table-copy.ts';
import { configuredKeyIds, loadKeyring } from '../keyring.ts';
import { openBlobStorage } from '../blob-storage/index.ts';
import { listAttachments, moveAttachments, sha256Of, storeAttachments } from './attachments.ts';
import { BLOBS_DIR, MANIFEST, manifestSchema, SQLITE_FILE, TABLES_DIR, type Manifest } from './manifest.ts';
import { tableFilesSource } from './table-files.ts';

export class RestoreRefusedError extends Error {}

export interface RestoreReport {
  manifest: Manifest;
  counts: Record<string, number>;
  /** Key ids the backup's confidential values need, and whether the configured key set covers them. */
  keys: { needed: string[]; configured: string[]; missing: string[] };
}

/**
 * `pnpm cli restore --from FILE` into an empty DATA_DIR (SQLite) or an empty database (DATABASE_URL).
 * Every attachment is checked against its hash and every table's row count against the manifest before
 * anything is put in place; the database is brought up to this release's migrations afterwards.
 */
export async function restoreBackup(config: Config, from: string): Promise<RestoreReport> {
  const archive = resolve(from);
  if (!existsSync(archive)) throw new RestoreRefusedError(`There is no backup at ${archive}.`);
  if (!config.databaseUrl) refuseUsedDataDir(config.dataDir);
  mkdirSync(config.dataDir, { recursive: true });
  // Extracted inside DATA_DIR so that putting files in place is a rename, not a copy.
  const staging = mkdtempSync(join(config.dataDir, '.restore-'));
  try {
    await extract({ file: archive, cwd: staging, strict: true });
    const manifest = readManifest(staging);
    const unknown = manifest.migrations.filter((m) => !(m in migrations));
    if (unknown.length) {
      throw new RestoreRefusedError(
        `This backup was taken by a newer release (migration ${unknown.join(', ')}): restore it with that release.`,
      );
    }
    const attachments = listAttachments(join(staging, BLOBS_DIR));
    for (const a of attachments) {
      if ((await sha256Of(a.path)) !== a.sha256) throw new RestoreRefusedError(`Attachment ${a.sha256} in the backup is damaged.`);
    }
    if (attachments.length !== manifest.attachments.count) {
      throw new RestoreRefusedError(`The backup lists ${manifest.attachments.count} attachments but holds ${attachments.length}.`);
    }

    const counts =
      manifest.database === 'sqlite-file' && !config.databaseUrl
        ? await restoreSqliteFile(staging, config.dataDir, manifest)
        : await restoreByCopy(staging, config, manifest);
    await placeAttachments(config, attachments);

    const keys = configuredKeyIds(config.dataDir);
    const configured = [keys.current, ...keys.old].filter((k): k is string => !!k);
    return {
      manifest,
      counts,
      keys: { needed: manifest.keyIds, configured, missing: manifest.keyIds.filter((k) => !configured.includes(k)) },
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Into the storage the restored deployment uses: files under DATA_DIR, or the PostgreSQL database. */
async function placeAttachments(config: Config, attachments: { sha256: string; path: string; size: number }[]) {
  if (!config.databaseUrl) return moveAttachments(attachments, join(config.dataDir, BLOBS_DIR));
  const { db } = openDatabase(config);
  try {
    await storeAttachments(attachments, openBlobStorage(config, db));
    const stored = await blobsRepo(db).contentsStored();
    if (stored < attachments.length) throw new RestoreRefusedError(`Only ${stored} of ${attachments.length} attachments were stored.`);
  } finally {
    await db.destroy();
  }
}

function refuseUsedDataDir(dataDir: string) {
  const used = [SQLITE_FILE, BLOBS_DIR].filter((f) => existsSync(join(dataDir, f)) && !(f === BLOBS_DIR && isEmptyTree(join(dataDir, f))));
  if (used.length) {
    throw new TargetNotEmptyError(
      `${dataDir} already holds ${used.join(' and ')}: restore into an empty DATA_DIR (a secret.key alone is fine).`,
    );
  }
}

const isEmptyTree = (dir: string): boolean =>
  readdirSync(dir, { withFileTypes: true }).every((e) => e.isDirectory() && isEmptyTree(join(dir, e.name)));

function readManifest(staging: string): Manifest {
  const path = join(staging, MANIFEST);
  if (!existsSync(path)) throw new RestoreRefusedError('This file is not a clearinghouse backup (no manifest.json).');
  const parsed = v.safeParse(manifestSchema, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new RestoreRefusedError('This backup has a manifest this release does not understand.');
  return parsed.output;
}

function checkCounts(manifest: Manifest, counts: Record<string, number>) {
  const differences = countDifferences(manifest.counts, counts);
  if (differences.length) throw new RestoreRefusedError(`The restored database does not match the backup: ${differences.join('; ')}.`);
}

/** SQLite into SQLite: the file itself, checked, moved into place, then migrated forward if older. */
async function restoreSqliteFile(staging: string, dataDir: string, manifest: Manifest) {
  const file = join(staging, SQLITE_FILE);
  const check = new SQLite(file, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new RestoreRefusedError(`The database in the backup is damaged (${String(result)}).`);
  } finally {
    check.close();
  }
  // Counted before it is put in place: a copy that does not match never lands in DATA_DIR.
  const staged = openSqlite(staging);
  let counts: Record<string, number>;
  try {
    counts = await countRows(staged.db, manifest.tables);
  } finally {
    await staged.db.destroy();
  }
  checkCounts(manifest, counts);
  renameSync(file, join(dataDir, SQLITE_FILE));
  const { db } = openSqlite(dataDir);
  try {
    await migrateToLatest(db, { keyring: keyringIfConfigured(dataDir) });
    return counts;
  } finally {
    await db.destroy();
  }
}

/**
 * Into PostgreSQL (or table files into SQLite): the target is migrated to the backup's release, the rows
 * are copied in one transaction, the counts compared, then the target is migrated to this release.
 */
async function restoreByCopy(staging: string, config: Config, manifest: Manifest) {
  const { db: target } = openDatabase(config);
  const atBackup = Object.fromEntries(manifest.migrations.map((m) => [m, migrations[m]!]));
  try {
    await migrateToLatest(target, { list: atBackup });
    if (manifest.database === 'table-files') {
      await copyInto(target, tableFilesSource(join(staging, TABLES_DIR), manifest.tables, manifest.migrations), {
        expected: manifest.counts,
      });
    } else {
      const { db: source } = openSqlite(staging);
      try {
        await withDbRowSource(source, (s) => copyInto(target, s, { expected: manifest.counts }));
      } finally {
        await source.destroy();
      }
    }
    const counts = await countRows(target, manifest.tables);
    checkCounts(manifest, counts);
    await migrateToLatest(target, { keyring: keyringIfConfigured(config.dataDir) });
    return counts;
  } finally {
    await (target as Db).destroy();
  }
}

/** A later migration may reseal confidential values: it gets the key when one is configured (never made here). */
function keyringIfConfigured(dataDir: string) {
  return configuredKeyIds(dataDir).current ? loadKeyring(dataDir) : undefined;
}
