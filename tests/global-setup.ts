/**
 * Starts the production server once for the whole run on a fresh temp DATA_DIR and a free port,
 * seeds the standard accounts through the admin CLI, and writes run.json (see support/run-state.ts).
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { writeRunState } from './support/run-state.ts';
import { TestServer, defaultWebDir, makeRunDir } from './support/server.ts';

export default async function globalSetup(_config: FullConfig): Promise<void> {
  const started = Date.now();
  // Serve a snapshot of web/build, so that a `pnpm build` running meanwhile cannot swap the files
  // under the tests (a half-written build renders a blank page).
  if (!existsSync(join(defaultWebDir, 'index.html'))) {
    throw new Error(`No built web app in ${defaultWebDir}: run \`pnpm build\` first (\`pnpm test\` does).`);
  }
  // The server runs from the API bundle, as `pnpm start` does: rebuild it if its sources changed.
  // @ts-expect-error plain ESM script without type declarations
  const { ensureApiBuilt } = await import('../scripts/lib/api-build.mjs');
  await ensureApiBuilt({ quiet: true });
  const { dir, dataDir } = makeRunDir();
  const webDir = join(dir, 'web');
  cpSync(defaultWebDir, webDir, { recursive: true });
  const server = await TestServer.start({ dataDir, webDir });
  let accounts;
  try {
    accounts = await server.seedAccounts();
  } catch (err) {
    const tail = server.tail();
    await server.stop();
    throw new Error(`Seeding accounts through the CLI failed: ${(err as Error).message}\n${tail}`);
  }
  writeRunState(join(dir, 'run.json'), { runDir: dir, server: server.state(), accounts });
  // The teardown reads pid from run.json; base URL also for anyone scripting around the run.
  process.env.E2E_BASE_URL = server.baseURL;
  console.log(`[e2e] server ${server.baseURL} (pid ${server.pid}, DATA_DIR ${dataDir}) ready and seeded in ${Date.now() - started} ms`);
}
