import { Hono } from 'hono';
import { usersRepo, normaliseEmail } from '../db/repositories/users.ts';
import { clientAddress } from '../http/client-address.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError } from '../http/http-error.ts';
import { clearSessionCookie, startSession } from '../http/session-cookie.ts';
import { auditFrom } from '../services/audit.ts';
import { type RouteTable } from '../http/route-table.ts';
import { loginThrottle } from '../services/login-throttle.ts';
import { verifyPassword } from '../services/passwords.ts';
import { sessionService } from '../services/sessions.ts';
import { LoginBody, MeResponse, UserOut } from './schemas.ts';

const INVALID = 'The email address or password is not correct.';

export function authRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const users = usersRepo(deps.db);
  const sessions = sessionService(deps.db, deps.now);
  const throttle = loginThrottle(deps.db, deps.now);
  const audit = (c: Parameters<typeof auditFrom>[0]) => auditFrom(c, deps);

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/auth/login',
      allow: ['public'],
      tag: 'auth',
      summary: 'Sign in with email and password; sets the session cookie.',
      body: LoginBody,
      responses: {
        200: { description: 'Signed in', schema: MeResponse },
        401: { description: 'Wrong email or password (same answer for both)' },
        429: { description: 'Too many failed attempts for this account or address' },
      },
    },
    async (c, { body, reply }) => {
      const email = normaliseEmail(body.email);
      const address = clientAddress(c, deps.config.trustedProxies);
      const attempt = await throttle.reserve(email, address);
      if (!attempt) {
        c.header('Retry-After', String(throttle.retryAfterSeconds()));
        throw new HttpError(429, 'too-many-attempts', 'Too many failed sign-in attempts. Wait 15 minutes and try again.');
      }
      const user = await users.findByEmail(email);
      const ok = await verifyPassword(user?.passwordHash ?? null, body.password);
      if (!user || !ok || user.disabledAt) {
        deps.logger.info('auth.login-failed', { address });
        await audit(c)({ action: 'auth.login-failed', actorId: user?.id ?? null, actorEmail: email });
        throw new HttpError(401, 'invalid-credentials', INVALID);
      }
      await attempt.succeeded();
      await startSession(c, deps, user.id);
      deps.logger.info('auth.login', { userId: user.id });
      await audit(c)({ action: 'auth.login', actorId: user.id, actorEmail: user.email, entityId: user.entityId });
      return reply({ user: UserOut.from(user) });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/auth/logout',
      allow: ['signed-in'],
      tag: 'auth',
      summary: 'End the current session.',
      responses: { 204: { description: 'Signed out' } },
    },
    async (c) => {
      const tokenHash = c.get('sessionTokenHash');
      if (tokenHash) await sessions.end(tokenHash);
      clearSessionCookie(c, deps);
      await audit(c)({ action: 'auth.logout' });
      return c.body(null, 204);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/auth/me',
      allow: ['signed-in'],
      tag: 'auth',
      summary: 'The signed-in user.',
      responses: { 200: { description: 'The user', schema: MeResponse }, 401: { description: 'Not signed in' } },
    },
    (_c, { user, reply }) => reply({ user: UserOut.from(user) }),
  );

  return router;
}
