import { sql, type Kysely } from 'kysely';

/**
 * Requests for information carry their title and text by language (`titles`, `texts`) instead of the
 * former French title and English and French texts (`titleFr`, `textEn`, `textFr`). Every request is
 * kept, word for word; `title` (the English title) does not move. A request issued before this has no
 * Spanish: readers fall back to another language, and the next edit of its texts must add it.
 */
type Doc = Record<string, unknown>;
const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export function withLanguages(doc: Doc): Doc {
  const { titleFr, textEn, textFr, ...rest } = doc;
  const titles = { ...(rest.titles as Doc | undefined) };
  const texts = { ...(rest.texts as Doc | undefined) };
  if (present(titleFr) && !present(titles.fr)) titles.fr = titleFr;
  if (present(textEn) && !present(texts.en)) texts.en = textEn;
  if (present(textFr) && !present(texts.fr)) texts.fr = textFr;
  return {
    ...rest,
    ...(Object.keys(titles).length ? { titles } : {}),
    ...(Object.keys(texts).length ? { texts } : {}),
  };
}

export function withoutLanguages(doc: Doc): Doc {
  const { titles, texts, ...rest } = doc;
  const t = (titles ?? {}) as Doc;
  const x = (texts ?? {}) as Doc;
  return { ...rest, titleFr: t.fr ?? null, textEn: x.en ?? null, textFr: x.fr ?? null };
}

async function rewrite(db: Kysely<unknown>, change: (doc: Doc) => Doc): Promise<void> {
  const rows = await sql<{ id: string; doc: string }>`select id, doc from cycles`.execute(db);
  for (const row of rows.rows) {
    const next = JSON.stringify(change(JSON.parse(row.doc) as Doc));
    if (next !== row.doc) await sql`update cycles set doc = ${next} where id = ${row.id}`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await rewrite(db, withLanguages);
}

/** Back to the former fields: Spanish, Arabic, Chinese and Russian have nowhere to go and are dropped. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await rewrite(db, withoutLanguages);
}
