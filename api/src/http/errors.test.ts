import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});

const expectEnvelope = async (res: Response, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const text = await res.text();
  expect(text).not.toMatch(/at .*\.ts:\d+|Error:|stack/i);
  const body = JSON.parse(text);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(5);
  return body;
};

describe('the error envelope', () => {
  it('unknown API route: 404', async () => {
    await expectEnvelope(await t.request('/api/does-not-exist'), 404, 'not-found');
    await expectEnvelope(await t.request('/api/auth/me/extra'), 404, 'not-found');
  });

  it('malformed JSON: 400', async () => {
    const res = await t.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": ' });
    await expectEnvelope(res, 400, 'malformed-json');
  });

  it('wrong content type: 415', async () => {
    const res = await t.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'email=a' });
    await expectEnvelope(res, 415, 'unsupported-media-type');
  });

  it('failed validation: 422 naming the fields', async () => {
    const res = await t.request('/api/auth/login', { method: 'POST', json: { email: 'not-an-email' } });
    const body = await expectEnvelope(res, 422, 'validation-failed');
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
  });

  it('failed validation: each field names why by a code the client translates', async () => {
    const res = await t.request('/api/auth/login', { method: 'POST', json: { email: 'not-an-email' } });
    const body = await expectEnvelope(res, 422, 'validation-failed');
    const codes = Object.fromEntries(body.error.details.map((d: { field: string; code: string }) => [d.field, d.code]));
    expect(codes).toEqual({ email: 'invalid-format', password: 'required' });
  });

  it('oversized body: 413, with a length header', async () => {
    const big = JSON.stringify({ email: 'a@b.cd', password: 'x'.repeat(1024 * 1024 + 10) });
    const res = await t.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    await expectEnvelope(res, 413, 'payload-too-large');
  });

  it('oversized chunked body (no length header): 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await t.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expectEnvelope(res, 413, 'payload-too-large');
  });

  it('state-changing request without Origin or from another origin: 403', async () => {
    const cross = await t.request('/api/auth/login', {
      method: 'POST',
      json: { email: 'a@b.cd', password: 'x' },
      headers: { origin: 'https://evil.example' },
    });
    await expectEnvelope(cross, 403, 'origin-mismatch');
    const none = await t.app.request('/api/auth/logout', { method: 'POST' });
    await expectEnvelope(none, 403, 'origin-mismatch');
  });

  it('without PUBLIC_ORIGIN, trusts only loopback and the configured host, not whatever Host a request names', async () => {
    const login = (app: TestContext['app'], url: string, origin: string) =>
      app.request(url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'a@b.cd', password: 'not the password' }),
      });
    // DNS rebinding: the attacker's name now points at the intranet server; Host and Origin agree.
    await expectEnvelope(
      await login(t.app, 'http://rebind.example:8787/api/auth/login', 'http://rebind.example:8787'),
      403,
      'origin-mismatch',
    );
    expect((await login(t.app, 'http://127.0.0.1:8787/api/auth/login', 'http://127.0.0.1:8787')).status).toBe(401);
    const intranet = await createTestContext({ host: '10.1.2.3', port: 8787 });
    expect((await login(intranet.app, 'http://10.1.2.3:8787/api/auth/login', 'http://10.1.2.3:8787')).status).toBe(401);
    await expectEnvelope(
      await login(intranet.app, 'http://rebind.example:8787/api/auth/login', 'http://rebind.example:8787'),
      403,
      'origin-mismatch',
    );
  });

  it('a route for another role: 401 without a session', async () => {
    await expectEnvelope(await t.request('/api/auth/logout', { method: 'POST' }), 401, 'not-signed-in');
  });

  it('API responses are not cacheable by default', async () => {
    const res = await t.request('/api/auth/me');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
