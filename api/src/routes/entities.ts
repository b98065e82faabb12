import { Hono } from 'hono';
import { entitiesRepo } from '../db/repositories/entities.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';

/** Reference data every reader may see: the reporting entities (States, organisations). */
export function entityRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const entities = entitiesRepo(deps.db);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/entities',
      allow: ['public'],
      tag: 'public',
      summary: 'Every reporting entity (States and organisations), all at once.',
      responses: { 200: { description: '{"items":[...],"total":N}' } },
    },
    async (c) => {
      const items = await entities.list();
      c.header('Cache-Control', 'public, max-age=300');
      return c.json({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/entities/:id',
      allow: ['public'],
      tag: 'public',
      summary: 'One entity.',
      responses: { 200: { description: 'The entity' }, 404: { description: 'No such entity' } },
    },
    async (c) => {
      const entity = await entities.get(param(c, 'id'));
      if (!entity) throw notFound('This entity');
      c.header('Cache-Control', 'public, max-age=300');
      return c.json({ entity });
    },
  );
  return router;
}
