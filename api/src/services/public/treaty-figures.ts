import {
  countPartiesByRegionalGroup,
  isPartyStatus,
  treatyStatusOn,
  type RegionalGroup,
  type Treaty,
  type TreatyEvent,
  type TreatyStatusOn,
} from '@clearinghouse/shared';
import type { EntityRecord } from '../../db/repositories/entities.ts';
import type { TreatyEventRecord } from '../../db/repositories/treaty-events.ts';

/** Treaty events were validated against the shared schema when recorded; the repository types them loosely. */
export const asTreatyEvents = (events: readonly TreatyEventRecord[]) => events as unknown as TreatyEvent[];

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
 * Key figures derived from dated treaty events on `today`, never stored or hard-coded: membership
 * changes with every accession and withdrawal (art. 127 takes effect a year after notification).
 */
export function treatyFigures(entities: readonly EntityRecord[], records: readonly TreatyEventRecord[], today: string) {
  const states = entities
    .filter((e) => e.kind === 'state')
    .map((e) => ({ id: e.id, regionalGroup: e.regionalGroup as RegionalGroup | null }));
  const events = asTreatyEvents(records);
  const byState = groupBy(events);
  const statusOf = (treaty: Treaty): StateStatus[] =>
    states.map((s) => ({ entityId: s.id, status: treatyStatusOn(byState.get(s.id) ?? [], treaty, today) }));
  const rome = statusOf('rome_statute');
  const newest = (list: StateStatus[]) =>
    list
      .filter((s) => isPartyStatus(s.status.status) && s.status.entryIntoForce)
      .sort((a, b) => b.status.entryIntoForce!.localeCompare(a.status.entryIntoForce!));
  return {
    asOf: today,
    statesParties: countPartiesByRegionalGroup(states, events, today, 'rome_statute'),
    apicParties: countPartiesByRegionalGroup(states, events, today, 'apic'),
    newestParties: newest(rome)
      .slice(0, 5)
      .map((s) => ({ entityId: s.entityId, entryIntoForce: s.status.entryIntoForce })),
    /** Instruments deposited whose entry into force is still ahead. */
    upcomingParties: rome
      .filter((s) => s.status.status === 'instrument_deposited')
      .map((s) => ({ entityId: s.entityId, entryIntoForce: s.status.entryIntoForce })),
    pendingWithdrawals: rome
      .filter((s) => s.status.status === 'withdrawal_pending')
      .map((s) => ({ entityId: s.entityId, effectiveOn: s.status.withdrawalEffective })),
  };
}
