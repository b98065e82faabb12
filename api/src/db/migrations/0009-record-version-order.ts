import type { Kysely } from 'kysely';

/**
 * The change sequence of each version, so that the state of a whole submission at one of its versions
 * can be rebuilt in write order (two writes may share a timestamp). Versions written before this
 * migration have none; reading them falls back to their timestamps.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('record_versions').addColumn('seq', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('record_versions').dropColumn('seq').execute();
}
