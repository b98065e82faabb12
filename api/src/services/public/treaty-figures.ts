import {
  AMENDMENTS,
  TREATIES,
  countPartiesByRegionalGroup,
  isPartyStatus,
  REGIONAL_GROUPS,
  treatyStatusOn,
  type RegionalGroup,
  type Treaty,
  type TreatyEvent,
  type TreatyStatusOn,
} from '@clearinghouse/shared';
import type { EntityRecord } from '../../db/repositories/entities.ts';
import type { TreatyEventRecord } from '../../db/repositories/treaty-events.ts';
import { REFERENCE_SOURCES } from '../../reference/treaty-sources.ts';

const groupBy = (events: readonly TreatyEvent[]) => {
  const map = new Map<string, TreatyEvent[]>();
  for (const e of events) map.set(e.entityId, [...(map.get(e.entityId) ?? []), e]);
  return map;
};

export interface StateStatus {
  entityId: string;
  status: TreatyStatusOn;
}

/**
 * What a figure on `treaty` rests on: the reference data's date, and how many events the Secretariat has
 * entered or corrected since (the only source of later changes). A count is "recorded as of" that date.
 */
export function recordBasis(records: readonly TreatyEventRecord[], treaty: Treaty) {
  return {
    referenceAsOf: REFERENCE_SOURCES[treaty].asOf,
    secretariatChanges: records.filter((e) => e.treaty === treaty && e.origin === 'secretariat').length,
  };
}

type StatusCounts = Record<'parties' | 'deposited' | 'signatories' | 'withdrawn' | 'noRecord' | 'undetermined', number>;

/** Per regional group: parties, instruments not yet in force, signatories only, former parties, States with no record. */
function statusByGroup(states: readonly { id: string; regionalGroup: RegionalGroup | null }[], rome: readonly StateStatus[]) {
  const zero = (): StatusCounts => ({ parties: 0, deposited: 0, signatories: 0, withdrawn: 0, noRecord: 0, undetermined: 0 });
  const out = Object.fromEntries([...REGIONAL_GROUPS, 'unassigned', 'total'].map((g) => [g, zero()])) as Record<
    RegionalGroup | 'unassigned' | 'total',
    StatusCounts
  >;
  const groupOf = new Map(states.map((s) => [s.id, s.regionalGroup ?? 'unassigned']));
  for (const { entityId, status } of rome) {
    const key: keyof StatusCounts = status.undetermined
      ? 'undetermined'
      : isPartyStatus(status.status)
        ? 'parties'
        : status.status === 'withdrawn'
          ? 'withdrawn'
          : status.status === 'instrument_deposited'
            ? 'deposited'
            : status.status === 'signatory'
              ? 'signatories'
              : 'noRecord';
    out[groupOf.get(entityId) as RegionalGroup | 'unassigned'][key] += 1;
    out.total[key] += 1;
  }
  return out;
}

/**
 * Key figures derived from dated treaty events on `today`, never stored or hard-coded: membership
 * changes with every accession and withdrawal (art. 127 takes effect a year after notification). Each
 * treaty's figures carry the date of the records they rest on (`basis`).
 */
export function treatyFigures(entities: readonly EntityRecord[], records: readonly TreatyEventRecord[], today: string) {
  const states = entities
    .filter((e) => e.kind === 'state')
    .map((e) => ({ id: e.id, regionalGroup: e.regionalGroup as RegionalGroup | null }));
  const events = records;
  const byState = groupBy(events);
  const statusOf = (treaty: Treaty): StateStatus[] =>
    states.map((s) => ({ entityId: s.id, status: treatyStatusOn(byState.get(s.id) ?? [], treaty, today) }));
  const rome = statusOf('rome_statute');
  const newest = (list: StateStatus[]) =>
    list
      .filter((s) => isPartyStatus(s.status.status) && !s.status.undetermined && s.status.entryIntoForce)
      .sort((a, b) => b.status.entryIntoForce!.localeCompare(a.status.entryIntoForce!));
  return {
    asOf: today,
    basis: Object.fromEntries(TREATIES.map((treaty) => [treaty, recordBasis(records, treaty)])) as Record<
      Treaty,
      ReturnType<typeof recordBasis>
    >,
    statesParties: countPartiesByRegionalGroup(states, events, today, 'rome_statute'),
    apicParties: countPartiesByRegionalGroup(states, events, today, 'apic'),
    /** States bound by each amendment to the Statute (totals only: the records are as of their own date). */
    amendmentParties: Object.fromEntries(
      AMENDMENTS.map((treaty) => [treaty, countPartiesByRegionalGroup(states, events, today, treaty).total]),
    ) as Record<(typeof AMENDMENTS)[number], { parties: number; undetermined: number }>,
    romeStatuteByGroup: statusByGroup(states, rome),
    newestParties: newest(rome)
      .slice(0, 5)
      .map((s) => ({ entityId: s.entityId, entryIntoForce: s.status.entryIntoForce })),
    /** Instruments deposited whose entry into force is still ahead. */
    upcomingParties: rome
      .filter((s) => s.status.status === 'instrument_deposited' && s.status.entryIntoForce && s.status.entryIntoForce > today)
      .map((s) => ({ entityId: s.entityId, entryIntoForce: s.status.entryIntoForce })),
    pendingWithdrawals: rome
      .filter((s) => s.status.status === 'withdrawal_pending')
      .map((s) => ({ entityId: s.entityId, effectiveOn: s.status.withdrawalEffective })),
  };
}
