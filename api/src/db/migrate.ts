import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import { dialectOf, type Db } from './connection.ts';
import { migrationsWith } from './migrations/index.ts';
import type { Keyring } from '../services/keyring.ts';

class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly list: Record<string, Migration>) {}
  async getMigrations() {
    return this.list;
  }
}

export class MigrationError extends Error {}

/**
 * Applies every pending migration in order. Kysely's migrator refuses a database that has applied a
 * migration this code does not know (a newer release ran against it): we must not write to a schema
 * we do not understand, so startup stops with a clear message.
 */
export async function migrateToLatest(
  db: Db,
  { keyring, list = migrationsWith(keyring) }: { keyring?: Keyring; list?: Record<string, Migration> } = {},
) {
  const migrator = await migratorFor(db, list);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      message.includes('corrupted migrations')
        ? `This database was written by a newer or different version of the clearinghouse (${message}). Refusing to start.`
        : `Migration failed: ${message}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Which of this release's migrations the database has applied, and which it has not yet. */
export async function migrationStatus(db: Db, list: Record<string, Migration> = migrationsWith()) {
  const migrator = await migratorFor(db, list);
  const all = await migrator.getMigrations();
  return {
    applied: all.filter((m) => m.executedAt).map((m) => m.name),
    pending: all.filter((m) => !m.executedAt).map((m) => m.name),
  };
}

async function migratorFor(db: Db, list: Record<string, Migration>) {
  // On PostgreSQL the bookkeeping tables live in the schema the connection works in (search_path):
  // Kysely otherwise looks for them in every schema and may find another database's.
  const migrationTableSchema =
    dialectOf(db) === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  return new Migrator({
    db,
    provider: new StaticMigrationProvider(list),
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
}
