import { randomBytes } from 'node:crypto';
import pg from 'pg';

// The CLI and server tests run the real bundle, as `pnpm cli` and `pnpm start` do.
export default async function setup() {
  // @ts-expect-error plain ESM build script without type declarations
  const { buildApi } = await import('../../scripts/build.mjs');
  await buildApi();

  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  // On PostgreSQL each test context creates a schema t_<run>_<random> (test/harness.ts) and its file
  // drops it; whatever a crashed worker left is dropped here at the end of the run.
  const run = randomBytes(4).toString('hex');
  process.env.CH_TEST_RUN = run;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query<{ nspname: string }>(text);
    } finally {
      await client.end();
    }
  };
  await query('select 1'); // fails the run early, with the driver's message, when the server is unreachable
  return async () => {
    const left = await query(`select nspname from pg_namespace where nspname like 't\\_${run}\\_%'`);
    for (const { nspname } of left.rows) await query(`drop schema if exists ${nspname} cascade`);
  };
}
