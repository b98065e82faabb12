import {
  accountAnswerSchema,
  accountListSchema,
  emailSchema,
  entityIdSchema,
  invitedAnswerSchema,
  linkAnswerSchema,
  ROLES,
} from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { usersRepo, type UserRecord } from '../db/repositories/users.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { appOrigin } from '../http/origin.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { AccountError, accountService } from '../services/accounts.ts';
import { auditFrom } from '../services/audit.ts';
import { accountLinks } from '../services/invitations.ts';
import { sessionService } from '../services/sessions.ts';

const InviteBody = v.object({ email: emailSchema, role: v.picklist(ROLES), entityId: v.optional(v.nullable(entityIdSchema)) });

const toAccount = (u: UserRecord) => ({
  id: u.id,
  email: u.email,
  role: u.role,
  entityId: u.entityId,
  disabledAt: u.disabledAt,
  createdAt: u.createdAt,
  passwordSet: u.passwordHash !== null,
});

/** The Secretariat manages accounts: invitations, password resets, deactivation. */
export function accountRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const users = usersRepo(deps.db);
  const accounts = accountService(deps.db, deps.now);
  const links = accountLinks(deps.db, deps.now);
  const sessions = sessionService(deps.db, deps.now);
  const target = async (id: string) =>
    (await users.findById(id)) ??
    (() => {
      throw notFound('This account');
    })();
  const linkUrl = (c: Parameters<typeof appOrigin>[0], token: string) => `${appOrigin(c, deps.config)}/invitation#token=${token}`;

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/users',
      allow: ['secretariat'],
      tag: 'accounts',
      summary: 'Every account.',
      responses: { 200: { description: 'Accounts', schema: accountListSchema } },
    },
    async (_c, { reply }) => {
      const items = (await users.list()).map(toAccount);
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/users',
      allow: ['secretariat'],
      tag: 'accounts',
      summary: 'Invite a person: creates the account without a password and returns a one-time link (7 days) to set it.',
      body: InviteBody,
      responses: {
        201: { description: 'Invited', schema: invitedAnswerSchema },
        422: { description: 'Invalid, or the email is taken' },
      },
    },
    async (c, { body, reply }) => {
      let created;
      try {
        created = await accounts.createUser({ email: body.email, role: body.role, entityId: body.entityId ?? null, password: null });
      } catch (e) {
        if (e instanceof AccountError)
          throw new HttpError(422, e.code === 'already-exists' ? 'already-exists' : 'validation-failed', e.message, [
            { field: e.field ?? 'email', code: e.fieldCode, message: e.message },
          ]);
        throw e;
      }
      const { token, expiresAt } = await links.issue(created.id, 'invitation');
      await auditFrom(
        c,
        deps,
      )({
        action: 'account.invited',
        entityId: created.entityId,
        targetType: 'user',
        targetId: created.id,
        details: { role: created.role },
      });
      return reply({ user: toAccount((await users.findById(created.id))!), invitation: { url: linkUrl(c, token), expiresAt } }, 201);
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/users/:id/reset',
      allow: ['secretariat'],
      tag: 'accounts',
      summary: 'A one-time link (3 days) for the person to set a new password.',
      responses: { 200: { description: 'The link', schema: linkAnswerSchema }, 404: { description: 'No such account' } },
    },
    async (c, { reply }) => {
      const user = await target(param(c, 'id'));
      const { token, expiresAt } = await links.issue(user.id, 'password-reset');
      await auditFrom(c, deps)({ action: 'account.reset-issued', entityId: user.entityId, targetType: 'user', targetId: user.id });
      return reply({ link: { url: linkUrl(c, token), expiresAt } });
    },
  );

  for (const action of ['deactivate', 'reactivate'] as const) {
    table.add(
      router,
      {
        method: 'POST',
        path: `/api/users/:id/${action}`,
        allow: ['secretariat'],
        tag: 'accounts',
        summary:
          action === 'deactivate'
            ? 'Deactivate: ends every session at once; the devices remove the entity’s local data at their next sync.'
            : 'Reactivate a deactivated account.',
        responses: {
          200: { description: 'The account', schema: accountAnswerSchema },
          404: { description: 'No such account' },
          409: { description: 'Your own account' },
        },
      },
      async (c, { user: me, reply }) => {
        const user = await target(param(c, 'id'));
        if (user.id === me.id) throw new HttpError(409, 'conflict', 'You cannot deactivate your own account.');
        const at = deps.now().toISOString();
        if (action === 'deactivate') {
          await users.setDisabled(user.id, at, at);
          await sessions.revokeAllFor(user.id, 'deactivated');
        } else {
          await users.setDisabled(user.id, null, at);
          await sessions.endAllFor(user.id);
        }
        await auditFrom(
          c,
          deps,
        )({
          action: action === 'deactivate' ? 'account.deactivated' : 'account.reactivated',
          entityId: user.entityId,
          targetType: 'user',
          targetId: user.id,
        });
        return reply({ user: toAccount((await users.findById(user.id))!) });
      },
    );
  }
  return router;
}
