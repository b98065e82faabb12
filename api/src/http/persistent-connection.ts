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
