import { serve } from '@hono/node-server';
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PUSH_BATCH_MUTATIONS, pushBatchLength, uuidv7, type Mutation } from '@clearinghouse/shared';
import { createApp } from '@clearinghouse/api/src/app.ts';
import { loadReferenceData } from '@clearinghouse/api/src/bootstrap.ts';
import { readConfig } from '@clearinghouse/api/src/config.ts';
import { openSqlite } from '@clearinghouse/api/src/db/connection.ts';
import { migrateToLatest } from '@clearinghouse/api/src/db/migrate.ts';
import { keepIdleConnections } from '@clearinghouse/api/src/http/persistent-connection.ts';
import { loadWebBuild } from '@clearinghouse/api/src/http/web-build.ts';
import { silentLogger } from '@clearinghouse/api/src/logger.ts';
import { accountService } from '@clearinghouse/api/src/services/accounts.ts';
import { testKeyring } from '@clearinghouse/api/src/services/keyring.ts';
import { countingServer } from './counting-server.ts';
import { send as sendHttp } from './http-client.ts';
import type { Doc } from './workload.ts';

const PASSWORD = 'benchmark passphrase 2026';

/** The real server (file database, fsync on) on loopback, and a minimal client speaking the protocol. */
export async function clearinghouseSide() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ch-bench-'));
  // BENCH_GROUP_MS: the SQLite group commit's age limit, to compare values under load (load.ts).
  const groupMaxAgeMs = process.env.BENCH_GROUP_MS ? Number(process.env.BENCH_GROUP_MS) : undefined;
  const { db } = openSqlite(dataDir, { groupMaxAgeMs });
  await migrateToLatest(db);
  const now = () => new Date();
  await loadReferenceData(db, now);
  await accountService(db, now).createUser({ email: 'bench@example.org', role: 'focal_point', entityId: 'BEN', password: PASSWORD });
  const config = { ...readConfig({}), dataDir };
  const app = createApp({ db, config, logger: silentLogger, now, keyring: testKeyring() }, loadWebBuild(join(dataDir, 'no-web')));
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  keepIdleConnections(server as Server); // as the real server does (index.ts)
  const http = await countingServer(server as never);

  const login = await fetch(`${http.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: http.url },
    body: JSON.stringify({ email: 'bench@example.org', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

  /** A device; `via` is another address of the same server (a relay that records the wire). */
  const client = (via = http.url) => {
    const origin = via;
    const clientId = uuidv7();
    let mid = 0;
    /** Sends mutations already written as JSON (each with its mid), in one push request. */
    const send = async (texts: string[]) => {
      const res = await sendHttp(`${origin}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin, cookie, 'accept-encoding': 'gzip' },
        body: Buffer.from(`{"clientId":${JSON.stringify(clientId)},"protocol":1,"mutations":[${texts.join(',')}]}`),
      });
      if (res.status !== 200) throw new Error(`push ${res.status} ${res.text()}`);
      return res.json<{ results: { status: string; version?: number }[] }>();
    };
    return {
      push: (mutations: Omit<Mutation, 'mid'>[]) => send(mutations.map((m) => JSON.stringify({ ...m, mid: ++mid }))),
      /**
       * Sends a queue of mutations as the app does (shared push-batch.ts: at most 500 mutations and
       * 768 KiB of UTF-8 per request). Each mutation is written as JSON once, both to measure it and to send it.
       */
      async pushAll(mutations: Omit<Mutation, 'mid'>[]) {
        let statuses = 0;
        const texts = mutations.map((m) => JSON.stringify({ ...m, mid: ++mid }));
        for (let start = 0; start < texts.length;) {
          const end = start + pushBatchLength(texts.slice(start, start + PUSH_BATCH_MUTATIONS));
          const answer = await send(texts.slice(start, end));
          statuses += answer.results.filter((r) => r.status === 'applied').length;
          const bad = answer.results.find((r) => r.status !== 'applied');
          if (bad && process.env.BENCH_DEBUG) console.error(JSON.stringify(bad));
          start = end;
        }
        return statuses;
      },
      async pullAll() {
        let cursor = '';
        let count = 0;
        for (;;) {
          const res = await sendHttp(`${origin}/api/sync/pull?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
            headers: { cookie, 'accept-encoding': 'gzip' },
          });
          const page = res.json<{ changes: unknown[]; cursor: string; hasMore: boolean }>();
          count += page.changes.length;
          cursor = page.cursor;
          if (!page.hasMore) return count;
        }
      },
    };
  };

  const create = (doc: Doc): Omit<Mutation, 'mid'>[] => [
    { table: 'submissions', id: doc.submission.id as string, op: 'upsert', baseVersion: null, fields: doc.submission },
    ...doc.items.map((item) => ({
      table: 'items' as const,
      id: item.id as string,
      op: 'upsert' as const,
      baseVersion: null,
      fields: item,
    })),
  ];

  return {
    http,
    cookie,
    client,
    create,
    close: async () => {
      await http.close();
      await db.destroy();
    },
  };
}
