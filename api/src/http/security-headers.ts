import type { MiddlewareHandler } from 'hono';
import type { Config } from '../config.ts';
import type { AppEnv } from './env.ts';
import { isHttps } from './origin.ts';
import { isJsonContentType } from './validation.ts';

/**
 * A hashed script, stylesheet or font of the built app: a subresource, never a document or a worker, so
 * the document policies (CSP, framing, referrer, opener, permissions) have nothing to govern there, and
 * repeating them cost ~700 bytes on each of the first visit's requests. Workers and SVGs (which can be
 * opened as documents) keep every header.
 */
const HASHED_SUBRESOURCE = /^\/_app\/immutable\/(?!workers\/).+\.(js|mjs|css|woff2)$/;

/**
 * A JSON answer of the API is data, never a document: a browser opening one shows text and runs
 * nothing. Its policy is the short one for data ("load nothing, be framed by nobody"), which also does
 * X-Frame-Options' work; referrer, opener and permissions policies govern what a document does and have
 * nothing to govern here. Leaving them off saves ~180 bytes on every sync answer, which on a phone's
 * poor link is most of a one-field edit's answer (docs/performance.md).
 */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
const JSON_TYPE = /^application\/(problem\+)?json\b/;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The successful answer to a write whose body is JSON is read by the script that sent it and by nothing
 * else: a form can only send urlencoded, multipart or plain text, a navigation or a script/style load
 * is a GET, a no-cors request cannot set a JSON Content-Type, and no cache stores the answer to a write.
 * No browser renders it, loads it as a subresource or sniffs it, so CSP and nosniff have nothing to
 * govern there; they cost ~100 bytes, a quarter of a one-field edit's answer (docs/performance.md). A
 * failed write keeps every header, as does every other answer.
 */
function readOnlyByItsScript(method: string, requestType: string | undefined, status: number): boolean {
  return WRITES.has(method) && isJsonContentType(requestType) && status < 400;
}

/**
 * Headers on every response but hashed subresources, which keep only nosniff and HSTS, and the
 * successful answers to JSON writes, which keep HSTS. Scripts only from this origin plus the shell's own inline bootstrap,
 * allowed by hash (computed from the built index.html), so no injected script can run.
 */
export function securityHeaders(config: Config, scriptHashes: string[]): MiddlewareHandler<AppEnv> {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (isHttps(c, config)) h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (readOnlyByItsScript(c.req.method, c.req.header('content-type'), c.res.status)) return;
    h.set('X-Content-Type-Options', 'nosniff');
    const served = c.res.status === 200 || c.res.status === 304;
    if (served && HASHED_SUBRESOURCE.test(c.req.path)) return;
    if (c.req.path.startsWith('/api/') && JSON_TYPE.test(h.get('Content-Type') ?? '')) {
      h.set('Content-Security-Policy', DATA_POLICY);
      return;
    }
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', csp);
    h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  };
}
