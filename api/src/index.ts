import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadReferenceData, openStorage } from './bootstrap.ts';
import { readConfig } from './config.ts';
import { trustedOriginsDescription } from './http/origin.ts';
import { consoleLogger } from './logger.ts';
import { firstSetup } from './services/first-setup.ts';
import { loadKeyring } from './services/keyring.ts';
import { seedDemo } from './demo/seed.ts';

const config = readConfig();
const now = () => new Date();
const storage = await openStorage(config);
await loadReferenceData(storage.db, now);

const setup = firstSetup(storage.db, now);
const keyring = loadKeyring(config.dataDir);
const demo = process.env.DEMO === '1' ? await seedDemo(storage.db, keyring, now) : null;
const app = createApp({ db: storage.db, config, logger: consoleLogger, now, keyring });

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, async (info) => {
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
});

const shutdown = () => {
  server.close(() => void storage.close().then(() => process.exit(0)));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
