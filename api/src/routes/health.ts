import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { sql } from 'kysely';

const Health = v.object({ status: v.literal('ok'), time: v.string(), storage: v.string() });

export function healthRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  table.add(
    router,
    {
      method: 'GET',
      path: '/api/health',
      allow: ['public'],
      tag: 'meta',
      summary: 'Liveness and storage check.',
      responses: { 200: { description: 'Healthy', schema: Health } },
    },
    async (c) => {
      await sql`select 1`.execute(deps.db);
      return c.json({ status: 'ok' as const, time: deps.now().toISOString(), storage: deps.config.databaseUrl ? 'postgresql' : 'sqlite' });
    },
  );
  return router;
}
