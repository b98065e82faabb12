import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, PASSWORD, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('focal@example.org', 'focal_point', 'BEN');
});

describe('sessions', () => {
  it('signs in, answers me, signs out', async () => {
    const login = await t.request('/api/auth/login', { method: 'POST', json: { email: 'Focal@Example.org', password: PASSWORD } });
    expect(login.status).toBe(200);
    const body = (await login.json()) as any;
    expect(body.user).toMatchObject({ email: 'focal@example.org', role: 'focal_point', entityId: 'BEN' });
    expect(Object.keys(body.user).sort()).toEqual(['email', 'entityId', 'id', 'role']);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain HTTP here; Secure under HTTPS (below)
    const cookie = setCookie.split(';')[0]!;

    const me = await t.request('/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(((await me.json()) as any).user.email).toBe('focal@example.org');

    const logout = await t.request('/api/auth/logout', { method: 'POST', cookie });
    expect(logout.status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('marks the cookie Secure when served over HTTPS', async () => {
    const https = await createTestContext({ publicOrigin: 'https://clearinghouse.example' });
    await https.createUser('s@example.org', 'secretariat');
    const res = await https.request('/api/auth/login', {
      method: 'POST',
      json: { email: 's@example.org', password: PASSWORD },
      headers: { origin: 'https://clearinghouse.example' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const wrong = await t.request('/api/auth/login', {
      method: 'POST',
      json: { email: 'focal@example.org', password: 'not the password at all' },
    });
    const unknown = await t.request('/api/auth/login', {
      method: 'POST',
      json: { email: 'nobody@example.org', password: 'not the password at all' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()) as any).toEqual((await unknown.json()) as any);
  });

  it('answers 401 to me without a session, and after the idle expiry', async () => {
    expect((await t.request('/api/auth/me')).status).toBe(401);
    const cookie = await t.signIn('focal@example.org');
    t.clock.now = new Date(t.clock.now.getTime() + 15 * 24 * 3600 * 1000);
    const res = await t.request('/api/auth/me', { cookie });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).error.code).toBe('not-signed-in');
  });

  it('ends sessions at the absolute expiry even when used every day', async () => {
    const cookie = await t.signIn('focal@example.org');
    for (let day = 1; day <= 29; day++) {
      t.clock.now = new Date(t.clock.now.getTime() + 24 * 3600 * 1000);
      expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
    }
    t.clock.now = new Date(t.clock.now.getTime() + 2 * 24 * 3600 * 1000);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('throttles: the 11th failure within 15 minutes is 429, and the lock lifts by itself', async () => {
    const attempt = () =>
      t.request('/api/auth/login', { method: 'POST', json: { email: 'focal@example.org', password: 'wrong password here' } });
    for (let i = 1; i <= 10; i++) expect((await attempt()).status).toBe(401);
    const eleventh = await attempt();
    expect(eleventh.status).toBe(429);
    expect(((await eleventh.json()) as any).error.code).toBe('too-many-attempts');
    expect(eleventh.headers.get('retry-after')).toBeTruthy();
    // Even the right password is refused while throttled...
    const right = await t.request('/api/auth/login', { method: 'POST', json: { email: 'focal@example.org', password: PASSWORD } });
    expect(right.status).toBe(429);
    // ...and accepted once the window has passed.
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60 * 1000);
    expect((await t.request('/api/auth/login', { method: 'POST', json: { email: 'focal@example.org', password: PASSWORD } })).status).toBe(
      200,
    );
  });

  it('throttles per address across accounts', async () => {
    const throttled = await createTestContext({ trustProxy: true, trustedProxies: 1 });
    for (let i = 1; i <= 10; i++) {
      const res = await throttled.request('/api/auth/login', {
        method: 'POST',
        json: { email: `user${i}@example.org`, password: 'wrong password here' },
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(res.status).toBe(401);
    }
    const res = await throttled.request('/api/auth/login', {
      method: 'POST',
      json: { email: 'other@example.org', password: 'wrong password here' },
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(429);
  });

  it('counts thirty wrong passwords sent at once: no more than ten are tried', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.request('/api/auth/login', { method: 'POST', json: { email: 'focal@example.org', password: 'wrong password here' } }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it('throttles the current password of a password change like a sign-in', async () => {
    const cookie = await t.signIn('focal@example.org');
    const change = (currentPassword: string) =>
      t.request('/api/auth/password', { method: 'POST', cookie, json: { currentPassword, newPassword: 'another sound passphrase' } });
    const answers = await Promise.all(Array.from({ length: 12 }, () => change('a wrong guess at it')));
    expect(answers.filter((r) => r.status === 403)).toHaveLength(10);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(2);
    expect((await change(PASSWORD)).status).toBe(429);
  });

  it('behind a proxy, takes the address the proxy saw, not one the client wrote', async () => {
    const behindProxy = await createTestContext({ trustProxy: true, trustedProxies: 1 });
    const attempt = (i: number) =>
      behindProxy.request('/api/auth/login', {
        method: 'POST',
        json: { email: `user${i}@example.org`, password: 'wrong password here' },
        // The client forges a fresh address each time; the proxy appends the one it really saw.
        headers: { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` },
      });
    for (let i = 1; i <= 10; i++) expect((await attempt(i)).status).toBe(401);
    expect((await attempt(11)).status).toBe(429);
    const audit = await behindProxy.db.selectFrom('audit_log').select('address').execute();
    expect(new Set(audit.map((r) => r.address))).toEqual(new Set(['203.0.113.9']));
  });

  it('never writes the password or the token to the log', async () => {
    const cookie = await t.signIn('focal@example.org');
    await t.request('/api/auth/login', { method: 'POST', json: { email: 'focal@example.org', password: 'some wrong secret' } });
    const all = t.logs.join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain('some wrong secret');
    expect(all).not.toContain(cookie.split('=')[1]!);
  });
});
