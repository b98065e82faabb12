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
 *
 * Group commit: with `synchronous=FULL` each COMMIT waits for an fsync, during which better-sqlite3
 * holds the event loop; a hundred devices pushing at once paid a hundred fsyncs one after the other.
 * A transaction begun on the database `sharedCommitDb(db)` returns runs in a savepoint of a shared
 * transaction instead.
 * When it ends, its savepoint is released (its effects kept; on failure rolled back to the savepoint, so
 * each stays all or nothing) and the COMMIT is left to one turn of the event loop later: the pushes
 * that arrive meanwhile run in the same transaction, and one COMMIT serves them all (at once past the
 * group's size or age limit). Each caller's commit resolves only once that COMMIT has returned, so
 * nothing is acknowledged before it is on disk; if it fails, every transaction of the group fails, and
 * their callers retry as after any failed commit. Any other use of the writer (a transaction not begun
 * that way, a write outside a transaction) first commits the open group, so it never joins work it did
 * not ask to share. Readers see the group's work once it is committed, as for any transaction.
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
  type TransactionSettings,
} from 'kysely';
import type { WalCheckpointer } from './wal-checkpointer.ts';

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

/** A group's limits: past either, the transaction ending commits even though others are waiting. */
const GROUP_MAX_TRANSACTIONS = 64;
/** How long a group may gather pushes before it commits (docs/performance.md: measured with bench/src/load.ts). */
export const GROUP_MAX_AGE_MS = 25;

/** The shared transaction: its members have ended and wait for its COMMIT. */
interface Group {
  began: number;
  size: number;
  /** Whether a commit of the group is already scheduled. */
  scheduled: boolean;
  waiting: { resolve: () => void; reject: (error: unknown) => void }[];
}

class RoutedConnection implements DatabaseConnection {
  /** Set while this connection holds the writer for a transaction. */
  release: (() => void) | null = null;
  /** Whether that transaction is a savepoint of the shared group. */
  shared = false;
  constructor(
    private readonly driver: TwoConnectionSqliteDriver,
    /** Whether its transactions may share their commit (a connection of the sharing view). */
    readonly sharesCommit: boolean,
  ) {}

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
  #group: Group | null = null;

  constructor(
    writer: SQLite.Database,
    reader: SQLite.Database | null,
    /** The group's age limit (the bench compares values; the server keeps the default). */
    readonly groupMaxAgeMs = GROUP_MAX_AGE_MS,
    /** Checkpoints the WAL off the event loop after commits (a file database; wal-checkpointer.ts). */
    private readonly checkpointer: WalCheckpointer | null = null,
  ) {
    this.#writer = new StatementCache(writer);
    this.#reader = reader ? new StatementCache(reader) : null;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this, false);
  }

  /**
   * The same connections, locks and group, seen by a second Kysely instance whose transactions may
   * share their commit (connection.ts registers it for `sharedCommitDb`). Destroying it closes nothing.
   */
  sharingView(): Driver {
    return {
      init: async () => {},
      acquireConnection: async () => new RoutedConnection(this, true),
      beginTransaction: (connection, settings) => this.beginTransaction(connection, settings),
      commitTransaction: (connection) => this.commitTransaction(connection),
      rollbackTransaction: (connection) => this.rollbackTransaction(connection),
      releaseConnection: (connection) => this.releaseConnection(connection),
      destroy: async () => {},
    };
  }

