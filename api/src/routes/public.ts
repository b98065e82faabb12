import { exportAnswerSchema, searchAnswerSchema } from '@clearinghouse/shared';
import { Hono, type Context } from 'hono';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { publicReadsRepo } from '../db/repositories/public-reads.ts';
import { CSV_BOM, csvLine } from '../http/csv.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { exportCache, streamOf } from '../services/public/export-cache.ts';
import { EXPORT_COLUMNS, toExportRow, type ExportRow } from '../services/public/export-rows.ts';
import { publicSearchService, type SearchQuery } from '../services/public/search.ts';
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
          description: 'A page of matching elements, with facet counts',
          schema: searchAnswerSchema,
        },
        422: { description: 'A filter has an invalid value' },
      },
    },
    async (c, { query, reply }) => {
      c.header('Cache-Control', PUBLIC_CACHE);
      return reply(await search.search(toSearchQuery(query)));
    },
  );

  type ExportFilters = Parameters<typeof toSearchQuery>[0];
  const exports = exportCache(deps.db);

  async function* exportRows(query: ExportFilters): AsyncGenerator<ExportRow> {
    const [entities, submissionTitles] = await Promise.all([entitiesRepo(deps.db).list(), publicReadsRepo(deps.db).submissionTitles()]);
    const ctx = { entities: new Map(entities.map((e) => [e.id, e])), submissionTitles };
    for await (const page of search.pages(toSearchQuery(query))) for (const item of page) yield toExportRow(item, ctx);
  }
  async function* csvPieces(query: ExportFilters): AsyncGenerator<string> {
    yield CSV_BOM + csvLine(EXPORT_COLUMNS);
    for await (const row of exportRows(query)) yield csvLine(EXPORT_COLUMNS.map((column) => row[column] ?? ''));
  }
  async function* jsonPieces(query: ExportFilters): AsyncGenerator<string> {
    yield `{"columns":${JSON.stringify(EXPORT_COLUMNS)},"items":[`;
    let total = 0;
    for await (const row of exportRows(query)) yield `${total++ ? ',' : ''}${JSON.stringify(row)}`;
    yield `],"total":${total}}`;
  }
  /** Streams the cached export (built on first demand after each publication). */
  const sendExport = async (c: Context<AppEnv>, chunks: Buffer[], type: string, filename: string) => {
    c.header('Cache-Control', PUBLIC_CACHE);
    c.header('Content-Type', type);
    c.header('Content-Length', String(chunks.reduce((n, b) => n + b.length, 0)));
    c.header('Content-Disposition', `attachment; filename="${filename}"`);
    return c.body(streamOf(chunks));
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
      responses: {
        200: { description: 'The export as CSV', contentType: 'text/csv' },
        422: { description: 'A filter has an invalid value' },
      },
    },
    async (c, { query }) => {
      const chunks = await exports.get(`csv ${JSON.stringify(query)}`, () => csvPieces(query));
      return sendExport(c, chunks, 'text/csv; charset=utf-8', 'clearinghouse-export.csv');
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
      responses: {
        200: { description: 'The export as JSON', schema: exportAnswerSchema, streamed: true },
        422: { description: 'A filter has an invalid value' },
      },
    },
    async (c, { query }) => {
      const chunks = await exports.get(`json ${JSON.stringify(query)}`, () => jsonPieces(query));
      return sendExport(c, chunks, 'application/json; charset=utf-8', 'clearinghouse-export.json');
    },
  );

  publicAssistanceRoutes(deps, table, router);
  publicEventsRoutes(deps, table, router);
  publicProfileRoutes(deps, table, router);
  return router;
}
