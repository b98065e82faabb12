import { join, resolve } from 'node:path';
import { apiRoot } from './paths.ts';

/** Everything the server reads from its environment (PROTOCOL.md "Configuration"). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
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
    webDir: resolve(env.WEB_DIR || join(apiRoot(), '../web/build')),
    publicOrigin: env.PUBLIC_ORIGIN?.replace(/\/$/, '') || null,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    metricsToken: env.METRICS_TOKEN || null,
    shutdownGraceMs: Number(env.SHUTDOWN_GRACE_MS) > 0 ? Number(env.SHUTDOWN_GRACE_MS) : 10_000,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || 'clearinghouse@localhost',
  };
}
