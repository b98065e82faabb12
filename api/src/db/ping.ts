import { sql } from 'kysely';
import type { Db } from './connection.ts';

/** The cheapest round trip to the database: rejects when it cannot be reached. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
