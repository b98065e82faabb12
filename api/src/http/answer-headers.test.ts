import { request as httpRequest, Agent, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext } from '../test/harness.ts';
import { listen, type LiveServer } from '../test/live-server.ts';
import { device, newSubmission } from '../test/sync-helpers.ts';

/**
 * Which headers each kind of answer carries (docs/performance.md, "the one-field edit, byte by byte"):
 * what protects a browser stays on every answer a browser could render, load or cache; the answer to a
 * script's JSON write carries only what that script reads.
 */
let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('fp@example.org', 'focal_point', 'BEN');
});

const DOCUMENT_OR_DATA = ['content-security-policy', 'x-content-type-options'];

describe('the answer to a JSON write (read only by the script that sent it)', () => {
  it('a successful push carries its type, length and nothing for documents, caches or logs', async () => {
    const d = await device(t, 'fp@example.org');
    const res = await d.pushRaw([{ ...newSubmission('BEN'), mid: 1 }]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(Number(res.headers.get('content-length'))).toBe((await res.clone().arrayBuffer()).byteLength);
    for (const name of [...DOCUMENT_OR_DATA, 'cache-control', 'x-request-id']) expect(res.headers.get(name), name).toBeNull();
    // The id is still in the request's log line.
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.path === '/api/sync/push');
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a failed one keeps every header, and its request id for a person to quote', async () => {
    const res = await t.request('/api/auth/login', { method: 'POST', json: { email: 'fp@example.org', password: 'wrong' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a write a form could send (not JSON) keeps every header, whatever its answer', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await t.request('/api/sync/push', { method: 'POST', headers: { 'content-type': type }, body: 'a=1' });
      expect(res.status, type).toBeGreaterThanOrEqual(400);
      for (const name of DOCUMENT_OR_DATA) expect(res.headers.get(name), `${type} ${name}`).toBeTruthy();
    }
    // Without a body a form still names its encoding; the answer (here: not signed in) keeps them too.
    const bodiless = await t.request('/api/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    for (const name of DOCUMENT_OR_DATA) expect(bodiless.headers.get(name), name).toBeTruthy();
  });
});

describe('answers a browser could render or cache', () => {
  it('a GET of the API keeps the data policy, nosniff and no-store, even when the script sent a JSON type', async () => {
    const cookie = await t.signIn('fp@example.org');
    for (const headers of [{}, { 'content-type': 'application/json' }] as Record<string, string>[]) {
      const res = await t.request('/api/sync/pull', { cookie, headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('a document keeps the whole policy', async () => {
    const res = await t.request('/app');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the connection', () => {
  let live: LiveServer;
  afterEach(async () => live?.close());

  /** One raw HTTP/1.1 exchange, keeping the answer's header lines as sent. */
  function exchange(agent: Agent, path: string, headers: Record<string, string> = {}, body?: string) {
    return new Promise<{ res: IncomingMessage; text: string; socketReused: boolean }>((resolve, reject) => {
      const url = new URL(path, live.origin);
      const req = httpRequest(url, { agent, method: body ? 'POST' : 'GET', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ res, text, socketReused: req.reusedSocket }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('stays open between requests without saying so (HTTP/1.1 persists by default)', async () => {
    live = await listen(t);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await exchange(agent, '/api/health');
    const second = await exchange(agent, '/app');
    const login = await exchange(
      agent,
      '/api/auth/login',
      { 'content-type': 'application/json', origin: live.origin },
      JSON.stringify({ email: 'fp@example.org', password: PASSWORD }),
    );
    for (const { res } of [first, second, login]) {
      const names = res.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
      expect(names).not.toContain('connection');
      expect(names).not.toContain('keep-alive');
      expect(names).toContain('date');
    }
    expect(second.socketReused && login.socketReused).toBe(true);
    agent.destroy();
  });

  it('says it closes when the client asked to close', async () => {
    live = await listen(t);
    const agent = new Agent({ keepAlive: false });
    const { res } = await exchange(agent, '/api/health', { connection: 'close' });
    expect(res.headers.connection).toBe('close');
  });
});
