import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Config } from '../config.ts';
import { SESSION_COOKIE, type sessionService } from '../services/sessions.ts';
import type { AppEnv } from './env.ts';
import { HttpError } from './http-error.ts';
import { appOrigin } from './origin.ts';
import { isJsonContentType } from './validation.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Resolves the session cookie (if any) into c.var.user. Never rejects: routes decide who may pass. */
export function sessionMiddleware(sessions: ReturnType<typeof sessionService>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('sessionTokenHash', null);
    c.set('sessionRevoked', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token && token.length < 100) {
      const found = await sessions.resolve(token);
      if (found && 'revoked' in found) c.set('sessionRevoked', found.revoked);
      else if (found) {
        c.set('user', found.user);
        c.set('sessionTokenHash', found.tokenHash);
      }
    }
    await next();
  };
}

/**
 * Cross-site request forgery defence: a state-changing request must say it comes from this app's own
 * origin. Browsers always send Origin on such requests; a request without one is refused too.
 */
export function sameOriginMiddleware(config: Config): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (!origin || origin !== appOrigin(c, config)) {
        throw new HttpError(403, 'origin-mismatch', 'This request did not come from the clearinghouse itself and was refused.');
      }
    }
    await next();
  };
}

/** JSON bodies only, apart from attachment uploads (which carry raw bytes). */
export function jsonOnlyMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const hasBody =
      c.req.header('content-length') !== undefined
        ? c.req.header('content-length') !== '0'
        : c.req.header('transfer-encoding') !== undefined;
    if (STATE_CHANGING.has(c.req.method) && hasBody && !c.req.path.startsWith('/api/blobs/')) {
      if (!isJsonContentType(c.req.header('content-type'))) {
        throw new HttpError(415, 'unsupported-media-type', 'Send the request body as JSON (Content-Type: application/json).');
      }
    }
    await next();
  };
}

/**
 * Responses under /api carry account data unless a route says otherwise: never store them in caches.
 * Only the answers to GET and HEAD can be stored at all: a cache never stores the answer to a write
 * (RFC 9110 §9.3.3: a POST answer only with explicit freshness and Content-Location; PUT, PATCH and
 * DELETE answers never), so saying so there is 25 bytes on every sync push for nothing.
 */
export function noStoreMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const storable = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (storable && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
  };
}
