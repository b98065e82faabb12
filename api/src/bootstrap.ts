import type { Config } from './config.ts';
import { openDatabase, type Db, type PostgresOptions } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadKeyring } from './services/keyring.ts';
import { entitiesRepo } from './db/repositories/entities.ts';
import { createHash } from 'node:crypto';
import { referenceDataRepo, treatyEventsRepo } from './db/repositories/treaty-events.ts';
import { loadTreatyDataset, readTreatyFiles, type TreatyFiles } from './reference/treaty-dataset.ts';

export interface Storage {
  db: Db;
  close(): Promise<void>;
}

/** Opens the configured storage and brings its schema up to date. */
export async function openStorage(config: Config, options: Pick<PostgresOptions, 'onIdleError'> = {}): Promise<Storage> {
  // Attachments and the encryption key stay files under DATA_DIR with either database.
  const { db } = openDatabase(config, options);
  // a migration may rewrite confidential values: it opens and seals them with the same key as the app
  await migrateToLatest(db, { keyring: loadKeyring(config.dataDir) });
  return { db, close: () => db.destroy() };
}

/** The version of the treaty dataset: a digest of the files the app loads. */
export const treatyDatasetVersion = (files: TreatyFiles) =>
  createHash('sha256')
    .update(JSON.stringify(Object.entries(files).sort()))
    .digest('hex');

/**
 * Loads the reference data: States missing from the database (a name or group the Secretariat corrected is
 * never overwritten), and, when the treaty dataset changed since the last load, its events in place of
 * the previous reference events, in one transaction. The Secretariat's own events, and reference events
 * it corrected, are kept whatever the dataset says.
 */
export async function loadReferenceData(db: Db, now: () => Date, files: TreatyFiles = readTreatyFiles()) {
  const { entities, events } = loadTreatyDataset(files);
  const version = treatyDatasetVersion(files);
  const at = now().toISOString();
  return db.transaction().execute(async (trx) => {
    const added = await entitiesRepo(trx).insertMissing(entities, at);
    const loaded = referenceDataRepo(trx);
    if ((await loaded.version('treaty')) === version) return { entitiesAdded: added.length, eventsLoaded: 0 };
    await treatyEventsRepo(trx).replaceReference(events, at);
    await loaded.record('treaty', version, at);
    return { entitiesAdded: added.length, eventsLoaded: events.length };
  });
}
