import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../services/metrics.ts';
import type { AppEnv } from './env.ts';

/** A request id a proxy may have set: short and plain, so that it cannot smuggle anything into a log line. */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * One JSON log line and one metrics observation per request, tagged with a request id (taken from the
 * proxy's X-Request-Id when it looks like one, else made here) that is echoed in an error answer so that
 * a person's error report can be matched to the log. Only the method, the path (never the query string,
 * which may hold a token), the status and the duration are logged: never a header, a body or a cookie.
 */
export function requestLog(logger: Logger, metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const forwarded = c.req.header('x-request-id');
    const requestId = forwarded && FORWARDED_ID.test(forwarded) ? forwarded : crypto.randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    try {
      await next();
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const status = c.res.status;
      // Echoed where a person may report it: an error. A success is never reported, and the id on
      // every answer was 52 bytes of each sync push's answer (docs/performance.md); its log line has it.
      if (status >= 400) {
        try {
          c.res.headers.set('X-Request-Id', requestId);
        } catch {
          // A response with immutable headers (a proxied fetch) keeps its own.
        }
      }
      // The route pattern (`/api/blobs/:sha256`), not the path, keeps the metrics' label set small.
      const last = routePath(c, -1);
      const route = last && !last.endsWith('*') ? last : c.req.path.startsWith('/api/') ? 'unmatched' : 'web-app';
      metrics.observeRequest(c.req.method, route, status, seconds);
      if (c.req.path.startsWith('/api/')) {
        const fields = { requestId, method: c.req.method, path: c.req.path, status, ms: Math.round(seconds * 1000) };
        if (status >= 500) logger.error('http.request', fields);
        else logger.info('http.request', fields);
      }
    }
  };
}

/** Counts the bytes of attachment uploads as they stream in, whatever the upload handler does with them. */
export function uploadBytesCounter(metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = c.req.raw;
    if (c.req.method === 'PUT' && raw.body) {
      const counted = raw.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            metrics.countUploadBytes(chunk.byteLength);
            controller.enqueue(chunk);
          },
        }),
      );
      c.req.raw = new Request(raw, { body: counted, duplex: 'half' } as RequestInit);
    }
    await next();
  };
}
