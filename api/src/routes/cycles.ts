import {
  ALL_STATES_PARTIES,
  type Cycle,
  cycleCreateSchema,
  cycleListSchema,
  cycleSchema,
  multilingualCycleSchema,
  reminderSchema,
  trackingSchema,
  uuidv7,
} from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { cyclesRepo } from '../db/repositories/cycles.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import type { AppEnv, Deps, SessionUser } from '../http/env.ts';
import { notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { validate } from '../http/validation.ts';
import { reminderText, trackCycle } from '../services/tracking.ts';

const CyclePatch = v.partial(v.object({ ...v.omit(cycleSchema.pipe[0], ['id']).entries }));

/** Requests for information (reporting cycles), like the note verbale ICC-ASP/9/SP/PA/21. */
export function cycleRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const cycles = cyclesRepo(deps.db);
  const entities = entitiesRepo(deps.db);

  /** A focal point sees the requests addressed to its entity: by name, or to all States Parties if a State. */
  const addressedTo = async (user: SessionUser, list: Cycle[]) => {
    if (user.role !== 'focal_point') return list;
    const entity = user.entityId ? await entities.get(user.entityId) : null;
    if (!entity) return [];
    return list.filter((c) => (c.addressees === ALL_STATES_PARTIES ? entity.kind === 'state' : c.addressees.includes(entity.id)));
  };

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/cycles',
      allow: ['signed-in'],
      tag: 'workflow',
      summary: 'Requests for information: all for the Secretariat and the Bureau, those addressed to their entity for focal points.',
      responses: { 200: { description: 'The requests', schema: cycleListSchema } },
    },
    async (_c, { user, reply }) => {
      const items = await addressedTo(user, await cycles.list());
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/cycles',
      allow: ['secretariat'],
      tag: 'workflow',
      summary:
        'Issue a request for information with a deadline. `title` is the English title; with `titles` or `texts` the request must be written in English, French and Spanish (Arabic, Chinese, Russian optional).',
      body: cycleCreateSchema,
      responses: { 201: { description: 'Created', schema: cycleSchema }, 422: { description: 'Invalid fields' } },
    },
    async (_c, { body, reply }) => {
      const cycle: Cycle = { id: uuidv7(), ...body };
      await cycles.insert(cycle, deps.now().toISOString());
      deps.logger.info('cycle.created', { cycleId: cycle.id });
      return reply(cycle, 201);
    },
  );
  const cycleOr404 = async (id: string) => {
    const cycle = await cycles.get(id);
    if (!cycle) throw notFound('This request');
    return cycle;
  };
  const today = () => deps.now().toISOString().slice(0, 10);

  table.add(
    router,
    {
      method: 'PATCH',
      path: '/api/cycles/:id',
      allow: ['secretariat'],
      tag: 'workflow',
      summary: 'Edit a request for information, or close it ({"closedAt": timestamp}).',
      body: CyclePatch,
      responses: {
        200: { description: 'The request', schema: cycleSchema },
        404: { description: 'No such request' },
        422: { description: 'Invalid fields' },
      },
    },
    async (c, { body, reply }) => {
      const cycle = await cycleOr404(param(c, 'id'));
      // An old request without Spanish can still be closed or re-dated; editing its texts brings the three languages.
      const touchesLanguages = body.titles !== undefined || body.texts !== undefined;
      const next = validate(touchesLanguages ? multilingualCycleSchema : cycleSchema, { ...cycle, ...body }, 'The request');
      await cycles.update(next, deps.now().toISOString());
      return reply(next);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/cycles/:id/tracking',
      allow: ['secretariat', 'bureau'],
      tag: 'workflow',
      summary:
        'Every addressee of a request with the state of its answer (overdue after the deadline), and response rates by regional group.',
      responses: { 200: { description: 'The addressees and the rates', schema: trackingSchema }, 404: { description: 'No such request' } },
    },
    async (c, { reply }) => reply(await trackCycle(deps.db, deps.keyring, await cycleOr404(param(c, 'id')), today())),
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/cycles/:id/reminder',
      allow: ['secretariat'],
      tag: 'workflow',
      summary: 'A bilingual reminder for the addressees that have not answered, ready for a note verbale.',
      responses: {
        200: { description: 'The reminder in English and French', schema: reminderSchema },
        404: { description: 'No such request' },
      },
    },
    async (c, { reply }) => {
      const tracking = await trackCycle(deps.db, deps.keyring, await cycleOr404(param(c, 'id')), today());
      const pending = tracking.rows.filter((r) => r.state === 'not-received' || r.state === 'returned');
      return reply(reminderText(tracking.cycle, pending));
    },
  );
  return router;
}
