import { sql, type Kysely } from 'kysely';

/**
 * Full-text search over the published copy (FTS5). The index is fed by triggers on `published_items`,
 * so it can never hold anything the published copy does not (already projected for the public at
 * publication) and the publishing code needs no change. Three weighted columns: the title, the
 * description, and every other text value of the element (lists included) plus its entity's names, so
 * "Benin" finds Benin's elements. Identifiers, positions, attachment hashes and entity-id lists are left
 * out: they are noise for a reader. On PostgreSQL the same shape is a tsvector built with setweight()
 * from the same three parts (see repositories/public-search.ts).
 */
const OTHER_TEXT = `(
  SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.doc)
  WHERE type = 'text'
    AND fullkey NOT IN ('$.id', '$.submissionId', '$.category', '$.position', '$.title', '$.description')
    AND fullkey NOT LIKE '$.attachments[%].sha256'
    AND fullkey NOT LIKE '$.attachments[%].type'
    AND path NOT LIKE '$.%EntityIds'
) || ' ' || coalesce((SELECT name_en || ' ' || name_fr FROM entities WHERE id = NEW.entity_id), '')`;

const INSERT_ROW = `INSERT INTO public_search (item_id, title, description, other) VALUES (
  NEW.item_id,
  coalesce(json_extract(NEW.doc, '$.title'), ''),
  coalesce(json_extract(NEW.doc, '$.description'), ''),
  ${OTHER_TEXT}
);`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // porter: "implementing" finds "implementation"; remove_diacritics: "election" finds "élection".
  await sql`CREATE VIRTUAL TABLE public_search USING fts5(
    item_id UNINDEXED, title, description, other,
    tokenize = 'porter unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql.raw(`CREATE TRIGGER public_search_insert AFTER INSERT ON published_items BEGIN ${INSERT_ROW} END`).execute(db);
  await sql
    .raw(
      `CREATE TRIGGER public_search_delete AFTER DELETE ON published_items BEGIN
    DELETE FROM public_search WHERE item_id = OLD.item_id;
  END`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER public_search_update AFTER UPDATE ON published_items BEGIN
    DELETE FROM public_search WHERE item_id = OLD.item_id;
    ${INSERT_ROW}
  END`,
    )
    .execute(db);
  // Whatever was published before this migration: rewrite each row so the update trigger indexes it.
  await sql`UPDATE published_items SET doc = doc`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['public_search_insert', 'public_search_delete', 'public_search_update']) {
    await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  }
  await sql`DROP TABLE IF EXISTS public_search`.execute(db);
}
