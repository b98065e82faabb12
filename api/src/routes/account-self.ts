import { invitationStatusSchema, sessionListSchema } from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { usersRepo } from '../db/repositories/users.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { startSession } from '../http/session-cookie.ts';
import { AccountError, accountService } from '../services/accounts.ts';
import { auditFrom } from '../services/audit.ts';
import { accountLinks } from '../services/invitations.ts';
import { passwordProblem, verifyPassword } from '../services/passwords.ts';
import { sessionService } from '../services/sessions.ts';
import { clientAddress } from '../http/client-address.ts';
import { loginThrottle } from '../services/login-throttle.ts';
import { MeResponse, OneTimeToken, PasswordInput } from './schemas.ts';

/** What a person does with their own account: accept an invitation, change the password, end sessions. */
export function accountSelfRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const users = usersRepo(deps.db);
  const links = accountLinks(deps.db, deps.now);
  const sessions = sessionService(deps.db, deps.now);
  const accounts = accountService(deps.db, deps.now);
  const throttle = loginThrottle(deps.db, deps.now);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/invitations',
      allow: ['public'],
      tag: 'accounts',
      summary: 'Whether a one-time link is still valid, and for which email.',
      query: v.object({ token: OneTimeToken }),
      responses: {
        200: { description: 'Valid', schema: invitationStatusSchema },
        404: { description: 'Unknown, used or expired' },
      },
    },
    async (_c, { query, reply }) => {
      const found = await links.peek(query.token);
      const user = found ? await users.findById(found.userId) : null;
      if (!found || !user || user.disabledAt) throw notFound('This link');
      return reply({ email: user.email, purpose: found.purpose });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/invitations/accept',
      allow: ['public'],
      tag: 'accounts',
      summary: 'Set the password with a one-time link (invitation or reset); signs in.',
      body: v.object({ token: OneTimeToken, password: PasswordInput }),
      responses: {
        200: { description: 'Signed in', schema: MeResponse },
        404: { description: 'Unknown, used or expired link' },
        422: { description: 'Weak password' },
      },
    },
    async (c, { body, reply }) => {
      const found = await links.peek(body.token);
      const user = found ? await users.findById(found.userId) : null;
      if (!found || !user || user.disabledAt) throw notFound('This link');
      const problem = passwordProblem(body.password, user.email);
      if (problem) throw new HttpError(422, 'weak-password', problem, [{ field: 'password', code: 'weak-password', message: problem }]);
      if (!(await links.consume(body.token))) throw notFound('This link');
      await accounts.setPassword(user.email, body.password);
      await sessions.endAllFor(user.id);
      await startSession(c, deps, user.id);
      await auditFrom(
        c,
        deps,
      )({
        action: found.purpose === 'invitation' ? 'account.invitation-accepted' : 'account.password-reset',
        actorId: user.id,
        actorEmail: user.email,
        entityId: user.entityId,
      });
      return reply({ user: { id: user.id, email: user.email, role: user.role, entityId: user.entityId } });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/auth/password',
      allow: ['signed-in'],
      tag: 'auth',
      summary: 'Change my password; ends my other sessions.',
      body: v.object({ currentPassword: PasswordInput, newPassword: PasswordInput }),
      responses: {
        204: { description: 'Changed' },
        403: { description: 'Current password wrong' },
        422: { description: 'Weak new password' },
        429: { description: 'Too many wrong passwords for this account or address' },
      },
    },
    async (c, { body, user }) => {
      const me = (await users.findById(user.id))!;
      // The same throttle as sign-in: a stolen session must not become a way to guess the password.
      const attempt = await throttle.reserve(me.email, clientAddress(c, deps.config.trustedProxies));
      if (!attempt) {
        c.header('Retry-After', String(throttle.retryAfterSeconds()));
        throw new HttpError(429, 'too-many-attempts', 'Too many wrong passwords. Wait 15 minutes and try again.');
      }
      if (!(await verifyPassword(me.passwordHash, body.currentPassword)))
        throw new HttpError(403, 'invalid-credentials', 'The current password is not correct.');
      await attempt.succeeded();
      try {
        await accounts.setPassword(me.email, body.newPassword);
      } catch (e) {
        if (e instanceof AccountError)
          throw new HttpError(422, 'weak-password', e.message, [{ field: 'newPassword', code: 'weak-password', message: e.message }]);
        throw e;
      }
      await sessions.endAllFor(me.id, c.get('sessionTokenHash') ?? undefined);
      await auditFrom(c, deps)({ action: 'auth.password-changed', entityId: me.entityId });
      return c.body(null, 204);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/auth/sessions',
      allow: ['signed-in'],
      tag: 'auth',
      summary: 'My open sessions (devices).',
      responses: { 200: { description: 'Sessions', schema: sessionListSchema } },
    },
    async (c, { user, reply }) => {
      const current = c.get('sessionTokenHash');
      const items = (await sessions.listFor(user.id)).map(({ tokenHash, ...s }) => ({ ...s, current: tokenHash === current }));
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'DELETE',
      path: '/api/auth/sessions/:id',
      allow: ['signed-in'],
      tag: 'auth',
      summary: 'End one of my sessions.',
      responses: { 204: { description: 'Ended' }, 404: { description: 'No such session of mine' } },
    },
    async (c, { user }) => {
      if (!(await sessions.endOne(user.id, param(c, 'id')))) throw notFound('This session');
      await auditFrom(c, deps)({ action: 'auth.session-ended' });
      return c.body(null, 204);
    },
  );
  return router;
}
