import type { Config } from './config.ts';
import { openDatabase, type Db, type PostgresOptions } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { loadKeyring } from './services/keyring.ts';
import { entitiesRepo } from './db/repositories/entities.ts';
import { treatyEventsRepo } from './db/repositories/treaty-events.ts';
import { loadStatesParties } from './reference/states-parties.ts';

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

/**
 * Loads the reference data that is missing: the States of the fixture and their treaty events. An
 * entity or event the Secretariat has corrected is never overwritten by the fixture.
 */
export async function loadReferenceData(db: Db, now: () => Date) {
  const { entities, events } = loadStatesParties();
  const at = now().toISOString();
  const added = await entitiesRepo(db).insertMissing(entities, at);
  const events_ = treatyEventsRepo(db);
  const withEvents = await events_.entitiesWithEvents();
  const newEvents = events.filter((e) => !withEvents.has(e.entityId));
  await events_.insertMany(newEvents, at);
  return { entitiesAdded: added.length, eventsAdded: newEvents.length };
}
