import { get as httpGet, request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '@clearinghouse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from './test/harness.ts';
import { runCli, signInOverHttp, startServer, type ServerProcess } from './test/server-process.ts';
import { newItem, newSubmission } from './test/sync-helpers.ts';

const PASSWORD = 'a long passphrase nobody else uses 7';
const CANARY = `CONFIDENTIAL-CANARY-${uuidv7()}`;

/** POSTs `body` in two parts; calls `between` after the first part (and the headers) reached the server. */
function pushInTwoParts(origin: string, cookie: string, body: string, between: () => Promise<void>) {
  return new Promise<{ status: number; text: string } | { error: string }>((resolve) => {
    const req = httpRequest(`${origin}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, cookie, 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', (e) => resolve({ error: e.message }));
    });
    req.on('error', (e) => resolve({ error: e.message }));
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half), () => {
      void between().then(
        () => req.end(body.slice(half)),
        (err: Error) => resolve({ error: `before the second part: ${err.message}` }),
      );
    });
  });
}

describe('the server process', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ch-lifecycle-'));
  const env = { dataDir: join(dir, 'data'), databaseUrl: null as string | null };
  const logFile = join(dir, 'server.log');
  let server: ServerProcess | null = null;
  let sessionToken = '';

  beforeAll(async () => {
    env.databaseUrl = await testDatabaseUrl();
    for (const args of [
      ['user', 'add', '--email', 'fp@example.org', '--role', 'focal_point', '--entity', 'BEN', '--password-stdin'],
      ['user', 'add', '--email', 'sec@example.org', '--role', 'secretariat', '--password-stdin'],
    ]) {
      const r = runCli(env, args, PASSWORD);
      expect(r.code, r.err).toBe(0);
    }
  }, 90_000);
  afterAll(() => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
  });

  it('finishes a push in flight on SIGTERM, closes the database and exits 0; a resent push changes nothing', async () => {
    server = await startServer({ ...env, logFile });
    const cookie = await signInOverHttp(server.origin, 'fp@example.org', PASSWORD);
    sessionToken = cookie.split('=')[1]!;
    const s = newSubmission('BEN');
    const items = Array.from({ length: 30 }, (_, i) =>
      newItem(s.id, 'obstacle', {
        position: `a${'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[i]}`,
        description: i === 7 ? CANARY : `obstacle ${i}`,
        confidential: i === 7,
      }),
    );
    const mutations = [s, ...items].map((m, i) => ({ ...m, mid: i + 1 }));
    const body = JSON.stringify({ clientId: uuidv7(), protocol: 1, mutations });

    const running = server;
    const answer = await pushInTwoParts(server.origin, cookie, body, async () => {
      // Another request answered means the server has read the first part's headers: the push is in flight.
      expect((await fetch(`${running.origin}/api/health`)).status).toBe(200);
      running.child.kill('SIGTERM');
      // The rest of the body goes once the server has begun to stop (it says so in its log).
      while (!running.log().includes('"server.stopping"')) await new Promise((r) => setTimeout(r, 20));
      // A new connection is refused while stopping.
      const refused = await new Promise<string>((resolve) =>
        httpGet(`${running.origin}/api/health`, { agent: false }, (res) => resolve(`answered ${res.statusCode}`)).on('error', (e) =>
          resolve((e as NodeJS.ErrnoException).code ?? e.message),
        ),
      );
      expect(refused).toBe('ECONNREFUSED');
    });
    expect(await server.exited).toBe(0);
    const stopping = server
      .log()
      .split('\n')
      .find((l) => l.includes('"server.stopping"'));
    expect(JSON.parse(stopping!)).toMatchObject({ signal: 'SIGTERM' });
    expect(JSON.parse(stopping!).inFlight).toBeGreaterThanOrEqual(1);
    expect(server.log()).toMatch(/"event":"server.stopped","drained":true,"databaseClosed":true/);
    // Drained in time: the push completed and every mutation got its answer.
    expect(answer).toMatchObject({ status: 200 });
    const first = JSON.parse((answer as { text: string }).text);
    expect(first.results).toHaveLength(31);
    expect(first.results.filter((r: { status: string }) => r.status !== 'applied')).toEqual([]);

    // The device cannot know its answer arrived before the restart: it resends; nothing is applied twice.
    server = await startServer({ ...env, logFile });
    const again = await fetch(`${server.origin}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.origin, cookie },
      body,
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const pull = (await (await fetch(`${server.origin}/api/sync/pull?limit=500`, { headers: { cookie } })).json()) as any;
    expect(pull.changes).toHaveLength(31);
    expect(pull.changes.find((c: any) => c.record?.description === CANARY)?.record.confidential).toBe(true);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('cuts a push that outlasts the grace period, exits 1, and the resent push applies whole', async () => {
    const cutLog = join(dir, 'cut.log');
    const slow = await startServer({ ...env, logFile: cutLog, env: { SHUTDOWN_GRACE_MS: '300' } });
    const cookie = await signInOverHttp(slow.origin, 'fp@example.org', PASSWORD);
    const s = newSubmission('BEN');
    const body = JSON.stringify({
      clientId: uuidv7(),
      protocol: 1,
      mutations: [
        { ...s, mid: 1 },
        { ...newItem(s.id, 'obstacle'), mid: 2 },
      ],
    });
    // The second part never comes: the request is still in flight when the grace period ends.
    const answer = await pushInTwoParts(slow.origin, cookie, body, async () => {
      expect((await fetch(`${slow.origin}/api/health`)).status).toBe(200);
      slow.child.kill('SIGTERM');
      await slow.exited;
      throw new Error('server gone');
    });
    expect(answer).toHaveProperty('error');
    expect(await slow.exited).toBe(1);
    expect(slow.log()).toMatch(/"event":"server.requests-cut","inFlight":1/);
    expect(slow.log()).toMatch(/"event":"server.stopped","drained":false,"databaseClosed":true/);

    const again = await startServer({ ...env, logFile: cutLog });
    const resent = await fetch(`${again.origin}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: again.origin, cookie },
      body,
    });
    expect(resent.status).toBe(200);
    const results = ((await resent.json()) as { results: { status: string }[] }).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('writes structured JSON logs with request ids and no password, session token or confidential value', () => {
    const log = server!.log();
    const json = log.split('\n').filter((l) => l.startsWith('{'));
    const requests = json.map((l) => JSON.parse(l)).filter((l) => l.event === 'http.request');
    expect(requests.length).toBeGreaterThanOrEqual(5);
    for (const r of requests) expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests.some((r) => r.path === '/api/sync/push' && r.status === 200)).toBe(true);
    expect(log).toContain('"event":"auth.login"');
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain(CANARY);
    expect(sessionToken.length).toBeGreaterThan(20);
    expect(log).not.toContain(sessionToken);
    expect(log).not.toContain('ch_session=');
  });
});
