import { areaCodeOf } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { assistanceExchangesRepo } from '../db/repositories/assistance-exchanges.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { publicReadsRepo } from '../db/repositories/public-reads.ts';
import { toPublicItems, type PublicItem } from './public/public-item.ts';

export interface Suggestion {
  offer: { id: string; entityId: string; title: string };
  need: { id: string; entityId: string; title: string };
  sharedAreas: string[];
  sameRegion: boolean;
  sameLanguage: boolean;
  namedPartner: boolean;
  score: number;
}

/** Vocabulary codes, so "formation judiciaire" meets "judicial training"; `other` alone says nothing shared. */
const areas = (i: PublicItem) =>
  Array.isArray(i.thematicAreas)
    ? [...new Set(i.thematicAreas.filter((a): a is string => typeof a === 'string').map(areaCodeOf))].filter((a) => a !== 'other')
    : [];
const partners = (i: PublicItem) => (Array.isArray(i.partnerEntityIds) ? (i.partnerEntityIds as unknown[]) : []);

/**
 * Suggested matches between published offers and needs of technical assistance: they must share a
 * thematic area; the same regional group, the same working language of the submissions, and a partner
 * named by either side rank a pair higher. Pairs the Secretariat already recorded are left out.
 */
export async function suggestMatches(db: Db, limit = 50): Promise<Suggestion[]> {
  const items = toPublicItems(await publicReadsRepo(db).itemsOfCategory('assistance'));
  const regionOf = new Map((await entitiesRepo(db).list()).map((e) => [e.id, e.regionalGroup]));
  const languageOf = await publicReadsRepo(db).submissionLanguages();
  const recorded = new Set((await assistanceExchangesRepo(db).list()).map((e) => `${e.offerItemId}|${e.needItemId}`));
  const offers = items.filter((i) => i.role === 'provider');
  const needs = items.filter((i) => i.role === 'recipient');
  const out: Suggestion[] = [];
  for (const offer of offers) {
    for (const need of needs) {
      if (offer.entityId === need.entityId || recorded.has(`${offer.id}|${need.id}`)) continue;
      const needAreas = new Set(areas(need));
      const sharedAreas = areas(offer).filter((a) => needAreas.has(a));
      if (!sharedAreas.length) continue;
      const sameRegion = !!regionOf.get(offer.entityId) && regionOf.get(offer.entityId) === regionOf.get(need.entityId);
      const language = languageOf.get(offer.submissionId);
      const sameLanguage = !!language && language === languageOf.get(need.submissionId);
      const namedPartner = partners(offer).includes(need.entityId) || partners(need).includes(offer.entityId);
      out.push({
        offer: { id: offer.id, entityId: offer.entityId, title: String(offer.title ?? '') },
        need: { id: need.id, entityId: need.entityId, title: String(need.title ?? '') },
        sharedAreas,
        sameRegion,
        sameLanguage,
        namedPartner,
        score: sharedAreas.length * 3 + (namedPartner ? 2 : 0) + (sameRegion ? 1 : 0) + (sameLanguage ? 1 : 0),
      });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.offer.id.localeCompare(b.offer.id)).slice(0, limit);
}
