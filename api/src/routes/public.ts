import { Hono } from 'hono';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';

/** The public clearinghouse API (/api/public/...): read-only, only the published copy. */
export function publicRoutes(_deps: Deps, _table: RouteTable) {
  const router = new Hono<AppEnv>();
  return router;
}
