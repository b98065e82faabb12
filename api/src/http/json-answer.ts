import type { Context } from 'hono';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { AppEnv } from './env.ts';

const gzipAsync = promisify(gzip);

/** Below this, gzip makes an answer larger and adds two headers: it goes out as it is. */
const COMPRESS_FROM_BYTES = 1024;
/** Up to this size gzip takes a fraction of a millisecond: done at once; larger answers go to the thread pool (the other core). */
const COMPRESS_INLINE_UP_TO_BYTES = 16 * 1024;

/** Whether the request's Accept-Encoding allows gzip (a q of 0 refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const refused = q !== undefined && Number(q.slice(2)) === 0;
    if (name === 'gzip' || name === 'x-gzip') return !refused;
    if (name === '*') wildcard = !refused;
  }
  return wildcard;
}

/**
 * A JSON answer that is not a document, from its text (securityHeaders gives it the short policy for
 * data, or none when only the script that sent a write reads it). Its length is known, so a small answer (a one-field edit's ~70 bytes) goes
 * out as it is, and a large one is gzipped here in one call rather than through the compress
 * middleware's stream (which costs more than the compression for the sync answers, docs/performance.md).
 */
export async function jsonTextAnswer(c: Context<AppEnv>, text: string): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const bytes = Buffer.from(text);
  if (bytes.length < COMPRESS_FROM_BYTES) return c.body(bytes, 200, { ...headers, 'Content-Length': String(bytes.length) });
  headers.Vary = 'Accept-Encoding';
  if (!acceptsGzip(c.req.header('accept-encoding'))) return c.body(bytes, 200, { ...headers, 'Content-Length': String(bytes.length) });
  const packed = bytes.length <= COMPRESS_INLINE_UP_TO_BYTES ? gzipSync(bytes) : await gzipAsync(bytes);
  return c.body(packed, 200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': String(packed.length) });
}
