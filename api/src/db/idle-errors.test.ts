import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../test/harness.ts';
import { openPostgres } from './connection.ts';

describe.skipIf(!TEST_DATABASE_URL)('idle PostgreSQL connections', () => {
  it('reports a connection the server drops while idle, and the pool carries on', async () => {
    const errors: Error[] = [];
    const { db } = openPostgres(TEST_DATABASE_URL!, { max: 1, idleTimeoutMillis: 60_000, onIdleError: (e) => errors.push(e) });
    try {
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
      // Now idle in the pool: end it from another connection, as a database restart would.
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL! });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      while (!errors.length) await new Promise((r) => setTimeout(r, 20));
      expect(errors[0]!.message).toMatch(/terminat/i);
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows[0]!.one).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
