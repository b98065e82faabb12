import { healthSchema, readySchema } from '@clearinghouse/shared';
import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { migrationStatus } from '../db/migrate.ts';
import { pingDatabase } from '../db/ping.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError } from '../http/http-error.ts';
import type { RouteTable } from '../http/route-table.ts';
import type { Metrics } from '../services/metrics.ts';

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Liveness (health), readiness (ready: a load balancer sends traffic) and the Prometheus metrics. */
export function healthRoutes(deps: Deps & { metrics: Metrics }, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const storage = deps.config.databaseUrl ? 'postgresql' : 'sqlite';
  table.add(
    router,
    {
      method: 'GET',
      path: '/api/health',
      allow: ['public'],
      tag: 'meta',
      summary: 'Liveness and storage check.',
      responses: { 200: { description: 'Healthy', schema: healthSchema } },
    },
    async (_c, { reply }) => {
      await pingDatabase(deps.db);
      return reply({ status: 'ok' as const, time: deps.now().toISOString(), storage });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/ready',
      allow: ['public'],
      tag: 'meta',
      summary: 'Readiness: the database answers and has every migration of this release applied.',
      responses: {
        200: { description: 'Ready to serve', schema: readySchema },
        503: { description: 'not-ready: the database is unreachable or not migrated' },
      },
    },
    async (c, { reply }) => {
      let status: Awaited<ReturnType<typeof migrationStatus>>;
      try {
        status = await migrationStatus(deps.db);
      } catch (err) {
        deps.logger.warn('ready.database-unreachable', { requestId: c.get('requestId'), error: (err as Error).name });
        throw new HttpError(503, 'not-ready', 'The database cannot be reached.');
      }
      if (status.pending.length) {
        throw new HttpError(503, 'not-ready', `The database lacks ${status.pending.length} migration(s) of this release.`);
      }
      return reply({ status: 'ready' as const, storage, migrations: status.applied.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/metrics',
      allow: ['public'],
      tag: 'meta',
      summary: 'Prometheus metrics, for a scraper holding METRICS_TOKEN (Authorization: Bearer). 404 when no token is configured.',
      responses: {
        200: { description: 'Prometheus text exposition format', contentType: 'text/plain; version=0.0.4' },
        401: { description: 'Missing or wrong token' },
        404: { description: 'Metrics are not enabled (no METRICS_TOKEN)' },
      },
    },
    async (c) => {
      const expected = deps.config.metricsToken;
      if (!expected) throw new HttpError(404, 'not-found', `Nothing is at ${c.req.method} ${c.req.path}.`);
      const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
      if (!sameToken(given, expected)) throw new HttpError(401, 'not-signed-in', 'The metrics token is missing or wrong.');
      return c.body(await deps.metrics.render(), 200, { 'Content-Type': deps.metrics.contentType });
    },
  );
  return router;
}
