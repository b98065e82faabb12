import { CATEGORIES, type Category, type FacetCount, type FacetName } from '@clearinghouse/shared';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { storedOneOf } from './stored-values.ts';
import { dialectOf, type Db } from '../connection.ts';

/**
 * Search over the published copy. Callers hand over words already tokenised (`SearchTerm`), never a
 * query string: this file alone turns them into the engine's syntax. Every word is double-quoted, so
 * FTS5 operators typed by a visitor (NEAR, OR, *, ^, column filters) are plain words here. On PostgreSQL
 * the same interface maps to `to_tsquery` built from the same terms (`'word':*` for a prefix, `<->` inside
 * a phrase; each word passed as a bound parameter and quoted by quote_literal) over a tsvector weighted
 * A (title), B (description), C (other text), ranked by ts_rank (migration 0003).
 */
export interface SearchTerm {
  /** One word, or several for a quoted phrase. Letters and digits only. */
  words: string[];
  /** The last word matches as a prefix (the visitor may still be typing). */
  prefix: boolean;
}

export interface PublicFilters {
  category?: string;
  entityId?: string;
  region?: string;
  kind?: string;
  /** The year of publication (yyyy). */
  year?: string;
  /** The element's own status field (legislation: adopted, in force…; obstacles: open, resolved…). */
  status?: string;
  /** The language the submission was written in. */
  language?: string;
}

export interface PublishedItemHit {
  itemId: string;
  submissionId: string;
  entityId: string;
  category: Category;
  publishedAt: string;
  doc: Record<string, unknown>;
}

export const toHit = (r: Omit<PublishedItemHit, 'doc' | 'category'> & { category: string; doc: string }): PublishedItemHit => ({
  ...r,
  category: storedOneOf(CATEGORIES, r.category, 'category'),
  doc: JSON.parse(r.doc) as Record<string, unknown>,
});

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;

/** The FTS5 MATCH expression of the terms (implicit AND between them). */
export const toFtsQuery = (terms: readonly SearchTerm[]): string =>
  terms.map((t) => `${quote(t.words.join(' '))}${t.prefix ? '*' : ''}`).join(' ');

/**
 * The PostgreSQL tsquery of the terms: every word folded like the indexed text and quoted as a lexeme,
 * `<->` between the words of a phrase, `:*` on a prefix, `&` between terms.
 */
export const toTsQuery = (terms: readonly SearchTerm[]): RawBuilder<string> => {
  const parts = terms.map((t) => {
    const words = t.words.map((w) => sql`quote_literal(public_search_fold(${w}))`);
    const phrase = sql.join(words, sql` || ' <-> ' || `);
    return t.prefix ? sql`(${phrase} || ':*')` : sql`(${phrase})`;
  });
  return sql<string>`to_tsquery('public_search_config', ${sql.join(parts, sql` || ' & ' || `)})`;
};

const SQLITE = {
  status: sql<string>`json_extract(pi.doc, '$.status')`,
  language: sql<string>`json_extract(ps.doc, '$.language')`,
  // bm25 weights per column: item_id (unindexed), title, description, other text.
  rank: sql<number>`bm25(public_search, 0.0, 10.0, 3.0, 1.0)`,
};
const POSTGRES = {
  status: sql<string>`(pi.doc::jsonb ->> 'status')`,
  language: sql<string>`(ps.doc::jsonb ->> 'language')`,
};

