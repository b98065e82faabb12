import {
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  type PullResponse,
  type PushResponse,
} from '@clearinghouse/shared';
import { Hono, type Context } from 'hono';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError } from '../http/http-error.ts';
import { jsonAnswerWriter, jsonTextAnswer } from '../http/json-answer.ts';
import { asAnswer, type Answer, type RouteTable } from '../http/route-table.ts';
import * as v from 'valibot';
import { auditFrom } from '../services/audit.ts';
import { pullAnswerJson, syncPullService, writePullAnswer } from '../services/sync/pull.ts';
import { syncPushService } from '../services/sync/push.ts';

/** The answer's text, checked against its schema first when the server checks its answers (the tests). */
async function jsonAnswer<T>(
  c: Context<AppEnv>,
  text: string,
  schema: v.GenericSchema,
  checkAnswers: boolean | undefined,
): Promise<Answer<T>> {
  if (checkAnswers) v.parse(schema, JSON.parse(text));
  return asAnswer<T>(await jsonTextAnswer(c, text));
}

const tooOld = () =>
  new HttpError(
    426,
    'client-too-old',
    `This version of the app is too old to sync (protocol below ${MIN_PROTOCOL_VERSION}). Reload to update it; your drafts are kept.`,
  );

export function syncRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const pushes = syncPushService(deps.db, deps.keyring, deps.now);
  const pulls = syncPullService(deps.db, deps.keyring);

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/sync/push',
      allow: ['focal_point'],
      tag: 'sync',
      summary: 'Apply queued mutations (idempotent per clientId and mid); every mutation gets an answer.',
      body: pushRequestSchema,
      responses: {
        200: { description: 'One result per mutation', schema: pushResponseSchema },
        422: { description: 'The push itself is malformed' },
        426: { description: 'Client protocol too old' },
      },
    },
    async (c, { body, user }) => {
      if (body.protocol < MIN_PROTOCOL_VERSION) throw tooOld();
      if (body.protocol > PROTOCOL_VERSION)
        throw new HttpError(400, 'bad-request', 'This server is older than the app; ask the Secretariat to update it.');
      const answer = await pushes.push(user, body);
      deps.metrics?.countMutations(answer.results);
      return jsonAnswer<PushResponse>(c, JSON.stringify(answer), pushResponseSchema, deps.checkAnswers);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/sync/pull',
      allow: ['signed-in'],
      tag: 'sync',
      summary: 'Changes this user may read since the cursor, projected, in server order, with open conflicts.',
      query: pullQuerySchema,
      responses: {
        200: { description: 'A page of changes', schema: pullResponseSchema },
        410: { description: 'must-resync: the cursor cannot be honoured' },
        426: { description: 'Client protocol too old (X-Sync-Protocol header)' },
      },
    },
    async (c, { query, user }) => {
      const declared = Number(c.req.header('x-sync-protocol') ?? PROTOCOL_VERSION);
      if (declared < MIN_PROTOCOL_VERSION) throw tooOld();
      const me = user;
      const page = await pulls.pull(me, query.cursor, query.limit);
      if (deps.checkAnswers) v.parse(pullResponseSchema, JSON.parse(pullAnswerJson(page)));
      // Written record by record (sealed parts opened as they are written), compressed piece by piece
      // meanwhile when large (json-answer.ts); audited once the whole page was written.
      const answer = jsonAnswerWriter(c);
      writePullAnswer(page, answer.write);
      if (page.confidentialItems.length) {
        // Every delivery of a confidential element or field to the Secretariat is on the record.
        await auditFrom(
          c,
          deps,
        )({ action: 'confidential.viewed', targetType: 'items', details: { items: page.confidentialItems, via: 'sync' } });
      }
      return asAnswer<PullResponse>(await answer.end());
    },
  );
  return router;
}
