import { profileSchema, summarySchema } from '@clearinghouse/shared';
import type { Hono } from 'hono';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { publicReadsRepo } from '../db/repositories/public-reads.ts';
import { treatyEventsRepo } from '../db/repositories/treaty-events.ts';
import type { AppEnv, Deps } from '../http/env.ts';
import { notFound } from '../http/http-error.ts';
import { param, type RouteTable } from '../http/route-table.ts';
import { publicProfileService, toPublicSubmission } from '../services/public/profile.ts';
import { treatyFigures } from '../services/public/treaty-figures.ts';
import { PUBLIC_CACHE } from './public-schemas.ts';

const LATEST = 8;

/** An entity's profile, and the key figures of the home page. */
export function publicProfileRoutes(deps: Deps, table: RouteTable, router: Hono<AppEnv>) {
  const profiles = publicProfileService(deps.db, deps.now);

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/entities/:id/profile',
      allow: ['public'],
      tag: 'public',
      summary:
        'An entity’s profile: treaty status today (Rome Statute, APIC) with its dated events, published elements by category, source submissions.',
      responses: {
        200: { description: 'The profile', schema: profileSchema },
        404: { description: 'No such entity' },
      },
    },
    async (c, { reply }) => {
      const profile = await profiles.profile(param(c, 'id'));
      if (!profile) throw notFound('This entity');
      c.header('Cache-Control', PUBLIC_CACHE);
      return reply(profile);
    },
  );

  table.add(
    router,
    {
      method: 'GET',
      path: '/api/public/summary',
      allow: ['public'],
      tag: 'public',
      summary:
        'Key figures: States Parties today by regional group (from treaty events), newest and upcoming parties, pending withdrawals, APIC parties, parties to each amendment, publication counts, latest publications.',
      responses: {
        200: {
          description: 'The key figures',
          schema: summarySchema,
        },
      },
    },
    async (c, { reply }) => {
      const today = deps.now().toISOString().slice(0, 10);
      const reads = publicReadsRepo(deps.db);
      const [entities, events, counts, latest] = await Promise.all([
        entitiesRepo(deps.db).list(),
        treatyEventsRepo(deps.db).listAll(),
        reads.counts(),
        reads.latestSubmissions(LATEST),
      ]);
      c.header('Cache-Control', PUBLIC_CACHE);
      return reply({ ...treatyFigures(entities, events, today), published: counts, latestPublications: latest.map(toPublicSubmission) });
    },
  );
}
