import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type TransactionSettings,
} from 'kysely';
import { consoleLogger } from '../logger.ts';
import type { Database } from './schema.ts';
import { registerSharedCommitDb } from './shared-commit.ts';
import { TwoConnectionSqliteDialect, TwoConnectionSqliteDriver } from './sqlite-driver.ts';
import { WalCheckpointer } from './wal-checkpointer.ts';

export type Db = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';

/** Which engine a Kysely instance talks to (migrations and the few dialect-specific queries branch on it). */
export const dialectOf = (db: Kysely<unknown> | Kysely<Database>): DialectName =>
  db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';

/**
 * Opens (creating if needed) the SQLite file under dataDir, or an in-memory database for tests.
 * `groupMaxAgeMs` changes how long pushes may gather for a shared commit (sqlite-driver.ts; the bench).
 */
export function openSqlite(
  location: string | ':memory:',
  options: { groupMaxAgeMs?: number } = {},
): { db: Db; sqlite: SQLite.Database; checkpointer: WalCheckpointer | null } {
  let file = location;
  if (location !== ':memory:') {
    mkdirSync(location, { recursive: true });
    file = join(location, 'clearinghouse.sqlite');
  }
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Reads built by Kysely's select builder run beside the writer on a read-only connection (sqlite-driver.ts).
  const reader = location === ':memory:' ? null : new SQLite(file, { readonly: true, fileMustExist: true });
  reader?.pragma('busy_timeout = 5000');
  // Checkpoints run in a worker thread, off the event loop (wal-checkpointer.ts).
  const checkpointer = location === ':memory:' ? null : new WalCheckpointer(sqlite, file);
  const driver = new TwoConnectionSqliteDriver(sqlite, reader, options.groupMaxAgeMs, checkpointer);
  const db = new Kysely<Database>({ dialect: new TwoConnectionSqliteDialect(driver) });
  registerSharedCommitDb(db, new Kysely<Database>({ dialect: new TwoConnectionSqliteDialect(driver.sharingView()) }));
  return { db, sqlite, checkpointer };
}

/**
 * The key of the advisory lock every PostgreSQL write transaction takes first (docs/decisions.md,
 * decision 2). Two ints: a constant for this application and the schema, so that databases living
 * side by side in separate schemas (the tests) do not wait on each other.
 */
const WRITE_LOCK = `select pg_advisory_xact_lock(1128809298, hashtext(current_schema()))`;

/**
 * Every transaction is a write transaction here (reads run outside them), and the change sequence
 * (`records.seq`) is assigned inside them as max(seq) + 1. SQLite serialises writers with BEGIN
 * IMMEDIATE; on PostgreSQL the same guarantee comes from one transaction-scoped advisory lock taken
 * before the first statement: a transaction that assigns a sequence number commits before the next one
 * can read max(seq), so a pull never sees a higher number before a lower one is committed.
 */
class SerialPostgresDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(WRITE_LOCK));
  }
}

class SerialPostgresDialect extends PostgresDialect {
  readonly #pool: pg.Pool;
  constructor(pool: pg.Pool) {
    super({ pool });
    this.#pool = pool;
  }
  override createDriver() {
    return new SerialPostgresDriver({ pool: this.#pool });
  }
}

/**
 * Type parsers for this application: counts (bigint, int8) and numeric come back as JavaScript numbers,
 * as better-sqlite3 returns them (every count here is far below 2^53). Other types keep pg's parsers.
 */
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8 || oid === NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** The schema to use instead of the URL's default search_path (the tests: one schema per context). */
  schema?: string;
  /** Connections in the pool (default 10). */
  max?: number;
  /** How long an unused connection stays open (default 10 s). */
  idleTimeoutMillis?: number;
  /** Told about an error on an idle connection (the server restarted, the network dropped it). */
  onIdleError?: (err: Error) => void;
}

/** Opens a pool on a PostgreSQL database (DATABASE_URL). Nothing is created until the first query. */
export function openPostgres(url: string, options: PostgresOptions = {}): { db: Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 10_000,
    types,
    allowExitOnIdle: true,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its connection (server restart) must not crash the process; the pool
  // replaces it, and the operator hears of it in the log (and the metrics, through index.ts).
  pool.on('error', options.onIdleError ?? ((err) => consoleLogger.error('database.idle-connection-error', describeDbError(err))));
  const db = new Kysely<Database>({ dialect: new SerialPostgresDialect(pool) });
  return { db, pool };
}

/** What may be logged of a driver error: its kind and PostgreSQL's error code and text, never the query. */
export const describeDbError = (err: Error & { code?: string }) => ({ error: err.name, code: err.code ?? null, message: err.message });

/** The storage the configuration names: PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR. */
export function openDatabase(
  config: { databaseUrl: string | null; dataDir: string },
  options: Pick<PostgresOptions, 'onIdleError'> = {},
): { db: Db; dialect: DialectName } {
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Error('DATABASE_URL must be a postgres:// (or postgresql://) URL; unset it to use SQLite under DATA_DIR.');
    }
    return { db: openPostgres(config.databaseUrl, options).db, dialect: 'postgres' };
  }
  return { db: openSqlite(config.dataDir).db, dialect: 'sqlite' };
}
