import {
  CATEGORIES,
  PUBLIC_ACCESS,
  projectSubmission,
  treatyStatusOn,
  TREATIES,
  withoutDuplicateEvents,
  type Treaty,
  type TreatyView,
} from '@clearinghouse/shared';
import type { Db } from '../../db/connection.ts';
import { entitiesRepo } from '../../db/repositories/entities.ts';
import { publicReadsRepo, type PublishedSubmissionRecord } from '../../db/repositories/public-reads.ts';
import { treatyEventsRepo } from '../../db/repositories/treaty-events.ts';
import { toPublicItems, type PublicItem } from './public-item.ts';
import { recordBasis } from './treaty-figures.ts';

/** A published submission as the public sees it (allow-listed fields), with its publication facts. */
export const toPublicSubmission = (s: PublishedSubmissionRecord) => ({
  ...projectSubmission(s.doc, [], PUBLIC_ACCESS).submission,
  id: s.submissionId,
  entityId: s.entityId,
  edition: s.edition,
  publishedAt: s.publishedAt,
  itemCount: s.itemCount,
});

/**
 * An entity's public profile: its treaty status under the Rome Statute, the APIC and the amendments today,
 * with the dated events behind it and the date of the records they come from, its published elements by category, and the submissions they came from.
 */
export function publicProfileService(db: Db, now: () => Date) {
  return {
    async profile(entityId: string) {
      const entity = await entitiesRepo(db).get(entityId);
      if (!entity) return null;
      const today = now().toISOString().slice(0, 10);
      const records = await treatyEventsRepo(db).listForEntity(entityId);
      // An event entered twice by mistake is shown once.
      const events = withoutDuplicateEvents(records);
      const treaties = Object.fromEntries(
        TREATIES.map((treaty) => {
          const own = events
            .filter((e) => e.treaty === treaty)
            .sort((a, b) => (a.date ?? a.asOf ?? '').localeCompare(b.date ?? b.asOf ?? ''));
          const timeline = own.map(({ id, type, date, asOf, source }) => ({ id, type, date, asOf: asOf ?? null, source: source ?? null }));
          // basis: the date of the records behind "today", and the Secretariat's changes since (for this State)
          return [treaty, { today: treatyStatusOn(events, treaty, today), events: timeline, basis: recordBasis(records, treaty) }];
        }),
      ) as Record<Treaty, TreatyView>; // one entry per treaty: TREATIES is the key list
      const reads = publicReadsRepo(db);
      const items = toPublicItems(await reads.itemsOfEntity(entityId));
      const byCategory: Partial<Record<(typeof CATEGORIES)[number], PublicItem[]>> = {};
      for (const category of CATEGORIES) {
        const list = items.filter((i) => i.category === category);
        if (list.length) byCategory[category] = list;
      }
      const submissions = (await reads.submissionsOfEntity(entityId)).map(toPublicSubmission);
      return { entity, asOf: today, treaties, itemsByCategory: byCategory, submissions };
    },
  };
}
