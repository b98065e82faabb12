import { assistanceTableSchema } from '@clearinghouse/shared';
import type { Hono } from 'hono';
import { publicReadsRepo } from '../db/repositories/public-reads.ts';
import { assistanceExchangesRepo } from '../db/repositories/assistance-exchanges.ts';
import { publicExchange } from './assistance.ts';
import { csvDocument } from '../http/csv.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { ASSISTANCE_CSV_COLUMNS, assistanceCsvRows, buildAssistanceTable } from '../services/public/assistance-table.ts';
import { toPublicItems } from '../services/public/public-item.ts';
import { AssistanceQuery, PUBLIC_CACHE } from './public-schemas.ts';

/** Annex II's two-way table of technical assistance: providers × recipients, and its CSV. */
export function publicAssistanceRoutes(deps: Deps, table: RouteTable, router: Hono<AppEnv>) {
  const tableOf = async (filter: { thematicArea?: string; status?: string }) =>
    buildAssistanceTable(
      toPublicItems(await publicReadsRepo(deps.db).itemsOfCategory('assistance')),
      filter,
      (await assistanceExchangesRepo(deps.db).list()).map(publicExchange),
    );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/assistance-table',
      allow: ['public'],
      tag: 'public',
      summary:
        'The two-way table: one cell per provider × recipient with the offers and needs behind it; null sides are open offers or needs.',
      query: AssistanceQuery,
      responses: {
        200: {
          description: 'The table of offers and needs',
          schema: assistanceTableSchema,
        },
      },
    },
    async (c, { query, reply }) => {
      c.header('Cache-Control', PUBLIC_CACHE);
      return reply(await tableOf(query));
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/assistance-table.csv',
      allow: ['public'],
      tag: 'public',
      summary: 'The two-way table as CSV: one row per element per cell (columns in docs/open-data.md).',
      query: AssistanceQuery,
      responses: { 200: { description: 'The table as CSV', contentType: 'text/csv' } },
    },
    async (c, { query }) => {
      const csv = csvDocument(ASSISTANCE_CSV_COLUMNS, assistanceCsvRows(await tableOf(query)));
      c.header('Cache-Control', PUBLIC_CACHE);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="assistance-table.csv"');
      return c.body(csv);
    },
  );
}
