import { setupStatusSchema } from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError } from '../http/http-error.ts';
import { startSession } from '../http/session-cookie.ts';
import { auditFrom } from '../services/audit.ts';
import type { RouteTable } from '../http/route-table.ts';
import { AccountError, accountService } from '../services/accounts.ts';
import { firstSetup } from '../services/first-setup.ts';
import { passwordProblem } from '../services/passwords.ts';
import { usersRepo } from '../db/repositories/users.ts';
import { MeResponse, OneTimeToken, PasswordInput } from './schemas.ts';

const SetupBody = v.object({
  token: OneTimeToken,
  email: v.pipe(v.string(), v.trim(), v.email('Enter an email address.'), v.maxLength(320)),
  password: PasswordInput,
});
const SetupStatusQuery = v.object({ token: v.optional(v.pipe(v.string(), v.maxLength(200))) });

export function setupRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const setup = firstSetup(deps.db, deps.now);
  const accounts = accountService(deps.db, deps.now);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/setup',
      allow: ['public'],
      tag: 'setup',
      summary: 'Whether the first Secretariat account still has to be created, and whether a setup token is valid.',
      query: SetupStatusQuery,
      responses: { 200: { description: 'Status', schema: setupStatusSchema } },
    },
    async (_c, { query, reply }) => {
      const needed = await setup.needed();
      return reply({ needed, tokenValid: needed && !!query.token && (await setup.isValid(query.token)) });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/setup',
      allow: ['public'],
      tag: 'setup',
      summary: 'Create the first Secretariat account with the one-time setup token printed at first start.',
      body: SetupBody,
      responses: {
        201: { description: 'Created and signed in', schema: MeResponse },
        403: { description: 'The token is unknown, used or expired' },
        409: { description: 'A Secretariat account already exists' },
        422: { description: 'Invalid email or weak password' },
      },
    },
    async (c, { body, reply }) => {
      if (!(await setup.needed())) throw new HttpError(409, 'setup-done', 'The first Secretariat account already exists. Sign in instead.');
      // Check everything that could refuse the request before spending the one-time token on it.
      const problem = passwordProblem(body.password, body.email);
      if (problem) throw new HttpError(422, 'weak-password', problem, [{ field: 'password', code: 'weak-password', message: problem }]);
      if (await usersRepo(deps.db).findByEmail(body.email)) {
        throw new HttpError(422, 'validation-failed', 'An account with this email address already exists.', [
          { field: 'email', code: 'already-exists', message: 'An account with this email address already exists.' },
        ]);
      }
      // Consuming is one conditional UPDATE: of two simultaneous requests, only one gets the token.
      if (!(await setup.consume(body.token))) {
        throw new HttpError(403, 'token-invalid', 'This setup link is not valid any more. Restart the server to print a new one.');
      }
      let user;
      try {
        user = await accounts.createUser({ email: body.email, role: 'secretariat', password: body.password });
      } catch (e) {
        if (e instanceof AccountError)
          throw new HttpError(422, 'validation-failed', e.message, [{ field: e.field ?? 'email', code: e.fieldCode, message: e.message }]);
        throw e;
      }
      deps.logger.info('setup.first-secretariat-created', { userId: user.id });
      await startSession(c, deps, user.id);
      await auditFrom(c, deps)({ action: 'setup.first-account', actorId: user.id, actorEmail: user.email });
      return reply({ user }, 201);
    },
  );
  return router;
}