  #lockWriter(): Promise<() => void> {
    return this.#writeLock.lock();
  }

  /** Gives the writer back; an open group is committed by then, or its commit is scheduled. */
  #unlockWriter(release: () => void): void {
    try {
      if (this.#group && !this.#group.scheduled) {
        // One turn of the event loop later: the requests read meanwhile can still join this commit.
        this.#group.scheduled = true;
        setImmediate(() => void this.#flushGroup());
      }
    } finally {
      release();
    }
  }

  async #flushGroup(): Promise<void> {
    if (!this.#group) return;
    const release = await this.#lockWriter();
    try {
      this.#commitGroup();
    } finally {
      release();
    }
  }

  /** Commits the shared transaction and tells its members; on failure, rolls it back and fails them all. */
  #commitGroup(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = null;
    try {
      this.#writer.database.exec('commit');
    } catch (error) {
      if (this.#writer.database.inTransaction) this.#writer.database.exec('rollback');
      for (const member of group.waiting) member.reject(error);
      return;
    }
    this.checkpointer?.committed();
    for (const member of group.waiting) member.resolve();
  }

  /** After an error inside the group: when SQLite rolled the whole transaction back, its members' work is gone. */
  #checkGroupSurvived(error: unknown): void {
    if (!this.#group || this.#writer.database.inTransaction) return;
    const group = this.#group;
    this.#group = null;
    for (const member of group.waiting) member.reject(error);
  }

  async execute(connection: RoutedConnection, query: CompiledQuery): Promise<QueryResult<unknown>> {
    if (connection.release) return run(this.#writer.get(query.sql), query.parameters);
    if (this.#reader && SelectQueryNode.is(query.query)) {
      const statement = this.#reader.get(query.sql);
      if (statement.readonly) return run(statement, query.parameters);
    }
    const release = await this.#lockWriter();
    try {
      this.#commitGroup();
      const result = run(this.#writer.get(query.sql), query.parameters);
      // A write outside a transaction commits on its own.
      if (!this.#writer.database.inTransaction) this.checkpointer?.committed();
      return result;
    } finally {
      this.#unlockWriter(release);
    }
  }

  async beginTransaction(connection: DatabaseConnection, _settings?: TransactionSettings): Promise<void> {
    const routed = connection as RoutedConnection;
    const release = await this.#lockWriter();
    try {
      const shared = routed.sharesCommit;
      const group = this.#group;
      if (group && !(shared && group.size < GROUP_MAX_TRANSACTIONS && performance.now() - group.began < this.groupMaxAgeMs))
        this.#commitGroup();
      if (shared) {
        if (!this.#group) {
          this.#writer.database.exec('begin immediate');
          this.#group = { began: performance.now(), size: 0, waiting: [], scheduled: false };
        }
        this.#writer.database.exec('savepoint shared_commit');
        this.#group.size++;
      } else {
        this.#writer.database.exec('begin immediate');
      }
      routed.shared = shared;
    } catch (error) {
      this.#checkGroupSurvived(error);
      this.#unlockWriter(release);
      throw error;
    }
    routed.release = release;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    if (!routed.shared) return this.#end(routed, 'commit');
    const release = routed.release;
    const group = this.#group;
    if (!release || !group) throw new Error('No shared transaction to commit.');
    try {
      this.#writer.database.exec('release shared_commit');
    } catch (error) {
      // Kysely rolls back next: the savepoint (or, if SQLite ended it all, the group) is undone there.
      this.#checkGroupSurvived(error);
      throw error;
    }
    routed.release = null;
    routed.shared = false;
    const durable = new Promise<void>((resolve, reject) => group.waiting.push({ resolve, reject }));
    const full = group.size >= GROUP_MAX_TRANSACTIONS || performance.now() - group.began >= this.groupMaxAgeMs;
    if (full) this.#commitGroup();
    this.#unlockWriter(release);
    await durable;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    const release = routed.release;
    // Already ended (its commit failed and SQLite rolled back): rolling back again would only hide why.
    if (!release) return;
    if (!routed.shared) return this.#end(routed, 'rollback');
    routed.release = null;
    routed.shared = false;
    try {
      if (this.#group && this.#writer.database.inTransaction) {
        // Undoes this transaction alone: what the group's earlier members did stays, to be committed.
        this.#writer.database.exec('rollback to shared_commit');
        this.#writer.database.exec('release shared_commit');
      }
    } catch (error) {
      this.#checkGroupSurvived(error);
      throw error;
    } finally {
      this.#checkGroupSurvived(new Error('The shared transaction was rolled back.'));
      this.#unlockWriter(release);
    }
  }

  #end(connection: RoutedConnection, statement: 'commit' | 'rollback'): void {
    const release = connection.release;
    try {
      // A failed COMMIT (SQLITE_BUSY, a full disk) leaves the transaction open: Kysely then rolls back.
      this.#writer.database.exec(statement);
      if (statement === 'commit') this.checkpointer?.committed();
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
      if (routed.shared) return this.rollbackTransaction(routed);
      if (this.#writer.database.inTransaction) this.#writer.database.exec('rollback');
      routed.release();
      routed.release = null;
    }
  }

  async destroy(): Promise<void> {
    this.#commitGroup();
    // The worker's connection closes first, so that the writer's close, the last, checkpoints and removes the WAL.
    await this.checkpointer?.close();
    this.#reader?.database.close();
    this.#writer.database.close();
  }
}

export class TwoConnectionSqliteDialect implements Dialect {
  constructor(private readonly driver: Driver) {}
  createDriver(): Driver {
    return this.driver;
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
