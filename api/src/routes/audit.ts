import { auditListSchema } from '@clearinghouse/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { auditRepo } from '../db/repositories/audit.ts';
import { csvDocument } from '../http/csv.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import type { RouteTable } from '../http/route-table.ts';
import { auditFrom } from '../services/audit.ts';

const Filter = v.object({
  actor: v.optional(v.pipe(v.string(), v.maxLength(320))),
  entity: v.optional(v.pipe(v.string(), v.maxLength(64))),
  action: v.optional(v.pipe(v.string(), v.maxLength(64))),
  from: v.optional(v.pipe(v.string(), v.isoDate('must be a date (YYYY-MM-DD)'))),
  to: v.optional(v.pipe(v.string(), v.isoDate('must be a date (YYYY-MM-DD)'))),
  limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,5}$/), v.transform(Number), v.maxValue(1000)), '200'),
  offset: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number)), '0'),
});

/** The Secretariat reads and exports the audit trail, filtered by person, entity, action and date. */
export function auditRoutes(deps: Deps, table: RouteTable) {
  const router = new Hono<AppEnv>();
  const audit = auditRepo(deps.db);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/audit',
      allow: ['secretariat'],
      tag: 'audit',
      summary: 'The audit trail, newest first.',
      query: Filter,
      responses: { 200: { description: 'The audit trail', schema: auditListSchema } },
    },
    async (_c, { query, reply }) => {
      const items = await audit.list(query, query.limit, query.offset);
      return reply({ items, total: items.length });
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/audit.csv',
      allow: ['secretariat'],
      tag: 'audit',
      summary: 'The filtered audit trail as CSV (the export itself is audited).',
      query: Filter,
      responses: { 200: { description: 'The audit trail as CSV', contentType: 'text/csv' } },
    },
    async (c, { query }) => {
      const items = await audit.list(query, 100_000, 0);
      await auditFrom(c, deps)({ action: 'audit.exported', details: { rows: items.length } });
      const csv = csvDocument(
        ['at', 'actor', 'action', 'entity', 'target_type', 'target_id', 'address', 'details'],
        items.map((i) => [
          i.at,
          i.actorEmail ?? '',
          i.action,
          i.entityId ?? '',
          i.targetType ?? '',
          i.targetId ?? '',
          i.address ?? '',
          i.details ? JSON.stringify(i.details) : '',
        ]),
      );
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="audit.csv"');
      return c.body(csv);
    },
  );
  return router;
}
