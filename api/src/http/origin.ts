import type { Context } from 'hono';
import type { Config } from '../config.ts';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '']);
const bracketed = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** Loopback names and addresses: a page served from them is on this machine already. */
const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';

/**
 * Without PUBLIC_ORIGIN, the hosts the server answers to as itself: loopback, and the address it was
 * told to listen on. A name from the Host header alone is not enough: with DNS rebinding, a page of
 * another site can reach an intranet server under its own name and would pass an Origin check that
 * follows the Host header.
 */
function isTrustedHost(hostname: string, config: Config): boolean {
  if (isLoopback(hostname)) return true;
  return !WILDCARD_HOSTS.has(config.host) && hostname === bracketed(config.host).toLowerCase();
}

/** The origin used when a request names a host the server does not trust. */
export function defaultOrigin(config: Config): string {
  const host = WILDCARD_HOSTS.has(config.host) ? '127.0.0.1' : bracketed(config.host);
  return `http://${host}:${config.port}`;
}

/**
 * The origin browsers use for this app: configured (PUBLIC_ORIGIN), or what the request was addressed
 * to when that is a host the server trusts (see isTrustedHost), or else the default origin, which a
 * rebound page's Origin never equals.
 */
export function appOrigin(c: Context, config: Config): string {
  if (config.publicOrigin) return config.publicOrigin;
  const url = new URL(c.req.url);
  if (config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto) url.protocol = `${proto}:`;
    if (host) url.host = host;
  }
  return isTrustedHost(url.hostname, config) ? url.origin : defaultOrigin(config);
}

/** What the start message says about the Origin check. */
export function trustedOriginsDescription(config: Config): string {
  if (config.publicOrigin) return `state-changing requests are accepted from ${config.publicOrigin} only`;
  const own = WILDCARD_HOSTS.has(config.host) ? '' : ` and ${defaultOrigin(config)}`;
  return (
    `state-changing requests are accepted from loopback origins (localhost, 127.0.0.1)${own} only;` +
    ' set PUBLIC_ORIGIN to the address people use to reach this server'
  );
}

export const isHttps = (c: Context, config: Config) => appOrigin(c, config).startsWith('https:');
