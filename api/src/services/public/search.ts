import type { Db } from '../../db/connection.ts';
import type { SearchAnswer } from '@clearinghouse/shared';
import { publicSearchRepo, type PublicFilters } from '../../db/repositories/public-search.ts';
import { snippetSources, toPublicItems, type PublicItem } from './public-item.ts';
import { parseSearchQuery, type SearchTerm } from './search-terms.ts';
import { buildSnippet } from './snippet.ts';

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;
/** Far past any real result list; keeps an absurd offset a plain number for every database. */
const OFFSET_MAX = 1_000_000_000;
/** Exports carry every matching row up to this many: the whole clearinghouse for years to come. */
export const EXPORT_MAX = 50_000;

/** What a search asks, once the query string is read (ItemsQuery in routes/public-schemas.ts) and its names mapped. */
export interface SearchQuery extends PublicFilters {
  q?: string;
  limit?: number;
  offset?: number;
}

/** The answer of GET /api/public/items (searchAnswerSchema in @clearinghouse/shared). */
export type SearchResult = SearchAnswer;

const filtersOf = (query: SearchQuery): PublicFilters => ({
  category: query.category,
  entityId: query.entityId,
  region: query.region,
  kind: query.kind,
  year: query.year,
  status: query.status,
  language: query.language,
});

/** Snippet from the first projected text that answers the query (else the description's start). */
const snippetOf = (item: PublicItem, terms: readonly SearchTerm[]) => {
  const sources = snippetSources(item);
  for (const source of sources) {
    const snippet = buildSnippet(source, terms);
    if (snippet.hit) return snippet.html;
  }
  return sources[0] ? buildSnippet(sources[0], []).html : '';
};

export function publicSearchService(db: Db) {
  const repo = publicSearchRepo(db);
  return {
    async search(query: SearchQuery): Promise<SearchResult> {
      const terms = parseSearchQuery(query.q);
      const filters = filtersOf(query);
      // Clamped, not refused: a script asking for more simply pages (as sync pull does).
      const limit = Math.min(Math.max(query.limit ?? PAGE_DEFAULT, 1), PAGE_MAX);
      const offset = Math.min(Math.max(query.offset ?? 0, 0), OFFSET_MAX);
      const [hits, total, facets] = await Promise.all([
        repo.search(terms, filters, limit, offset),
        repo.count(terms, filters),
        repo.facets(terms, filters),
      ]);
      const items = toPublicItems(hits).map((item) => ({ ...item, snippet: snippetOf(item, terms) }));
      return { items, total, limit, offset, facets };
    },

    /** Every matching element in search order, a page at a time: an export never holds every row's text at once. */
    async *pages(query: SearchQuery, pageSize = 500): AsyncGenerator<PublicItem[]> {
      const terms = parseSearchQuery(query.q);
      const filters = filtersOf(query);
      for (let offset = 0; offset < EXPORT_MAX; offset += pageSize) {
        const hits = await repo.search(terms, filters, Math.min(pageSize, EXPORT_MAX - offset), offset);
        if (hits.length) yield toPublicItems(hits);
        if (hits.length < pageSize) return;
      }
    },
  };
}
