import { openBlobStorage, type BlobStorage } from './services/blob-storage/index.ts';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorBody } from '@clearinghouse/shared';
import { bodyLimitByLength } from './http/body-limit.ts';
import type { AppEnv, Deps } from './http/env.ts';
import { HttpError } from './http/http-error.ts';
import { jsonOnlyMiddleware, noStoreMiddleware, sameOriginMiddleware, sessionMiddleware } from './http/middleware.ts';
import { RouteTable } from './http/route-table.ts';
import { securityHeaders } from './http/security-headers.ts';
import { serveWebApp } from './http/static-routes.ts';
import { loadWebBuild, type WebBuild } from './http/web-build.ts';
import { persistentConnection } from './http/persistent-connection.ts';
import { requestLog, uploadBytesCounter } from './http/request-log.ts';
import { createMetrics, type Metrics } from './services/metrics.ts';
import { accountSelfRoutes } from './routes/account-self.ts';
import { accountRoutes } from './routes/accounts.ts';
import { assistanceRoutes } from './routes/assistance.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { blobRoutes } from './routes/blobs.ts';
import { cycleRoutes } from './routes/cycles.ts';
import { entityRoutes } from './routes/entities.ts';
import { healthRoutes } from './routes/health.ts';
import { monitoringRoutes } from './routes/monitoring.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { publicRoutes } from './routes/public.ts';
import { setupRoutes } from './routes/setup.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { syncRoutes } from './routes/sync.ts';
import { treatyRoutes } from './routes/treaty.ts';
import { sessionService } from './services/sessions.ts';

export const JSON_BODY_LIMIT = 1024 * 1024;
export const IMPORT_BODY_LIMIT = 150 * 1024 * 1024;

export type App = Hono<AppEnv> & { routeTable: RouteTable };

/** What createApp needs; the attachment storage is opened from the configuration when not given. */
export type AppDeps = Omit<Deps, 'blobStorage'> & { blobStorage?: BlobStorage };

/** Builds the whole server from its dependencies; index.ts only reads config and calls this. */
export function createApp(given: AppDeps, web: WebBuild = loadWebBuild(given.config.webDir)): App {
  const deps: Deps & { metrics: Metrics } = {
    ...given,
    metrics: given.metrics ?? createMetrics(),
    blobStorage: given.blobStorage ?? openBlobStorage(given.config, given.db, given.now),
  };
  const app = new Hono<AppEnv>();
  const table = new RouteTable({ checkAnswers: deps.checkAnswers });

  app.use('*', requestLog(deps.logger, deps.metrics));
  app.use('*', persistentConnection());
  app.use('/api/blobs/*', uploadBytesCounter(deps.metrics));
  app.use('*', securityHeaders(deps.config, web.scriptHashes));
  app.use('*', compress());
  app.use('/api/*', noStoreMiddleware());
  app.use('/api/*', sameOriginMiddleware(deps.config));
  app.use('/api/*', jsonOnlyMiddleware());
  app.use('/api/*', async (c, next) => {
    if (c.req.path.startsWith('/api/blobs/')) return next(); // attachments carry their own cap
    // An imported submission file carries its attachments (base64): room for a few full-size ones.
    const importing = c.req.path === '/api/submissions/import';
    return bodyLimitByLength({
      maxSize: importing ? IMPORT_BODY_LIMIT : JSON_BODY_LIMIT,
      onError: () => {
        throw new HttpError(
          413,
          'payload-too-large',
          importing ? 'The file is larger than 150 MiB.' : 'The request body is larger than 1 MiB.',
        );
      },
    })(c, next);
  });
  app.use('/api/*', sessionMiddleware(sessionService(deps.db, deps.now)));

  app.route('/', healthRoutes(deps, table));
  app.route('/', authRoutes(deps, table));
  app.route('/', setupRoutes(deps, table));
  app.route('/', accountSelfRoutes(deps, table));
  app.route('/', accountRoutes(deps, table));
  app.route('/', auditRoutes(deps, table));
  app.route('/', entityRoutes(deps, table));
  app.route('/', syncRoutes(deps, table));
  app.route('/', submissionRoutes(deps, table));
  app.route('/', blobRoutes(deps, table));
  app.route('/', cycleRoutes(deps, table));
  app.route('/', treatyRoutes(deps, table));
  app.route('/', monitoringRoutes(deps, table));
  app.route('/', assistanceRoutes(deps, table));
  app.route('/', publicRoutes(deps, table));
  app.route('/', openApiRoutes(table));

  const webApp = serveWebApp(web);
  app.notFound((c) => {
    if (!c.req.path.startsWith('/api/') && c.req.path !== '/api') {
      const res = webApp(c);
      if (res) return res;
    }
    return c.json(errorBody('not-found', `Nothing is at ${c.req.method} ${c.req.path}.`), 404);
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) {
      return c.json(errorBody(err.code, err.message, err.details), err.status as ContentfulStatusCode);
    }
    // Unexpected: log the kind and place, never the request body; answer without internals.
    deps.logger.error('http.unhandled', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: err.name,
      message: err.message,
    });
    return c.json(errorBody('internal-error', 'Something went wrong on the server. Your data is safe; try again.'), 500);
  });

  return Object.assign(app, { routeTable: table });
}
