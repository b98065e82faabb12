import { publicEventListSchema } from '@clearinghouse/shared';
import type { Hono } from 'hono';
import { entitiesRepo } from '../db/repositories/entities.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { publicEventsService, toCalendarEvents } from '../services/public/events.ts';
import { toICalendar } from '../services/public/icalendar.ts';
import { EventsQuery, PUBLIC_CACHE } from './public-schemas.ts';

/** Published events: a list, and an iCalendar feed calendar applications subscribe to. */
export function publicEventsRoutes(deps: Deps, table: RouteTable, router: Hono<AppEnv>) {
  const events = publicEventsService(deps.db);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/events',
      allow: ['public'],
      tag: 'public',
      summary: 'Published events, by start date (undated last); from/to keep events overlapping the range.',
      query: EventsQuery,
      responses: {
        200: { description: 'Published events', schema: publicEventListSchema },
        422: { description: 'A filter has an invalid value' },
      },
    },
    async (c, { query, reply }) => {
      const items = await events.list(query);
      c.header('Cache-Control', PUBLIC_CACHE);
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/events.ics',
      allow: ['public'],
      tag: 'public',
      summary: 'The dated published events as an RFC 5545 iCalendar feed (text/calendar), same filters as /api/public/events.',
      query: EventsQuery,
      responses: {
        200: { description: 'An iCalendar feed', contentType: 'text/calendar' },
        422: { description: 'A filter has an invalid value' },
      },
    },
    async (c, { query }) => {
      const names = new Map((await entitiesRepo(deps.db).list()).map((e) => [e.id, e.names.en]));
      const ics = toICalendar(
        toCalendarEvents(await events.list(query), (id) => names.get(id) ?? id),
        {
          name: 'Plan of Action clearinghouse: events',
          description: 'Events and activities published by States and organisations (Rome Statute Plan of Action).',
        },
      );
      c.header('Cache-Control', PUBLIC_CACHE);
      c.header('Content-Type', 'text/calendar; charset=utf-8');
      c.header('Content-Disposition', 'inline; filename="clearinghouse-events.ics"');
      return c.body(ics);
    },
  );
}
