import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { publicReadsRepo } from '../db/repositories/public-reads.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { EXPORT_COLUMNS, toExportRow } from '../services/public/export-rows.ts';
import { publicSearchService, type ItemsQuery as SearchQuery } from '../services/public/search.ts';
import { publicAssistanceRoutes } from './public-assistance.ts';
import { publicEventsRoutes } from './public-events.ts';
import { publicProfileRoutes } from './public-profile.ts';
import { ExportQuery, ItemsQuery, PUBLIC_CACHE } from './public-schemas.ts';

const toSearchQuery = (q: {
  q?: string;
  category?: string;
  entity?: string;
  region?: string;
  kind?: string;
  year?: string;
  status?: string;
  language?: string;
  limit?: number;
  offset?: number;
}): SearchQuery => ({
  q: q.q,
  category: q.category,
  entityId: q.entity,
  region: q.region,
  kind: q.kind,
  year: q.year,
  status: q.status,
  language: q.language,
  limit: q.limit,
  offset: q.offset,
});

/**
 * The public clearinghouse API (/api/public/...): read-only, no session, only the published copy
 * (published_* tables), every element projected for the public again on the way out.
 */
export function publicRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const search = publicSearchService(deps.db);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/items',
      allow: ['public'],
      tag: 'public',
      summary: 'Published elements: full-text search (q) with filters that combine, facets, highlighted snippets; limit ≤ 100.',
      query: ItemsQuery,
      responses: {
        200: {
          description:
            '{"items":[{...element, entityId, publishedAt, snippet}],"total":N,"limit","offset","facets":{"category"|"region"|"kind"|"year"|"status"|"language":[{"value","count"}]}}',
        },
        422: { description: 'A filter has an invalid value' },
      },
    },
    async (c, { query }) => {
      c.header('Cache-Control', PUBLIC_CACHE);
      return c.json(await search.search(toSearchQuery(query)));
    },
  );

  const exportRows = async (query: Parameters<typeof toSearchQuery>[0]) => {
    const [items, entities, submissionTitles] = await Promise.all([
      search.all(toSearchQuery(query)),
      entitiesRepo(deps.db).list(),
      publicReadsRepo(deps.db).submissionTitles(),
    ]);
    const ctx = { entities: new Map(entities.map((e) => [e.id, e])), submissionTitles };
    return items.map((item) => toExportRow(item, ctx));
  };

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/export.csv',
      allow: ['public'],
      tag: 'public',
      summary:
        'Every published element matching the filters of /api/public/items, as CSV (UTF-8 with BOM, CRLF; columns in docs/open-data.md).',
      query: ExportQuery,
      responses: { 200: { description: 'text/csv' }, 422: { description: 'A filter has an invalid value' } },
    },
    async (c, { query }) => {
      const rows = await exportRows(query);
      const csv = stringify(rows, { header: true, columns: [...EXPORT_COLUMNS], bom: true, record_delimiter: 'windows' });
      c.header('Cache-Control', PUBLIC_CACHE);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="clearinghouse-export.csv"');
      return c.body(csv);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/export.json',
      allow: ['public'],
      tag: 'public',
      summary: 'The same rows as export.csv, as JSON: {"columns":[...],"items":[{column: text}],"total":N}.',
      query: ExportQuery,
      responses: { 200: { description: '{"columns","items","total"}' }, 422: { description: 'A filter has an invalid value' } },
    },
    async (c, { query }) => {
      const items = await exportRows(query);
      c.header('Cache-Control', PUBLIC_CACHE);
      c.header('Content-Disposition', 'attachment; filename="clearinghouse-export.json"');
      return c.json({ columns: EXPORT_COLUMNS, items, total: items.length });
    },
  );

  publicAssistanceRoutes(deps, table, router);
  publicEventsRoutes(deps, table, router);
  publicProfileRoutes(deps, table, router);
  return router;
}
