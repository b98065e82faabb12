import type { Role } from '@clearinghouse/shared';
import { createApp } from '../app.ts';
import { loadReferenceData } from '../bootstrap.ts';
import { readConfig } from '../config.ts';
import { openPostgres, openSqlite, type Db } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { memoryLogger } from '../logger.ts';
import { accountService } from '../services/accounts.ts';
import { loadKeyring } from '../services/keyring.ts';
import { fakeWebBuild, ORIGIN, PASSWORD, type TestContext } from './harness.ts';

/**
 * A whole instance as an operator has it: a DATA_DIR (attachments, secret.key) and its database (SQLite
 * in DATA_DIR, or the PostgreSQL database a URL names), served in process. For tests that run the
 * operations commands (backup, restore, the move to PostgreSQL) on the same files and database.
 */
export async function openInstance(dataDir: string, databaseUrl: string | null) {
  const db: Db = databaseUrl ? openPostgres(databaseUrl, { max: 4, idleTimeoutMillis: 1000 }).db : openSqlite(dataDir).db;
  await migrateToLatest(db);
  const now = () => new Date();
  await loadReferenceData(db, now);
  const keyring = loadKeyring(dataDir, {});
  const config = { ...readConfig({}), dataDir, databaseUrl, webDir: fakeWebBuild() };
  const app = createApp({ db, config, logger: memoryLogger(), now, keyring, checkAnswers: true });
  const request: TestContext['request'] = (path, init = {}) => {
    const { json, cookie, headers, ...rest } = init;
    const h = new Headers(headers);
    const method = (rest.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') h.set('origin', ORIGIN);
    if (json !== undefined) h.set('content-type', 'application/json');
    if (cookie) h.set('cookie', cookie);
    return Promise.resolve(app.request(path, { ...rest, headers: h, body: json !== undefined ? JSON.stringify(json) : rest.body }));
  };
  const ctx = {
    db,
    app,
    keyring,
    request,
    createUser: (email: string, role: Role, entityId: string | null = null) =>
      accountService(db, now).createUser({ email, role, entityId, password: PASSWORD }),
    async signIn(email: string) {
      const res = await request('/api/auth/login', { method: 'POST', json: { email, password: PASSWORD } });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      return res.headers.get('set-cookie')!.split(';')[0]!;
    },
    close: () => db.destroy(),
  };
  return ctx;
}
