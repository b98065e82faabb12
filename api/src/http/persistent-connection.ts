import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/** What @hono/node-server passes as the environment: the Node request and response (absent in app.request()). */
interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

/**
 * An HTTP/1.1 connection stays open unless one side says `Connection: close` (RFC 9112 §9.3), yet Node
 * writes `Connection: keep-alive` and `Keep-Alive: timeout=5` on every answer: 47 bytes telling a 1.1
 * client what it assumes, an eighth of a one-field edit's answer (docs/performance.md). Removing the
 * header makes Node leave both out while the connection still persists. Whenever Node means to close
 * (the client asked to, an HTTP/1.0 client, an `Expect` it did not answer), it still says so.
 */
export function persistentConnection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { incoming, outgoing } = (c.env ?? {}) as NodeBindings;
    if (incoming?.httpVersion === '1.1' && outgoing?.shouldKeepAlive && !incoming.headers.expect && !outgoing.headersSent)
      outgoing.removeHeader('Connection');
    await next();
  };
}

/**
 * How long the server keeps an idle connection: well above the clients' own idle limits (undici 4 s,
 * browsers up to minutes), as proxies do (60–75 s). With Node's default of 5 s, a server whose event
 * loop stalled for a moment ran its expired idle timers before reading the requests that had arrived
 * meanwhile on those very connections, and closed them under the request: the client saw ECONNRESET
 * (the load bench, docs/performance.md round 5). Idle connections cost a socket each and close at once
 * on shutdown (graceful-shutdown.ts).
 */
export const IDLE_CONNECTION_MS = 65_000;

export function keepIdleConnections(server: { keepAliveTimeout: number; headersTimeout: number }): void {
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  // Kept above the idle time, the usual pairing (Node's default is 60 s; some Node versions cut a connection
  // whose idle time passed it).
  server.headersTimeout = Math.max(server.headersTimeout, IDLE_CONNECTION_MS + 1_000);
}
