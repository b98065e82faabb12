import {
  MIN_PROTOCOL_VERSION,
  PROTOCOL_VERSION,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '@clearinghouse/shared';
import { Hono, type Context } from 'hono';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError } from '../http/http-error.ts';
import { asAnswer, type Answer, type RouteTable } from '../http/route-table.ts';
import * as v from 'valibot';
import { auditFrom } from '../services/audit.ts';
import { syncPullService } from '../services/sync/pull.ts';
import { syncPushService } from '../services/sync/push.ts';

/**
 * A JSON answer that is not a document, so its own policy is the short one for data ("load nothing");
 * the page's long policy (securityHeaders keeps a policy already set) would be repeated on every sync
 * for nothing. The length is known, so a small answer (a one-field edit's ~70 bytes) goes out as it is:
 * gzip would make it larger and add three headers and chunked framing.
 */
function jsonAnswer<T>(c: Context<AppEnv>, value: T, schema: v.GenericSchema, checkAnswers: boolean | undefined): Answer<T> {
  if (checkAnswers) v.parse(schema, value);
  const text = JSON.stringify(value);
  const response = c.body(text, 200, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  });
  return asAnswer<T>(response);
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
      return jsonAnswer(c, answer, pushResponseSchema, deps.checkAnswers);
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
      if (me.role === 'secretariat') {
        // Every delivery of a confidential element or field to the Secretariat is on the record.
        const confidential = page.changes.filter(
          (ch) =>
            ch.record &&
            (ch.record.confidential === true || (Array.isArray(ch.record.confidentialFields) && ch.record.confidentialFields.length > 0)),
        );
        if (confidential.length) {
          await auditFrom(
            c,
            deps,
          )({ action: 'confidential.viewed', targetType: 'items', details: { items: confidential.map((ch) => ch.id), via: 'sync' } });
        }
      }
      return jsonAnswer(c, page, pullResponseSchema, deps.checkAnswers);
    },
  );
  return router;
}
