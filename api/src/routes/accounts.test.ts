import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextWithSecretariat, PASSWORD, type TestContext } from '../test/harness.ts';

let t: TestContext;
let sec: string;
beforeEach(async () => ({ t, sec } = await contextWithSecretariat()));

const invite = async (email = 'new@mfa.example') => {
  const res = await t.request('/api/users', { method: 'POST', cookie: sec, json: { email, role: 'focal_point', entityId: 'BEN' } });
  expect(res.status).toBe(201);
  const body = (await res.json()) as any;
  return { body, token: new URL(body.invitation.url).hash.replace('#token=', '') };
};

describe('invitations', () => {
  it('a one-time link lets the person set a password once, then sign in', async () => {
    const { body, token } = await invite();
    expect(body.user).toMatchObject({ email: 'new@mfa.example', role: 'focal_point', entityId: 'BEN', passwordSet: false });
    expect(((await (await t.request(`/api/invitations?token=${token}`)).json()) as any).email).toBe('new@mfa.example');
    const weak = await t.request('/api/invitations/accept', { method: 'POST', json: { token, password: 'password' } });
    expect(weak.status).toBe(422);
    const ok = await t.request('/api/invitations/accept', { method: 'POST', json: { token, password: 'my own long passphrase' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/ch_session=/);
    const twice = await t.request('/api/invitations/accept', { method: 'POST', json: { token, password: 'another long passphrase' } });
    expect(twice.status).toBe(404);
    expect((await t.signIn('new@mfa.example', 'my own long passphrase')).length).toBeGreaterThan(10);
  });

  it('expires after seven days', async () => {
    const { token } = await invite();
    t.clock.now = new Date(t.clock.now.getTime() + 8 * 24 * 3600 * 1000);
    expect(
      (await t.request('/api/invitations/accept', { method: 'POST', json: { token, password: 'my own long passphrase' } })).status,
    ).toBe(404);
  });

  it('only the Secretariat invites; a duplicate email is refused', async () => {
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const ben = await t.signIn('ben@example.org');
    expect(
      (await t.request('/api/users', { method: 'POST', cookie: ben, json: { email: 'x@y.org', role: 'focal_point', entityId: 'BEN' } }))
        .status,
    ).toBe(403);
    const dup = await t.request('/api/users', {
      method: 'POST',
      cookie: sec,
      json: { email: 'ben@example.org', role: 'focal_point', entityId: 'BEN' },
    });
    expect(dup.status).toBe(422);
  });
});

describe('account life', () => {
  it('deactivation ends every session at once and tells the device why; reactivation restores sign-in', async () => {
    const user = await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const laptop = await t.signIn('ben@example.org');
    const phone = await t.signIn('ben@example.org');
    const res = await t.request(`/api/users/${user.id}/deactivate`, { method: 'POST', cookie: sec });
    expect(res.status).toBe(200);
    for (const cookie of [laptop, phone]) {
      const me = await t.request('/api/sync/pull', { cookie });
      expect(me.status).toBe(401);
      expect(((await me.json()) as any).error.code).toBe('account-disabled');
    }
    expect((await t.request('/api/auth/login', { method: 'POST', json: { email: 'ben@example.org', password: PASSWORD } })).status).toBe(
      401,
    );
    await t.request(`/api/users/${user.id}/reactivate`, { method: 'POST', cookie: sec });
    expect((await t.request('/api/auth/me', { cookie: laptop })).status).toBe(401);
    expect((await t.signIn('ben@example.org')).length).toBeGreaterThan(10);
  });

  it('changing the password needs the current one and ends the other sessions', async () => {
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const here = await t.signIn('ben@example.org');
    const other = await t.signIn('ben@example.org');
    const wrong = await t.request('/api/auth/password', {
      method: 'POST',
      cookie: here,
      json: { currentPassword: 'nope nope nope', newPassword: 'a brand new passphrase' },
    });
    expect(wrong.status).toBe(403);
    const ok = await t.request('/api/auth/password', {
      method: 'POST',
      cookie: here,
      json: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(ok.status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie: here })).status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie: other })).status).toBe(401);
    expect((await t.request('/api/auth/login', { method: 'POST', json: { email: 'ben@example.org', password: PASSWORD } })).status).toBe(
      401,
    );
  });

  it('lists my sessions and ends one', async () => {
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const here = await t.signIn('ben@example.org');
    const other = await t.signIn('ben@example.org');
    const list = ((await (await t.request('/api/auth/sessions', { cookie: here })).json()) as any).items;
    expect(list).toHaveLength(2);
    expect(JSON.stringify(list)).not.toMatch(/tokenHash|token_hash/);
    const otherId = list.find((s: any) => !s.current).id;
    expect((await t.request(`/api/auth/sessions/${otherId}`, { method: 'DELETE', cookie: here })).status).toBe(204);
    expect((await t.request('/api/auth/me', { cookie: other })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: here })).status).toBe(200);
  });
});

describe('audit trail', () => {
  it('exports no cell a spreadsheet would run as a formula', async () => {
    const formula = '-2+3+cmd@example.org';
    await t.request('/api/auth/login', { method: 'POST', json: { email: formula, password: 'wrong password here' } });
    const text = await (await t.request('/api/audit.csv', { cookie: sec })).text();
    const cells = text.split(/\r\n/).flatMap((line) => line.split(','));
    expect(cells).toContain(`'${formula}`);
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  it('records sign-ins, failures and account changes, without secrets; filters; is append-only', async () => {
    const { token } = await invite();
    await t.request('/api/auth/login', { method: 'POST', json: { email: 'sec@example.org', password: 'wrong password here' } });
    const all = ((await (await t.request('/api/audit', { cookie: sec })).json()) as any).items;
    const actions = all.map((a: any) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'auth.login-failed', 'account.invited']));
    const text = JSON.stringify(all);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain('wrong password here');
    expect(text).not.toContain(token);
    const onlyInvites = ((await (await t.request('/api/audit?action=account.invited', { cookie: sec })).json()) as any).items;
    expect(onlyInvites.every((a: any) => a.action === 'account.invited')).toBe(true);
    const csv = await t.request('/api/audit.csv', { cookie: sec });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await csv.text()).toMatch(/^at,actor,action/);
    await expect(sql`update audit_log set action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });
});
