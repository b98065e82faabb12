import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The caller's address. Without a trusted proxy, the socket's. Behind `hops` proxies of ours, the
 * address the outermost of them saw: each proxy appends its peer to X-Forwarded-For, so that is the
 * entry `hops` places from the right. Everything further left was written by the client and can say
 * anything (a forged address would dodge the sign-in throttle, lock out someone else, or land in the
 * audit trail).
 */
export function clientAddress(c: Context, hops: number): string {
  if (hops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const seen = entries[Math.max(0, entries.length - hops)];
    if (seen) return seen;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
