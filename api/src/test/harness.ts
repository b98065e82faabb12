import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@clearinghouse/shared';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll } from 'vitest';
import { createApp } from '../app.ts';
import { loadReferenceData } from '../bootstrap.ts';
import { readConfig, type Config } from '../config.ts';
import { openPostgres, openSqlite, type Db, type DialectName } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { memoryLogger } from '../logger.ts';
import { accountService } from '../services/accounts.ts';
import { loadWebBuild } from '../http/web-build.ts';
import { testKeyring, type Keyring } from '../services/keyring.ts';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'a sound passphrase for tests';

/** A tiny stand-in for web/build, so static serving is tested without building the real app. */
export function fakeWebBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ch-web-'));
  mkdirSync(join(dir, '_app/immutable/entry'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><script>window.__boot = 1;${' '.repeat(600)}</script></head><body>shell</body></html>`,
  );
  writeFileSync(join(dir, '_app/immutable/entry/start.abc123.js'), `export const x = ${JSON.stringify('y'.repeat(2000))};`);
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Clearinghouse"}');
  return dir;
}

/**
 * With TEST_DATABASE_URL=postgres://… every test context gets its own fresh schema in that database
 * (search_path), dropped when the test file ends; without it, SQLite in memory (or a file).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || null;
export const testDialect: DialectName = TEST_DATABASE_URL ? 'postgres' : 'sqlite';
/** Names the schemas of one run, so the global teardown can drop whatever a crashed file left. */
export const TEST_SCHEMA_PREFIX = `t_${(process.env.CH_TEST_RUN ?? 'run').replace(/\W/g, '')}_`;

const opened: { db: Db; schema: string | null }[] = [];
afterAll(async () => {
  const list = opened.splice(0);
  await Promise.all(list.map((o) => o.db.destroy()));
  const schemas = list.map((o) => o.schema).filter((s): s is string => !!s);
  if (TEST_DATABASE_URL && schemas.length) await adminQuery(schemas.map((s) => `drop schema if exists ${s} cascade`).join('; '));
});

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL! });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const dropLater: string[] = [];
afterAll(async () => {
  const schemas = dropLater.splice(0);
  if (TEST_DATABASE_URL && schemas.length) await adminQuery(schemas.map((s) => `drop schema if exists ${s} cascade`).join('; '));
});

async function createTestSchema() {
  const schema = `${TEST_SCHEMA_PREFIX}${randomBytes(6).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  return schema;
}

/**
 * On PostgreSQL, a DATABASE_URL for a process the test starts (the CLI): a fresh schema, named in the
 * URL's search_path, dropped when the file ends. Null on SQLite.
 */
export async function testDatabaseUrl(): Promise<string | null> {
  if (!TEST_DATABASE_URL) return null;
  const schema = await createTestSchema();
  dropLater.push(schema);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A fresh, empty database for one test: a new schema on PostgreSQL, else SQLite (memory or a file under dir). */
export async function openTestDatabase(dir?: string): Promise<{ db: Db; sqlite: import('better-sqlite3').Database | null }> {
  if (TEST_DATABASE_URL) {
    const schema = await createTestSchema();
    const { db } = openPostgres(TEST_DATABASE_URL, { schema, max: 4, idleTimeoutMillis: 1000 });
    opened.push({ db, schema });
    return { db, sqlite: null };
  }
  const { db, sqlite } = openSqlite(dir ?? ':memory:');
  return { db, sqlite };
}

/**
 * Everything the database holds, as text, to look for values that must never be stored in clear: the
 * SQLite files (WAL checkpointed first), or every row of every table of the test's PostgreSQL schema.
 */
export async function storedText(t: Pick<TestContext, 'db' | 'sqlite'>, dataDir: string): Promise<string> {
  if (t.sqlite) {
    t.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const files = readdirSync(dataDir).filter((f) => f.startsWith('clearinghouse.sqlite'));
    if (!files.length) throw new Error(`no SQLite file in ${dataDir}`);
    return files.map((f) => readFileSync(join(dataDir, f)).toString('latin1')).join('');
  }
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(t.db);
  const parts: string[] = [];
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(t.db);
    parts.push(...rows.rows.map((r) => r.row));
  }
  return parts.join('\n');
}

export interface TestContext {
  app: ReturnType<typeof createApp>;
  db: Db;
  dialect: DialectName;
  /** The underlying SQLite connection (null on PostgreSQL): checkpoint the WAL before reading the file. */
  sqlite: import('better-sqlite3').Database | null;
  keyring: Keyring;
  config: Config;
  logs: string[];
  clock: { now: Date };
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string }): Promise<Response>;
  createUser(email: string, role: Role, entityId?: string | null): Promise<{ id: string }>;
  signIn(email: string, password?: string): Promise<string>;
}

/**
 * A fresh context with the accounts most route tests start from: the Secretariat's, signed in (`sec` is
 * its cookie), and a focal point for each entity named (`ben@example.org` for BEN).
 */
export async function contextWithSecretariat(...focalPointsOf: string[]): Promise<{ t: TestContext; sec: string }> {
  const t = await createTestContext();
  await t.createUser('sec@example.org', 'secretariat');
  for (const entityId of focalPointsOf) await t.createUser(`${entityId.toLowerCase()}@example.org`, 'focal_point', entityId);
  return { t, sec: await t.signIn('sec@example.org') };
}

/**
 * A whole server on an in-memory database (or a fresh PostgreSQL schema, see TEST_DATABASE_URL) with a
 * controllable clock; requests go through app.request().
 */
export async function createTestContext(overrides: Partial<Config> = {}, options: { fileDb?: boolean } = {}): Promise<TestContext> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'ch-data-'));
  const { db, sqlite } = await openTestDatabase(options.fileDb ? dataDir : undefined);
  await migrateToLatest(db);
  const clock = { now: new Date('2026-11-28T10:00:00Z') };
  const now = () => new Date(clock.now);
  await loadReferenceData(db, now);
  const config: Config = { ...readConfig({}), dataDir, webDir: fakeWebBuild(), ...overrides };
  const logger = memoryLogger();
  const keyring = testKeyring();
  const app = createApp({ db, config, logger, now, keyring, checkAnswers: true }, loadWebBuild(config.webDir));

  const request: TestContext['request'] = (path, init = {}) => {
    const { json, cookie, headers, ...rest } = init;
    const h = new Headers(headers);
    const method = (rest.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD' && !h.has('origin')) h.set('origin', ORIGIN);
    if (json !== undefined) h.set('content-type', 'application/json');
    if (cookie) h.set('cookie', cookie);
    return Promise.resolve(app.request(path, { ...rest, headers: h, body: json !== undefined ? JSON.stringify(json) : rest.body }));
  };

  const ctx: TestContext = {
    app,
    db,
    dialect: testDialect,
    sqlite,
    keyring,
    config,
    logs: logger.lines,
    clock,
    request,
    createUser: (email, role, entityId = null) => accountService(db, now).createUser({ email, role, entityId, password: PASSWORD }),
    async signIn(email, password = PASSWORD) {
      const res = await request('/api/auth/login', { method: 'POST', json: { email, password } });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error('no session cookie');
      return cookie;
    },
  };
  return ctx;
}
