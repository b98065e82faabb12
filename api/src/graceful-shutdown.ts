import type { Server } from 'node:http';
import type { Logger } from './logger.ts';

/**
 * Counts the requests being answered, from their arrival until the last byte of the response has left
 * (or the connection broke), so that a stopping server knows when the last one is done.
 */
export function inFlightCounter(server: Server) {
  let active = 0;
  let onIdle: (() => void) | null = null;
  server.on('request', (_req, res) => {
    active++;
    let done = false;
    const finished = () => {
      if (done) return;
      done = true;
      active--;
      if (active === 0) onIdle?.();
    };
    res.once('finish', finished);
    res.once('close', finished);
  });
  return {
    get active() {
      return active;
    },
    /** Resolves when nothing is in flight, or after `ms` (true: drained in time). */
    drained(ms: number): Promise<boolean> {
      if (active === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        onIdle = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
  };
}

/**
 * SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish (at most `graceMs`),
 * then close the database and exit. A push cut off by the deadline rolls back as a whole (one
 * transaction) and the device resends it: its mids make the resend harmless. A second signal exits at once.
 */
export function stopGracefully(opts: {
  server: Server;
  inFlight: { readonly active: number; drained(ms: number): Promise<boolean> };
  closeDatabase: () => Promise<void>;
  logger: Logger;
  graceMs: number;
}) {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      opts.logger.warn('server.stop-forced', { signal });
      process.exit(1);
    }
    stopping = true;
    opts.logger.info('server.stopping', { signal, inFlight: opts.inFlight.active, graceMs: opts.graceMs });
    opts.server.close();
    opts.server.closeIdleConnections();
    const drained = await opts.inFlight.drained(opts.graceMs);
    opts.server.closeAllConnections();
    if (!drained) opts.logger.warn('server.requests-cut', { inFlight: opts.inFlight.active });
    // The database may still be inside a transaction a cut request started: give it a bounded moment.
    const closed = await Promise.race([
      opts.closeDatabase().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000).unref()),
    ]).catch(() => false);
    opts.logger.info('server.stopped', { drained, databaseClosed: closed });
    process.exit(drained && closed ? 0 : 1);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
