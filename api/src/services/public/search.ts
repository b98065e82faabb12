import type { Db } from '../../db/connection.ts';
import { publicSearchRepo, type FacetCount, type FacetName, type PublicFilters } from '../../db/repositories/public-search.ts';
import { snippetSources, toPublicItems, type PublicItem } from './public-item.ts';
import { parseSearchQuery, type SearchTerm } from './search-terms.ts';
import { buildSnippet } from './snippet.ts';

export const PAGE_DEFAULT = 20;
export const PAGE_MAX = 100;
/** Exports carry every matching row up to this many: the whole clearinghouse for years to come. */
export const EXPORT_MAX = 50_000;

export interface ItemsQuery extends PublicFilters {
  q?: string;
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  items: (PublicItem & { snippet: string })[];
  total: number;
  limit: number;
  offset: number;
  facets: Record<FacetName, FacetCount[]>;
}

const filtersOf = (query: ItemsQuery): PublicFilters => ({
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
    async search(query: ItemsQuery): Promise<SearchResult> {
      const terms = parseSearchQuery(query.q);
      const filters = filtersOf(query);
      // Clamped, not refused: a script asking for more simply pages (as sync pull does).
      const limit = Math.min(Math.max(query.limit ?? PAGE_DEFAULT, 1), PAGE_MAX);
      const offset = Math.max(query.offset ?? 0, 0);
      const [hits, total, facets] = await Promise.all([
        repo.search(terms, filters, limit, offset),
        repo.count(terms, filters),
        repo.facets(terms, filters),
      ]);
      const items = toPublicItems(hits).map((item) => ({ ...item, snippet: snippetOf(item, terms) }));
      return { items, total, limit, offset, facets };
    },

    /** Every matching element in search order, for the exports. */
    async all(query: ItemsQuery): Promise<PublicItem[]> {
      const hits = await repo.search(parseSearchQuery(query.q), filtersOf(query), EXPORT_MAX, 0);
      return toPublicItems(hits);
    },
  };
}
