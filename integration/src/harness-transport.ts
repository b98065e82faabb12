/**
 * The real server, in memory (api/src/test/harness.ts), as the sync code's transport: requests go
 * through Hono's app.request(), signed in, from the app's origin. `restart()` builds a new app over the
 * same database, as a process restart would (sessions and sync bookkeeping live in the database).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@clearinghouse/api/src/app.ts';
import { memoryLogger } from '@clearinghouse/api/src/logger.ts';
import { createTestContext, ORIGIN, type TestContext } from '@clearinghouse/api/src/test/harness.ts';
import { httpTransport, type Transport } from '$lib/sync/transport.ts';

export interface TestServer {
  ctx: TestContext;
  restart(): void;
  /** A signed-in device's fetch. */
  fetchAs(cookie: string): typeof fetch;
  transportAs(cookie: string): Transport;
}

export async function startTestServer(): Promise<TestServer> {
  // blobs are files under DATA_DIR: a temp dir per server, never the working directory
  const ctx = await createTestContext({ dataDir: mkdtempSync(join(tmpdir(), 'ch-sync-test-')) });
  let app = ctx.app;
  const server: TestServer = {
    ctx,
    restart() {
      app = createApp({ db: ctx.db, config: ctx.config, logger: memoryLogger(), now: () => new Date(ctx.clock.now), keyring: ctx.keyring });
    },
    fetchAs(cookie) {
      return async (input, init = {}) => {
        const headers = new Headers(init.headers);
        headers.set('cookie', cookie);
        if ((init.method ?? 'GET') !== 'GET') headers.set('origin', ORIGIN);
        const { signal: _ignored, ...rest } = init; // app.request has no network to abort
        return app.request(String(input), { ...rest, headers });
      };
    },
    transportAs(cookie) {
      return httpTransport(server.fetchAs(cookie));
    },
  };
  return server;
}
