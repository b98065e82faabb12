import { monitoringSchema } from '@clearinghouse/shared';
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { monitoringFigures } from '../services/monitoring.ts';

export function monitoringRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  table.add(
    router,
    {
      method: 'GET',
      path: '/api/monitoring',
      allow: ['bureau', 'secretariat'],
      tag: 'monitoring',
      summary:
        'The Bureau’s monitoring figures: States Parties over time by regional group, APIC coverage, implementing legislation, obstacles, responses per request.',
      responses: { 200: { description: 'The figures', schema: monitoringSchema } },
    },
    async (_c, { reply }) => reply(await monitoringFigures(deps.db, deps.keyring, deps.now().toISOString().slice(0, 10))),
  );
  return router;
}
