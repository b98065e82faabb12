import type { Kysely } from 'kysely';

/** Full-text search over the published copy (FTS5). */
export async function up(_db: Kysely<unknown>): Promise<void> {}

export async function down(_db: Kysely<unknown>): Promise<void> {}
