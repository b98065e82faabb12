import { textOrNull } from '../services/record-sealing.ts';
import {
  ENTITY_KINDS,
  entityAnswerWrapSchema,
  entityNamesSchema,
  entitySubmissionListSchema,
  publicEntityListSchema,
} from '@clearinghouse/shared';
import { Hono } from 'hono';
import { entitiesRepo } from '../db/repositories/entities.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { recordsRepo } from '../db/repositories/records.ts';
import * as v from 'valibot';

const NewEntity = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be a short lowercase slug (letters, digits, hyphens)')),
  kind: v.picklist(
    ENTITY_KINDS.filter((k) => k !== 'state'),
    'must be an organisation kind (States come from the reference data)',
  ),
  names: entityNamesSchema,
});
import { param, type RouteTable } from '../http/route-table.ts';

/** Reference data every reader may see: the reporting entities (States, organisations). */
export function entityRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const entities = entitiesRepo(deps.db);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/entities',
      allow: ['public'],
      tag: 'public',
      summary: 'Every reporting entity (States and organisations), all at once.',
      responses: { 200: { description: 'The entities', schema: publicEntityListSchema } },
    },
    async (c, { reply }) => {
      const items = await entities.list();
      c.header('Cache-Control', 'public, max-age=300');
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/entities/:id',
      allow: ['public'],
      tag: 'public',
      summary: 'One entity.',
      responses: { 200: { description: 'The entity', schema: entityAnswerWrapSchema }, 404: { description: 'No such entity' } },
    },
    async (c, { reply }) => {
      const entity = await entities.get(param(c, 'id'));
      if (!entity) throw notFound('This entity');
      c.header('Cache-Control', 'public, max-age=300');
      return reply({ entity });
    },
  );
  table.add(
    router,
    {
      method: 'POST',
      path: '/api/entities',
      allow: ['secretariat'],
      tag: 'entities',
      summary: 'Add an organisation that reports to the clearinghouse (States come from the reference data).',
      body: NewEntity,
      responses: {
        201: { description: 'Added', schema: entityAnswerWrapSchema },
        409: { description: 'The id is taken' },
        422: { description: 'Invalid' },
      },
    },
    async (_c, { body, reply }) => {
      if (await entities.get(body.id)) throw new HttpError(409, 'already-exists', `An entity with id "${body.id}" already exists.`);
      const entity = { id: body.id, kind: body.kind, names: body.names, regionalGroup: null };
      await entities.insert(entity, deps.now().toISOString());
      return reply({ entity }, 201);
    },
  );

  table.add(
    router,
    {
      method: 'PATCH',
      path: '/api/entities/:id',
      allow: ['secretariat'],
      tag: 'entities',
      summary: 'Correct an entity’s names.',
      body: v.object({ names: entityNamesSchema }),
      responses: { 200: { description: 'Updated', schema: entityAnswerWrapSchema }, 404: { description: 'No such entity' } },
    },
    async (c, { body, reply }) => {
      const entity = await entities.get(param(c, 'id'));
      if (!entity) throw notFound('This entity');
      await entities.updateNames(entity.id, { ...entity.names, ...body.names }, deps.now().toISOString());
      const updated = await entities.get(entity.id);
      if (!updated) throw notFound('This entity'); // removed meanwhile
      return reply({ entity: updated });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/entities/:id/submissions',
      allow: ['secretariat'],
      tag: 'entities',
      summary: 'An entity’s submissions across requests, as the Secretariat knows them (never a draft it has not received).',
      responses: { 200: { description: 'The submissions', schema: entitySubmissionListSchema }, 404: { description: 'No such entity' } },
    },
    async (c, { reply }) => {
      const entity = await entities.get(param(c, 'id'));
      if (!entity) throw notFound('This entity');
      const list = await recordsRepo(deps.db, deps.keyring).listSubmissions({ entityId: entity.id, nonDraftOnly: true });
      const items = list.map((s) => ({
        id: s.id,
        cycleId: textOrNull(s.record.cycleId),
        title: textOrNull(s.record.title),
        status: s.submissionStatus,
        transmittedAt: textOrNull(s.record.transmittedAt),
        acknowledgedAt: textOrNull(s.record.acknowledgedAt),
        publishedAt: textOrNull(s.record.publishedAt),
      }));
      return reply({ items, total: items.length });
    },
  );
  return router;
}
