import { describe, expect, it } from 'vitest';
import { parseMeAnswer, parseSessionUser } from './session-user.ts';

const user = { id: '0190a6d2-5b3c-7d4e-8f90-123456789abc', email: 'fp@example.org', role: 'focal_point', entityId: 'NLD' };

describe('the signed-in user, read by the shared schema', () => {
  it('reads the answer of GET /api/auth/me and a user kept in storage', () => {
    expect(parseMeAnswer({ user })).toEqual(user);
    expect(parseSessionUser(user)).toEqual(user);
    expect(parseSessionUser({ ...user, role: 'secretariat', entityId: null })).toEqual({ ...user, role: 'secretariat', entityId: null });
  });

  it('counts anything malformed as no user', () => {
    expect(parseMeAnswer({ user: { ...user, role: 'admin' } })).toBeNull();
    expect(parseMeAnswer(user)).toBeNull();
    expect(parseSessionUser({ ...user, email: 42 })).toBeNull();
    expect(parseSessionUser('{"id":"x"}')).toBeNull();
    expect(parseSessionUser(null)).toBeNull();
  });
});
