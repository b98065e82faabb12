import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '@clearinghouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, testDatabaseUrl } from './test/harness.ts';
import { runCli, startServer, type ServerProcess } from './test/server-process.ts';
import { newItem, newSubmission } from './test/sync-helpers.ts';

const PASSWORD = 'two instances, one database 42';
const CANARY = `CONFIDENTIAL-CANARY-${uuidv7()}`;
/** Both instances stand behind one address, as behind a load balancer. */
const ORIGIN = 'http://clearinghouse.test';

/**
 * Two API processes on one PostgreSQL database, each with its own empty DATA_DIR and the same key (as two
 * machines behind a load balancer): whatever instance a request reaches, it is answered the same. A device
 * pushes through one and pulls through the other; an upload is split between them; sign-in throttling
 * counts attempts made on both.
 */
describe.skipIf(!TEST_DATABASE_URL)('two API instances on one PostgreSQL database', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ch-two-'));
  const key = randomBytes(32).toString('base64');
  let one: ServerProcess;
  let two: ServerProcess;
  let cookie = '';

  const call = (
    server: ServerProcess,
    path: string,
    init: { method?: string; json?: unknown; body?: Uint8Array; headers?: Record<string, string>; cookie?: string } = {},
  ) =>
    fetch(`${server.origin}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        origin: ORIGIN,
        ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
    });

  /** One push of new records from a fresh device, through `server`. */
  const pushNew = (server: ServerProcess, ...records: object[]) =>
    call(server, '/api/sync/push', {
      method: 'POST',
      cookie,
      json: { clientId: uuidv7(), protocol: 1, mutations: records.map((r, i) => ({ ...r, mid: i + 1 })) },
    });

  beforeAll(async () => {
    const databaseUrl = await testDatabaseUrl();
    const env = { CLEARINGHOUSE_KEY: key, PUBLIC_ORIGIN: ORIGIN };
    const cli = { dataDir: join(dir, 'admin'), databaseUrl };
    for (const email of ['fp@example.org', 'guess@example.org']) {
      const r = runCli(cli, ['user', 'add', '--email', email, '--role', 'focal_point', '--entity', 'BEN', '--password-stdin'], PASSWORD);
      expect(r.code, r.err).toBe(0);
    }
    const started = await Promise.all(
      ['one', 'two'].map((name) => startServer({ dataDir: join(dir, name), databaseUrl, logFile: join(dir, `${name}.log`), env })),
    );
    [one, two] = [started[0]!, started[1]!];
    const login = await call(one, '/api/auth/login', { method: 'POST', json: { email: 'fp@example.org', password: PASSWORD } });
    expect(login.status).toBe(200);
    cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  }, 120_000);

  afterAll(() => {
    for (const server of [one, two]) if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('a session opened on one instance works on the other', async () => {
    const me = await call(two, '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { email: 'fp@example.org' } });
  });

  it('an upload split between the instances is stored once, whole, and served by both', async () => {
    const bytes = randomBytes(700_000);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const half = 300_001;
    const first = await call(one, `/api/blobs/${sha}`, {
      method: 'PUT',
      cookie,
      body: new Uint8Array(bytes.subarray(0, half)),
      headers: { 'content-type': 'application/pdf', 'content-range': `bytes 0-${half - 1}/${bytes.length}` },
    });
    expect(await first.json()).toEqual({ size: bytes.length, received: half, complete: false });
    // The other instance knows where the upload stands, and takes the rest.
    expect(await (await call(two, `/api/blobs/${sha}/status`, { cookie })).json()).toEqual({
      size: bytes.length,
      received: half,
      complete: false,
    });
    const rest = await call(two, `/api/blobs/${sha}`, {
      method: 'PUT',
      cookie,
      body: new Uint8Array(bytes.subarray(half)),
      headers: { 'content-type': 'application/pdf', 'content-range': `bytes ${half}-${bytes.length - 1}/${bytes.length}` },
    });
    expect(await rest.json()).toEqual({ size: bytes.length, received: bytes.length, complete: true });

    // Named in a pushed element through one, readable through the other.
    const submission = newSubmission('BEN');
    const item = newItem(submission.id, 'legislation', {
      title: 'Implementing act',
      attachments: [{ sha256: sha, name: 'act.pdf', type: 'application/pdf', size: bytes.length }],
    });
    const push = await pushNew(one, submission, item);
    expect(push.status).toBe(200);
    for (const server of [one, two]) {
      const download = await call(server, `/api/blobs/${sha}`, { cookie });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it('a device pushes through one instance and pulls through the other, confidential values included', async () => {
    const submission = newSubmission('BEN');
    const item = newItem(submission.id, 'obstacle', { description: CANARY, confidential: true });
    const push = await pushNew(one, submission, item);
    expect(push.status).toBe(200);
    expect(((await push.json()) as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const pulled: { id: string; record: Record<string, unknown> }[] = [];
    let cursor = '';
    for (;;) {
      const page = (await (await call(two, `/api/sync/pull${cursor ? `?cursor=${cursor}` : ''}`, { cookie })).json()) as {
        changes: { id: string; record: Record<string, unknown> }[];
        cursor: string;
        hasMore: boolean;
      };
      pulled.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pulled.find((c) => c.id === item.id)?.record).toMatchObject({ confidential: true, description: CANARY });
  });

  it('sign-in throttling counts the attempts made on both instances', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(i % 2 ? one : two, '/api/auth/login', { method: 'POST', json: { email: 'guess@example.org', password: `wrong guess ${i}` } }),
      ),
    );
    const statuses = attempts.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
  });
});
