import {
  entityIdSchema,
  isoDateSchema,
  type TreatyEvent,
  treatyEventListSchema,
  treatyEventSchema,
  treatyImportAnswerSchema,
  treatyStatusAnswerSchema,
  treatyStatusOn,
  uuidv7,
} from '@clearinghouse/shared';
import { refuseDuplicateEvent, repeatedImportLines } from '../services/treaty-duplicate-checks.ts';
import { Hono } from 'hono';
import * as v from 'valibot';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { treatyEventsRepo, type TreatyEventRecord } from '../db/repositories/treaty-events.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { validate } from '../http/validation.ts';
import { parseTreatyCsv } from '../services/treaty-import.ts';

const EventBody = v.omit(treatyEventSchema.pipe[0], ['id']);
const toRecord = (e: TreatyEvent): TreatyEventRecord => ({
  id: e.id,
  entityId: e.entityId,
  treaty: e.treaty,
  type: e.type,
  date: e.date,
  source: e.source ?? null,
  asOf: e.asOf ?? null,
  origin: 'secretariat',
});

/** The Secretariat keeps the dated treaty records (Rome Statute, APIC); status is always derived. */
export function treatyRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const events = treatyEventsRepo(deps.db);
  const entities = entitiesRepo(deps.db);
  const checked = async (input: unknown) => {
    const e = validate(treatyEventSchema, input, 'The treaty event');
    if (!(await entities.get(e.entityId)))
      throw new HttpError(422, 'validation-failed', 'Unknown entity.', [
        { field: 'entityId', code: 'unknown-entity', message: 'entityId is not a known entity.' },
      ]);
    return e;
  };

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/treaty-events',
      allow: ['secretariat', 'bureau'],
      tag: 'treaty',
      summary: 'Treaty events, of one entity or all.',
      query: v.object({ entity: v.optional(entityIdSchema) }),
      responses: { 200: { description: 'The events', schema: treatyEventListSchema } },
    },
    async (_c, { query, reply }) => {
      const items = query.entity ? await events.listForEntity(query.entity) : await events.listAll();
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/treaty-events',
      allow: ['secretariat'],
      tag: 'treaty',
      summary: 'Record a dated treaty event (date null = known but undated, with asOf).',
      body: EventBody,
      responses: {
        201: { description: 'Created', schema: treatyEventSchema },
        409: { description: 'The same event (State, treaty, kind, date) is already recorded' },
        422: { description: 'Invalid' },
      },
    },
    async (_c, { body, reply }) => {
      const e = await checked({ ...body, id: uuidv7() });
      refuseDuplicateEvent(e, await events.listForEntity(e.entityId));
      await events.insertMany([toRecord(e)], deps.now().toISOString());
      return reply(e, 201);
    },
  );

  table.add(
    router,
    {
      method: 'PATCH',
      path: '/api/treaty-events/:id',
      allow: ['secretariat'],
      tag: 'treaty',
      summary: 'Correct a treaty event.',
      body: v.partial(EventBody),
      responses: {
        200: { description: 'Updated', schema: treatyEventSchema },
        404: { description: 'No such event' },
        409: { description: 'The change would repeat another recorded event' },
        422: { description: 'Invalid' },
      },
    },
    async (c, { body, reply }) => {
      const current = await events.get(param(c, 'id'));
      if (!current) throw notFound('This treaty event');
      const e = await checked({ ...current, ...body });
      refuseDuplicateEvent(e, await events.listForEntity(e.entityId));
      await events.update(toRecord(e));
      return reply(e);
    },
  );

  table.add(
    router,
    {
      method: 'DELETE',
      path: '/api/treaty-events/:id',
      allow: ['secretariat'],
      tag: 'treaty',
      summary: 'Remove a treaty event entered in error.',
      responses: { 204: { description: 'Removed' }, 404: { description: 'No such event' } },
    },
    async (c) => {
      const id = param(c, 'id');
      if (!(await events.get(id))) throw notFound('This treaty event');
      await events.remove(id);
      return c.body(null, 204);
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/treaty-events/import',
      allow: ['secretariat'],
      tag: 'treaty',
      summary: 'Import treaty events from CSV: preview with dryRun; all rows are applied or none.',
      body: v.object({ csv: v.pipe(v.string(), v.maxLength(900_000)), dryRun: v.optional(v.boolean(), false) }),
      responses: { 200: { description: 'The parsed rows and any errors', schema: treatyImportAnswerSchema } },
    },
    async (_c, { body, reply }) => {
      const known = new Set((await entities.list()).map((e) => e.id));
      const parsed = parseTreatyCsv(body.csv, known);
      const { rows } = parsed;
      const errors = parsed.errors.length ? parsed.errors : repeatedImportLines(rows, await events.listAll());
      const apply = !body.dryRun && errors.length === 0;
      if (apply)
        await deps.db.transaction().execute((trx) => treatyEventsRepo(trx).insertMany(rows.map(toRecord), deps.now().toISOString()));
      return reply({ applied: apply ? rows.length : 0, rows, errors });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/treaty-status',
      allow: ['public'],
      tag: 'treaty',
      summary: 'The derived status of every State under the Rome Statute and the APIC on a date (default today).',
      query: v.object({ date: v.optional(isoDateSchema) }),
      responses: { 200: { description: 'Every State with its status', schema: treatyStatusAnswerSchema } },
    },
    async (c, { query, reply }) => {
      const date = query.date ?? deps.now().toISOString().slice(0, 10);
      const all = await events.listAll();
      const byEntity = new Map<string, TreatyEvent[]>();
      for (const e of all) byEntity.set(e.entityId, [...(byEntity.get(e.entityId) ?? []), e]);
      const states = (await entities.list())
        .filter((e) => e.kind === 'state')
        .map((e) => ({
          entityId: e.id,
          name: e.names,
          regionalGroup: e.regionalGroup,
          romeStatute: treatyStatusOn(byEntity.get(e.id) ?? [], 'rome_statute', date),
          apic: treatyStatusOn(byEntity.get(e.id) ?? [], 'apic', date),
        }));
      c.header('Cache-Control', 'public, max-age=300');
      return reply({ date, states });
    },
  );
  return router;
}
