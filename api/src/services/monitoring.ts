import { countPartiesByRegionalGroup, PUBLIC_ACCESS, projectItem, REGIONAL_GROUPS } from '@clearinghouse/shared';
import type { Db } from '../db/connection.ts';
import { cyclesRepo } from '../db/repositories/cycles.ts';
import { entitiesRepo } from '../db/repositories/entities.ts';
import { publicationsRepo } from '../db/repositories/publications.ts';
import { treatyEventsRepo } from '../db/repositories/treaty-events.ts';
import type { Keyring } from './keyring.ts';
import { recordBasis, treatyFigures } from './public/treaty-figures.ts';
import { trackCycle } from './tracking.ts';

type Counts = Record<string, number>;
const bump = (c: Counts, key: string) => void (c[key] = (c[key] ?? 0) + 1);

/**
 * The Bureau's monitoring figures (paragraph 8 of the Plan of Action): ratification status by regional
 * group over time, APIC coverage, implementing legislation and obstacles from published information,
 * and responses to each request. Everything is derived: treaty status from dated events, the rest from
 * the public copy (passed through the projection again), response rates from the tracking.
 */
export async function monitoringFigures(db: Db, keyring: Keyring, today: string) {
  const entities = (await entitiesRepo(db).list()).filter((e) => e.kind === 'state');
  const events = await treatyEventsRepo(db).listAll();
  const states = entities.map((e) => ({ id: e.id, regionalGroup: e.regionalGroup as (typeof REGIONAL_GROUPS)[number] | null }));
  const groupOf = new Map(entities.map((e) => [e.id, e.regionalGroup ?? 'none']));

  const firstYear = 2002; // the Rome Statute entered into force on 1 July 2002
  const lastYear = Number(today.slice(0, 4));
  const partiesOverTime = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const date = year === lastYear ? today : `${year}-12-31`;
    const counts = countPartiesByRegionalGroup(states, events, date);
    partiesOverTime.push({
      date,
      groups: Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, counts[g].parties])),
      total: counts.total.parties,
      undetermined: counts.total.undetermined,
    });
  }
  const romeToday = countPartiesByRegionalGroup(states, events, today, 'rome_statute');
  const apicToday = countPartiesByRegionalGroup(states, events, today, 'apic');
  const apicCoverage = REGIONAL_GROUPS.map((g) => ({
    group: g,
    romeStatuteParties: romeToday[g].parties,
    apicParties: apicToday[g].parties,
  }));

  const published = (await publicationsRepo(db).publishedItems())
    .map((i) => ({ item: projectItem(i, PUBLIC_ACCESS), entityId: i.entityId as string }))
    .filter((x) => x.item);
  const legislationByGroup: Record<string, Counts> = {};
  const obstaclesByKind: Record<string, Counts> = {};
  for (const { item, entityId } of published) {
    const it = item as Record<string, unknown>;
    if (it.category === 'legislation') bump((legislationByGroup[groupOf.get(entityId) ?? 'none'] ??= {}), String(it.status ?? 'unknown'));
    if (it.category === 'obstacle') bump((obstaclesByKind[String(it.kind ?? 'unknown')] ??= {}), String(it.status ?? 'unknown'));
  }

  const responses = [];
  for (const cycle of await cyclesRepo(db).list()) {
    const tracking = await trackCycle(db, keyring, cycle, today);
    responses.push({
      cycleId: cycle.id,
      reference: cycle.reference,
      deadline: cycle.deadline,
      groups: tracking.rates.groups,
      total: tracking.rates.total,
    });
  }
  const basis = { rome_statute: recordBasis(events, 'rome_statute'), apic: recordBasis(events, 'apic') };
  const romeStatuteByGroup = treatyFigures(entities, events, today).romeStatuteByGroup;
  return { asOf: today, basis, partiesOverTime, romeStatuteByGroup, apicCoverage, legislationByGroup, obstaclesByKind, responses };
}
