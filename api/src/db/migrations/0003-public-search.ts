import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../connection.ts';

/**
 * Full-text search over the published copy (FTS5). The index is fed by triggers on `published_items`,
 * so it can never hold anything the published copy does not (already projected for the public at
 * publication) and the publishing code needs no change. Three weighted columns: the title, the
 * description, and every other text value of the element (lists included) plus its entity's names, so
 * "Benin" finds Benin's elements. Identifiers, positions, attachment hashes and entity-id lists are left
 * out: they are noise for a reader. On PostgreSQL the same shape is a tsvector built with setweight()
 * from the same three parts, fed by plpgsql triggers (upPostgres below).
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
  if (dialectOf(db) === 'postgres') return upPostgres(db);
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
  if (dialectOf(db) === 'postgres') {
    await sql`DROP TABLE IF EXISTS public_search`.execute(db);
    await sql`DROP FUNCTION IF EXISTS public_search_index() CASCADE`.execute(db);
    await sql`DROP FUNCTION IF EXISTS public_search_unindex() CASCADE`.execute(db);
    await sql`DROP FUNCTION IF EXISTS public_search_other(jsonb)`.execute(db);
    await sql`DROP FUNCTION IF EXISTS public_search_fold(text)`.execute(db);
    await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS public_search_config`.execute(db);
    await sql`DROP TEXT SEARCH DICTIONARY IF EXISTS public_search_stem`.execute(db);
    return;
  }
  for (const trigger of ['public_search_insert', 'public_search_delete', 'public_search_update']) {
    await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  }
  await sql`DROP TABLE IF EXISTS public_search`.execute(db);
}

// Accented Latin letters and their base letter, for PostgreSQL without the unaccent extension (which a
// database owner may not be allowed to create). Upper case first: lower() under the C locale only
// lowers ASCII.
const ACCENTED = 'àáâãäåāăąǎçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıǐĵķĺļľŀłñńņňòóôõöøōŏőǒŕŗřśŝşšţťŧùúûüũūŭůűųǔŵýÿŷźżž';
const BASE = 'aaaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiiijklllllnnnnoooooooooorrrsssstttuuuuuuuuuuuwyyyzzz';

/**
 * PostgreSQL: `public_search(item_id, document tsvector)` with a GIN index, kept by triggers on
 * published_items exactly like the FTS5 table. The text goes through public_search_fold() (lower case,
 * diacritics removed, punctuation to spaces, as unicode61 with remove_diacritics splits) and the
 * `public_search_config` configuration: the parser's word tokens go to an English Snowball stemmer
 * without a stop-word list (like FTS5's porter, and "the" stays searchable).
 */
async function upPostgres(db: Kysely<unknown>) {
  const icu = await sql<{ n: number }>`SELECT count(*) AS n FROM pg_collation WHERE collname = 'und-x-icu'`.execute(db);
  const lower = Number(icu.rows[0]?.n) > 0 ? `lower(t COLLATE "und-x-icu")` : `lower(t)`;
  const upper = ACCENTED.toUpperCase();
  if ([...upper].length !== [...ACCENTED].length || [...ACCENTED].length !== [...BASE].length) throw new Error('fold tables differ');
  await sql
    .raw(
      `CREATE FUNCTION public_search_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(
      translate(${lower}, '${ACCENTED}${upper}', '${BASE}${BASE}'),
      '[!-/:-@[-\`{-~[:space:]«»‘’‚“”„–—…·•]+', ' ', 'g')
  $$`,
    )
    .execute(db);
  await sql`CREATE TEXT SEARCH DICTIONARY public_search_stem (TEMPLATE = snowball, LANGUAGE = english)`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION public_search_config (COPY = simple)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION public_search_config
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH public_search_stem`.execute(db);
  // Every JSON string of the element except the excluded keys (the same rules as OTHER_TEXT above).
  await sql`CREATE FUNCTION public_search_other(doc jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    WITH RECURSIVE tree(fullkey, path, value) AS (
      SELECT '$.' || e.key, '$', e.value FROM jsonb_each(CASE WHEN jsonb_typeof(doc) = 'object' THEN doc ELSE '{}' END) e
      UNION ALL
      SELECT c.fullkey, tree.fullkey, c.value FROM tree CROSS JOIN LATERAL (
        SELECT tree.fullkey || '.' || o.key AS fullkey, o.value
          FROM jsonb_each(CASE WHEN jsonb_typeof(tree.value) = 'object' THEN tree.value ELSE '{}' END) o
        UNION ALL
        SELECT tree.fullkey || '[' || (a.i - 1) || ']', a.value
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(tree.value) = 'array' THEN tree.value ELSE '[]' END)
          WITH ORDINALITY a(value, i)
      ) c
    )
    SELECT coalesce(string_agg(value #>> '{}', ' '), '') FROM tree
    WHERE jsonb_typeof(value) = 'string'
      AND fullkey NOT IN ('$.id', '$.submissionId', '$.category', '$.position', '$.title', '$.description')
      AND fullkey NOT LIKE '$.attachments[%].sha256'
      AND fullkey NOT LIKE '$.attachments[%].type'
      AND path NOT LIKE '$.%EntityIds'
  $$`.execute(db);
  await sql`CREATE TABLE public_search (
    item_id text PRIMARY KEY,
    document tsvector NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX public_search_document ON public_search USING gin (document)`.execute(db);
  await sql`CREATE FUNCTION public_search_index() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      d jsonb := NEW.doc::jsonb;
      names text := coalesce((SELECT name_en || ' ' || name_fr FROM entities WHERE id = NEW.entity_id), '');
    BEGIN
      IF TG_OP = 'UPDATE' THEN
        DELETE FROM public_search WHERE item_id = OLD.item_id;
      END IF;
      INSERT INTO public_search (item_id, document) VALUES (
        NEW.item_id,
        setweight(to_tsvector('public_search_config', public_search_fold(coalesce(d ->> 'title', ''))), 'A')
        || setweight(to_tsvector('public_search_config', public_search_fold(coalesce(d ->> 'description', ''))), 'B')
        || setweight(to_tsvector('public_search_config', public_search_fold(public_search_other(d) || ' ' || names)), 'C')
      );
      RETURN NULL;
    END
  $$`.execute(db);
  await sql`CREATE FUNCTION public_search_unindex() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM public_search WHERE item_id = OLD.item_id;
      RETURN NULL;
    END
  $$`.execute(db);
  await sql`CREATE TRIGGER public_search_insert AFTER INSERT OR UPDATE ON published_items
    FOR EACH ROW EXECUTE FUNCTION public_search_index()`.execute(db);
  await sql`CREATE TRIGGER public_search_delete AFTER DELETE ON published_items
    FOR EACH ROW EXECUTE FUNCTION public_search_unindex()`.execute(db);
  await sql`UPDATE published_items SET doc = doc`.execute(db);
}
