import { join, resolve } from 'node:path';
import { apiRoot } from './paths.ts';

/** Everything the server reads from its environment (README.md "Configuration"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** An S3-compatible bucket for attachments (s3://bucket/prefix or http(s)://host/bucket/prefix); else disk or database. */
  blobUrl: string | null;
  webDir: string;
  /** The origin browsers use to reach the app, when it differs from the Host header (reverse proxy). */
  publicOrigin: string | null;
  /** Trust X-Forwarded-For / X-Forwarded-Proto (only behind a proxy you run). */
  trustProxy: boolean;
  /** The bearer token GET /api/metrics asks for; without one the endpoint does not exist (404). */
  metricsToken: string | null;
  /** How long a stopping server waits for requests in flight before it closes the database (ms). */
  shutdownGraceMs: number;
  /** smtp(s)://user:pass@host:port to e-mail notices of transmissions and returns; null: no e-mail. */
  smtpUrl?: string | null;
  /** The sender of those e-mails. */
  mailFrom?: string;
  /** How many proxies of yours stand in front (TRUST_PROXY=N; `1` or `true` is one): see clientAddress. */
  trustedProxies: number;
}

/** TRUST_PROXY: `1`/`true` for one proxy, a number for a chain of them, anything else for none. */
function proxyHops(value: string | undefined): number {
  if (value === 'true') return 1;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    blobUrl: env.BLOB_URL || null,
    webDir: resolve(env.WEB_DIR || join(apiRoot(), '../web/build')),
    publicOrigin: env.PUBLIC_ORIGIN?.replace(/\/$/, '') || null,
    trustProxy: proxyHops(env.TRUST_PROXY) > 0,
    trustedProxies: proxyHops(env.TRUST_PROXY),
    metricsToken: env.METRICS_TOKEN || null,
    shutdownGraceMs: Number(env.SHUTDOWN_GRACE_MS) > 0 ? Number(env.SHUTDOWN_GRACE_MS) : 10_000,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'clearinghouse@localhost',
  };
}
