/**
 * Kysely's SQLite driver keeps one connection behind a mutex: while one request's transaction is open
 * (a push holds it across its awaits, and gives the event loop back every 20 ms), every other query
 * waits, reads included, so under load a pull or a session check queued behind each push in turn.
 * SQLite in WAL mode lets readers run beside the one writer, each on the last committed state. This
 * driver therefore has two connections to the same file:
 *
 * - the writer, behind a mutex: every transaction (BEGIN IMMEDIATE, so a transaction that reads first
 *   and writes later cannot fail with SQLITE_BUSY against the admin command line), every statement
 *   that may write, and every raw `sql` statement (pragmas included);
 * - a read-only reader for a query built by Kysely's select builder outside a transaction, which runs
 *   at once on the committed state and never waits for an open transaction.
 *
 * Both keep their prepared statements: preparing every query anew was the largest single cost of a
 * push before (docs/performance.md). An in-memory database has no second connection (another one
 * would open a different, empty database): everything goes to the writer.
 */
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';

/** Prepared statements kept per connection; beyond it the cache starts again (the app has ~300 queries). */
const STATEMENT_CACHE_SIZE = 1000;

class StatementCache {
  readonly #statements = new Map<string, SQLite.Statement>();
  constructor(readonly database: SQLite.Database) {}
  get(sql: string): SQLite.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.clear();
      statement = this.database.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}

function run(statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return {
    numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
    insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
    rows: [],
  };
}

class Mutex {
  #tail: Promise<void> = Promise.resolve();
  /** Resolves with the function that releases the lock, once every earlier holder has released it. */
  lock(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const acquired = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return acquired;
  }
}

class RoutedConnection implements DatabaseConnection {
  /** Set while this connection holds the writer for a transaction. */
  release: (() => void) | null = null;
  constructor(private readonly driver: TwoConnectionSqliteDriver) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return (await this.driver.execute(this, query)) as QueryResult<R>;
  }

  // eslint-disable-next-line require-yield -- streaming is not used by this application
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported by this SQLite driver.');
  }
}

export class TwoConnectionSqliteDriver implements Driver {
  readonly #writer: StatementCache;
  readonly #reader: StatementCache | null;
  readonly #writeLock = new Mutex();

  constructor(writer: SQLite.Database, reader: SQLite.Database | null) {
    this.#writer = new StatementCache(writer);
    this.#reader = reader ? new StatementCache(reader) : null;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this);
  }

  async execute(connection: RoutedConnection, query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (connection.release) return run(this.#writer.get(query.sql), query.parameters);
    if (this.#reader && SelectQueryNode.is(query.query)) {
      const statement = this.#reader.get(query.sql);
      if (statement.readonly) return run(statement, query.parameters);
    }
    const release = await this.#writeLock.lock();
    try {
      return run(this.#writer.get(query.sql), query.parameters);
    } finally {
      release();
    }
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    const release = await this.#writeLock.lock();
    try {
      this.#writer.database.exec('begin immediate');
    } catch (error) {
      release();
      throw error;
    }
    routed.release = release;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.#end(connection as RoutedConnection, 'commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.#end(connection as RoutedConnection, 'rollback');
  }

  #end(connection: RoutedConnection, statement: 'commit' | 'rollback'): void {
    const release = connection.release;
    try {
      // A failed COMMIT (SQLITE_BUSY, a full disk) leaves the transaction open: Kysely then rolls back.
      this.#writer.database.exec(statement);
      connection.release = null;
      release?.();
    } catch (error) {
      if (!this.#writer.database.inTransaction) {
        connection.release = null;
        release?.();
      }
      throw error;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    // Kysely always ends a transaction before releasing its connection; never keep the writer locked.
    if (routed.release) {
      if (this.#writer.database.inTransaction) this.#writer.database.exec('rollback');
      routed.release();
      routed.release = null;
    }
  }

  async destroy(): Promise<void> {
    this.#reader?.database.close();
    this.#writer.database.close();
  }
}

export class TwoConnectionSqliteDialect implements Dialect {
  constructor(
    private readonly writer: SQLite.Database,
    private readonly reader: SQLite.Database | null,
  ) {}
  createDriver(): Driver {
    return new TwoConnectionSqliteDriver(this.writer, this.reader);
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler();
  }
  createAdapter() {
    return new SqliteAdapter();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
