import {
  entityIdSchema,
  EXCHANGE_STATUSES,
  exchangeListSchema,
  exchangeSchema,
  publicExchangeListSchema,
  suggestionListSchema,
  uuidv7,
  type Exchange,
} from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { assistanceExchangesRepo } from '../db/repositories/assistance-exchanges.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { HttpError, notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { suggestMatches } from '../services/assistance-matching.ts';

const NewExchange = v.object({
  providerEntityId: entityIdSchema,
  recipientEntityId: entityIdSchema,
  offerItemId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
  needItemId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
  thematicArea: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)),
  status: v.optional(v.picklist(EXCHANGE_STATUSES), 'proposed'),
  notes: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(10_000)))),
});
const ExchangePatch = v.partial(
  v.object({
    thematicArea: NewExchange.entries.thematicArea,
    status: v.picklist(EXCHANGE_STATUSES),
    notes: v.nullable(v.pipe(v.string(), v.maxLength(10_000))),
  }),
);

/** What the public may know of an exchange: who, what area, how far along; never the notes. */
export const publicExchange = ({ notes: _notes, ...rest }: Exchange) => rest;

/** The Secretariat records exchanges of technical assistance between providers and recipients. */
export function assistanceRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const exchanges = assistanceExchangesRepo(deps.db);
  const entities = entitiesRepo(deps.db);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/assistance/exchanges',
      allow: ['secretariat'],
      tag: 'assistance',
      summary: 'Every recorded exchange, with the Secretariat’s notes.',
      responses: { 200: { description: 'The list', schema: exchangeListSchema } },
    },
    async (_c, { reply }) => {
      const items = await exchanges.list();
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/assistance-exchanges',
      allow: ['public'],
      tag: 'public',
      summary: 'Recorded exchanges of technical assistance (provider, recipient, area, status).',
      responses: { 200: { description: 'The list', schema: publicExchangeListSchema } },
    },
    async (c, { reply }) => {
      const items = (await exchanges.list()).map(publicExchange);
      c.header('Cache-Control', 'public, max-age=60');
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/assistance/suggestions',
      allow: ['secretariat'],
      tag: 'assistance',
      summary:
        'Suggested matches between published offers and needs (shared thematic area; same region, language or named partner rank higher).',
      responses: { 200: { description: 'The list', schema: suggestionListSchema } },
    },
    async (_c, { reply }) => {
      const items = await suggestMatches(deps.db);
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'POST',
      path: '/api/assistance/exchanges',
      allow: ['secretariat'],
      tag: 'assistance',
      summary: 'Record an exchange between a provider and a recipient.',
      body: NewExchange,
      responses: { 201: { description: 'Recorded', schema: exchangeSchema }, 422: { description: 'Invalid' } },
    },
    async (_c, { body, user, reply }) => {
      for (const [field, id] of [
        ['providerEntityId', body.providerEntityId],
        ['recipientEntityId', body.recipientEntityId],
      ] as const) {
        if (!(await entities.get(id)))
          throw new HttpError(422, 'validation-failed', 'Unknown entity.', [
            { field, code: 'unknown-entity', message: `${field} is not a known entity.` },
          ]);
      }
      if (body.providerEntityId === body.recipientEntityId)
        throw new HttpError(422, 'validation-failed', 'A provider and a recipient are two different entities.', [
          { field: 'recipientEntityId', code: 'same-entity', message: 'must differ from the provider' },
        ]);
      const at = deps.now().toISOString();
      const exchange: Exchange = {
        id: uuidv7(),
        providerEntityId: body.providerEntityId,
        recipientEntityId: body.recipientEntityId,
        offerItemId: body.offerItemId ?? null,
        needItemId: body.needItemId ?? null,
        thematicArea: body.thematicArea,
        status: body.status,
        notes: body.notes ?? null,
        createdAt: at,
        updatedAt: at,
      };
      await exchanges.insert(exchange, user.id);
      return reply(exchange, 201);
    },
  );

  table.add(
    router,
    {
      method: 'PATCH',
      path: '/api/assistance/exchanges/:id',
      allow: ['secretariat'],
      tag: 'assistance',
      summary: 'Move an exchange along (proposed → agreed → under way → completed), or correct it.',
      body: ExchangePatch,
      responses: { 200: { description: 'Updated', schema: exchangeSchema }, 404: { description: 'No such exchange' } },
    },
    async (c, { body, reply }) => {
      const current = await exchanges.get(param(c, 'id'));
      if (!current) throw notFound('This exchange');
      const next = { ...current, ...body, updatedAt: deps.now().toISOString() };
      await exchanges.update(next);
      return reply(next);
    },
  );

  table.add(
    router,
    {
      method: 'DELETE',
      path: '/api/assistance/exchanges/:id',
      allow: ['secretariat'],
      tag: 'assistance',
      summary: 'Remove an exchange recorded in error.',
      responses: { 204: { description: 'Removed' }, 404: { description: 'No such exchange' } },
    },
    async (c) => {
      const id = param(c, 'id');
      if (!(await exchanges.get(id))) throw notFound('This exchange');
      await exchanges.remove(id);
      return c.body(null, 204);
    },
  );
  return router;
}
