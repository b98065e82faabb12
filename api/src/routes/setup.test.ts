import { describe, expect, it } from 'vitest';
import { firstSetup } from '../services/first-setup.ts';
import { createTestContext } from '../test/harness.ts';

describe('first start', () => {
  it('creates the first Secretariat account once, with a valid one-time token, and signs it in', async () => {
    const t = await createTestContext();
    const setup = firstSetup(t.db, () => t.clock.now);
    expect(await setup.needed()).toBe(true);
    const token = await setup.issueLink();
    expect((await (await t.request(`/api/setup?token=${token}`)).json()) as any).toEqual({ needed: true, tokenValid: true });

    const weak = await t.request('/api/setup', { method: 'POST', json: { token, email: 'chief@icc.example', password: 'short' } });
    expect(weak.status).toBe(422);
    const bad = await t.request('/api/setup', {
      method: 'POST',
      json: { token: 'x'.repeat(22), email: 'chief@icc.example', password: 'a long enough passphrase' },
    });
    expect(bad.status).toBe(403);

    const ok = await t.request('/api/setup', {
      method: 'POST',
      json: { token, email: 'chief@icc.example', password: 'a long enough passphrase' },
    });
    expect(ok.status).toBe(201);
    const cookie = ok.headers.get('set-cookie')!.split(';')[0]!;
    expect(((await (await t.request('/api/auth/me', { cookie })).json()) as any).user.role).toBe('secretariat');

    const again = await t.request('/api/setup', {
      method: 'POST',
      json: { token, email: 'second@icc.example', password: 'a long enough passphrase' },
    });
    expect(again.status).toBe(409);
    expect(await setup.needed()).toBe(false);
  });

  it('refuses an expired link', async () => {
    const t = await createTestContext();
    const setup = firstSetup(t.db, () => t.clock.now);
    const token = await setup.issueLink();
    t.clock.now = new Date(t.clock.now.getTime() + 25 * 3600 * 1000);
    const res = await t.request('/api/setup', {
      method: 'POST',
      json: { token, email: 'chief@icc.example', password: 'a long enough passphrase' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.code).toBe('token-invalid');
  });
});
