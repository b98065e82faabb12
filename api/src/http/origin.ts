import type { Context } from 'hono';
import type { Config } from '../config.ts';

/** The origin browsers use for this app: configured, or what the request itself was addressed to. */
export function appOrigin(c: Context, config: Config): string {
  if (config.publicOrigin) return config.publicOrigin;
  const url = new URL(c.req.url);
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto) url.protocol = `${proto}:`;
    if (host) url.host = host;
  }
  return url.origin;
}

export const isHttps = (c: Context, config: Config) => appOrigin(c, config).startsWith('https:');