export function publicSearchRepo(db: Db) {
  const postgres = dialectOf(db) === 'postgres';
  const STATUS = postgres ? POSTGRES.status : SQLITE.status;
  const LANGUAGE = postgres ? POSTGRES.language : SQLITE.language;
  const base = (filters: PublicFilters, omit?: FacetName) => {
    let q = db
      .selectFrom('published_items as pi')
      .leftJoin('entities as e', 'e.id', 'pi.entity_id')
      .innerJoin('published_submissions as ps', 'ps.submission_id', 'pi.submission_id');
    if (filters.category && omit !== 'category') q = q.where('pi.category', '=', filters.category);
    if (filters.entityId) q = q.where('pi.entity_id', '=', filters.entityId);
    if (filters.region && omit !== 'region') q = q.where('e.regional_group', '=', filters.region);
    if (filters.kind && omit !== 'kind') q = q.where('e.kind', '=', filters.kind);
    if (filters.year && omit !== 'year') q = q.where(sql<string>`substr(pi.published_at, 1, 4)`, '=', filters.year);
    if (filters.status && omit !== 'status') q = q.where(STATUS, '=', filters.status);
    if (filters.language && omit !== 'language') q = q.where(LANGUAGE, '=', filters.language);
    return q;
  };
  const matching = (terms: readonly SearchTerm[]): Expression<SqlBool> =>
    postgres
      ? sql<SqlBool>`pi.item_id IN (SELECT item_id FROM public_search WHERE document @@ ${toTsQuery(terms)})`
      : sql<SqlBool>`pi.item_id IN (SELECT item_id FROM public_search WHERE public_search MATCH ${toFtsQuery(terms)})`;

  const hits = (terms: readonly SearchTerm[], filters: PublicFilters, limit: number, offset: number) => {
    const columns = [
      'pi.item_id as itemId',
      'pi.submission_id as submissionId',
      'pi.entity_id as entityId',
      'pi.category as category',
      'pi.published_at as publishedAt',
      'pi.doc as doc',
    ] as const;
    if (terms.length === 0) {
      return base(filters)
        .select(columns)
        .orderBy('pi.published_at', 'desc')
        .orderBy('pi.entity_id')
        .orderBy('pi.position')
        .orderBy('pi.item_id')
        .limit(limit)
        .offset(offset);
    }
    if (postgres) {
      // The same tiers: every term in the title (weight A) first; ts_rank with the title weighted
      // highest (weights are D, C, B, A) orders within each tier.
      const query = toTsQuery(terms);
      return base(filters)
        .innerJoin('public_search', 'public_search.item_id', 'pi.item_id')
        .where(sql<SqlBool>`public_search.document @@ ${query}`)
        .select(columns)
        .orderBy(sql`CASE WHEN ts_filter(public_search.document, '{a}') @@ ${query} THEN 0 ELSE 1 END`)
        .orderBy(sql`ts_rank('{0, 0.1, 0.3, 1.0}'::float4[], public_search.document, ${query})`, 'desc')
        .orderBy('pi.published_at', 'desc')
        .orderBy('pi.item_id')
        .limit(limit)
        .offset(offset);
    }
    // A title that holds every term comes first; bm25 (title weighted highest) orders within each tier.
    const inTitle = sql<number>`CASE WHEN pi.item_id IN (SELECT item_id FROM public_search WHERE public_search MATCH ${`title : (${toFtsQuery(terms)})`}) THEN 0 ELSE 1 END`;
    return base(filters)
      .innerJoin('public_search', 'public_search.item_id', 'pi.item_id')
      .where(sql<SqlBool>`public_search MATCH ${toFtsQuery(terms)}`)
      .select(columns)
      .orderBy(inTitle)
      .orderBy(SQLITE.rank)
      .orderBy('pi.published_at', 'desc')
      .orderBy('pi.item_id')
      .limit(limit)
      .offset(offset);
  };

  const filtered = (terms: readonly SearchTerm[], filters: PublicFilters, omit?: FacetName) => {
    const q = base(filters, omit);
    return terms.length ? q.where(matching(terms)) : q;
  };

  return {
    async search(terms: readonly SearchTerm[], filters: PublicFilters, limit: number, offset: number): Promise<PublishedItemHit[]> {
      const rows = await hits(terms, filters, limit, offset).execute();
      return rows.map(toHit);
    },

    async count(terms: readonly SearchTerm[], filters: PublicFilters): Promise<number> {
      const row = await filtered(terms, filters)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Counts per value of each facet, each ignoring its own filter so the other choices stay visible. */
    async facets(terms: readonly SearchTerm[], filters: PublicFilters): Promise<Record<FacetName, FacetCount[]>> {
      const groups: Record<FacetName, ReturnType<typeof sql<string>>> = {
        category: sql<string>`pi.category`,
        region: sql<string>`coalesce(e.regional_group, 'none')`,
        kind: sql<string>`coalesce(e.kind, 'other')`,
        year: sql<string>`substr(pi.published_at, 1, 4)`,
        status: STATUS,
        language: LANGUAGE,
      };
      const out = {} as Record<FacetName, FacetCount[]>;
      for (const [name, expr] of Object.entries(groups) as [FacetName, (typeof groups)[FacetName]][]) {
        const rows = await filtered(terms, filters, name)
          .select([expr.as('value'), (eb) => eb.fn.countAll<number>().as('count')])
          .groupBy(expr)
          .orderBy(expr)
          .execute();
        // Elements without a status (or submissions without a language) are not a facet value.
        out[name] = rows.filter((r) => r.value !== null).map((r) => ({ value: String(r.value), count: Number(r.count) }));
      }
      return out;
    },
  };
}
