import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * hono's bodyLimit, without touching the body when the request declares its length. hono's first reads
 * `c.req.raw.body`, and under @hono/node-server that turns the light request into a full web Request
 * whose body is a web stream over the socket: every JSON body (a push's ~240 KB) was then read through
 * web streams instead of in one piece (docs/performance.md, round 6). With a Content-Length and no
 * Transfer-Encoding, hono's decides by that header alone as well; a body of unknown length (chunked)
 * still goes through hono's, which counts its bytes as they come.
 */
export function bodyLimitByLength(options: { maxSize: number; onError: (c: Context) => Response | Promise<Response> }): MiddlewareHandler {
  const counting = bodyLimit(options);
  return async (c, next) => {
    const method = c.req.method;
    // No body to limit (hono's finds none either).
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined)
      return Number.parseInt(length, 10) > options.maxSize ? options.onError(c) : next();
    return counting(c, next);
  };
}
