import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { loadReferenceData, openStorage } from './bootstrap.ts';
import { readConfig } from './config.ts';
import { describeDbError } from './db/connection.ts';
import { inFlightCounter, stopGracefully } from './graceful-shutdown.ts';
import { keepIdleConnections } from './http/persistent-connection.ts';
import { consoleLogger as logger } from './logger.ts';
import { trustedOriginsDescription } from './http/origin.ts';
import { firstSetup } from './services/first-setup.ts';
import { loadKeyring } from './services/keyring.ts';
import { createMetrics } from './services/metrics.ts';
import { seedDemo } from './demo/seed.ts';

const config = readConfig();
const now = () => new Date();
const metrics = createMetrics();
const storage = await openStorage(config, {
  onIdleError: (err) => {
    metrics.countDatabaseError();
    logger.error('database.idle-connection-error', describeDbError(err));
  },
});
await loadReferenceData(storage.db, now);

const setup = firstSetup(storage.db, now);
const keyring = loadKeyring(config.dataDir);
const demo = process.env.DEMO === '1' ? await seedDemo(storage.db, keyring, now) : null;
const app = createApp({ db: storage.db, config, logger, now, keyring, metrics });

async function announce(info: AddressInfo) {
  const origin = config.publicOrigin ?? `http://${info.address.includes(':') ? `[${info.address}]` : info.address}:${info.port}`;
  const where = config.databaseUrl ? `PostgreSQL database; attachments and key in ${config.dataDir}` : `data in ${config.dataDir}`;
  console.log(`Clearinghouse listening on ${origin} (${where})`);
  console.log(`Origin check: ${trustedOriginsDescription(config)}.`);
  if (demo) {
    console.log(`\nDemo accounts (password for all: ${demo.password}):`);
    for (const a of demo.accounts) console.log(`  ${a.role.padEnd(12)} ${a.email}${a.entityId ? `  (${a.entityId})` : ''}`);
    console.log(`\nThis is a throwaway database in ${config.dataDir}; it is not your real data.\n`);
  } else if (await setup.needed()) {
    const token = await setup.issueLink();
    console.log(
      `\nNo Secretariat account exists yet. Open this one-time link within 24 hours to create it:\n  ${origin}/setup#token=${token}\n`,
    );
  }
}

// Not awaited by serve(): a failure here (the database refusing the setup check) stays an unhandled
// rejection, which stops the process like any other start-up failure.
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => void announce(info));
keepIdleConnections(server as Server);

stopGracefully({
  server: server as Server,
  inFlight: inFlightCounter(server as Server),
  closeDatabase: storage.close,
  logger,
  graceMs: config.shutdownGraceMs,
});
