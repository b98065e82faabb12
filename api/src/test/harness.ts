import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@clearinghouse/shared';
import { createApp } from '../app.ts';
import { loadReferenceData } from '../bootstrap.ts';
import { readConfig, type Config } from '../config.ts';
import { openSqlite, type Db } from '../db/connection.ts';
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

export interface TestContext {
  app: ReturnType<typeof createApp>;
  db: Db;
  /** The underlying connection: checkpoint the WAL before reading the file. */
  sqlite: import('better-sqlite3').Database;
  keyring: Keyring;
  config: Config;
  logs: string[];
  clock: { now: Date };
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string }): Promise<Response>;
  createUser(email: string, role: Role, entityId?: string | null): Promise<{ id: string }>;
  signIn(email: string, password?: string): Promise<string>;
}

/** A whole server on an in-memory database with a controllable clock; requests go through app.request(). */
export async function createTestContext(overrides: Partial<Config> = {}, options: { fileDb?: boolean } = {}): Promise<TestContext> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'ch-data-'));
  const { db, sqlite } = openSqlite(options.fileDb ? dataDir : ':memory:');
  await migrateToLatest(db);
  const clock = { now: new Date('2026-11-28T10:00:00Z') };
  const now = () => new Date(clock.now);
  await loadReferenceData(db, now);
  const config: Config = { ...readConfig({}), dataDir, webDir: fakeWebBuild(), ...overrides };
  const logger = memoryLogger();
  const keyring = testKeyring();
  const app = createApp({ db, config, logger, now, keyring }, loadWebBuild(config.webDir));

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
