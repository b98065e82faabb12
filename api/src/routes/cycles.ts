import { ALL_STATES_PARTIES, cycleCreateSchema, cycleSchema, uuidv7, type Cycle } from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { cyclesRepo } from '../db/repositories/cycles.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import type { AppEnv, Deps, SessionUser } from '../http/env.ts';
import { requireUser, type RouteTable } from '../http/route-table.ts';

const CycleList = v.object({ items: v.array(cycleSchema), total: v.number() });

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
      responses: { 200: { description: 'The requests', schema: CycleList } },
    },
    async (c, { user }) => {
      const items = await addressedTo(requireUser(user), await cycles.list());
      return c.json({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/cycles',
      allow: ['secretariat'],
      tag: 'workflow',
      summary: 'Issue a request for information with a deadline.',
      body: cycleCreateSchema,
      responses: { 201: { description: 'Created', schema: cycleSchema }, 422: { description: 'Invalid fields' } },
    },
    async (c, { body }) => {
      const cycle: Cycle = { id: uuidv7(), ...body };
      await cycles.insert(cycle, deps.now().toISOString());
      deps.logger.info('cycle.created', { cycleId: cycle.id });
      return c.json(cycle, 201);
    },
  );
  return router;
}
