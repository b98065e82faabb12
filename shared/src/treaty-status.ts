/**
 * A State's status under a treaty on any date, derived from its dated events. Dates the treaty fixes
 * by rule (entry into force, withdrawal) are derived when no event records them, and `derived` says so.
 * An event whose date is unknown (`date: null`) never moves the status: the State is reported
 * `undetermined`, and a count keeps it apart, neither a party nor a non-party. No date is ever made up
 * from the day a source was read (`asOf`).
 */
import { INSTRUMENT_TYPES, type Treaty, type TreatyEvent, type TreatyEventType } from './schemas/treaty.ts';
import { REGIONAL_GROUPS, type RegionalGroup } from './schemas/entity.ts';
import { TREATY_RULES, type DerivedDate } from './treaty-rules.ts';

export const TREATY_STATUSES = ['none', 'signatory', 'instrument_deposited', 'party', 'withdrawal_pending', 'withdrawn'] as const;
export type TreatyStatus = (typeof TREATY_STATUSES)[number];

export interface TreatyStatusOn {
  status: TreatyStatus;
  /** When the current status began (null while nothing dated has happened). */
  since: string | null;
  /** Entry into force for this State after its latest instrument (may be later than the date asked). */
  entryIntoForce: string | null;
  /** When a notified withdrawal takes (or took) effect, while pending or once withdrawn. */
  withdrawalEffective: string | null;
  /** True when an undated event, not matched by a dated one, may already have changed this status. */
  undetermined: boolean;
  /** One sentence per date above that was derived from a treaty rule rather than recorded. */
  derived: string[];
}

type Dated = { date: string | null; note?: string };
interface Step extends Dated {
  type: TreatyEventType;
  key: string; // the step's date
  scheduled?: Dated; // instrument → its entry into force; notification → when it takes effect
}

const isInstrument = (type: TreatyEventType) => (INSTRUMENT_TYPES as readonly string[]).includes(type);
// Same-day order: a signature precedes a deposit, which precedes entry into force, and so on.
const RANK: Record<TreatyEventType, number> = {
  signature: 0,
  ratification: 1,
  accession: 1,
  succession: 1,
  acceptance: 1,
  approval: 1,
  entry_into_force: 2,
  withdrawal_notified: 3,
  withdrawal_rescinded: 4,
  withdrawal_effective: 5,
};
const byTime = (a: Step, b: Step) => (a.key < b.key ? -1 : a.key > b.key ? 1 : RANK[a.type] - RANK[b.type]);

const synthetic = (type: TreatyEventType, derived: DerivedDate): Step => ({
  type,
  date: derived.date,
  key: derived.date,
  note: derived.note,
});

/** The treaty's dated events in time order, with the dates its rules fix added where no event records them. */
const timeline = (events: readonly TreatyEvent[], treaty: Treaty): Step[] => {
  const rules = TREATY_RULES[treaty];
  const steps: Step[] = events
    .filter((e): e is TreatyEvent & { date: string } => e.treaty === treaty && e.date !== null)
    .map((e) => ({ type: e.type, date: e.date, key: e.date }))
    .sort(byTime);
  const added: Step[] = [];
  steps.forEach((step, i) => {
    const next = (stop: (s: Step) => boolean) => steps.slice(i + 1).find(stop);
    if (isInstrument(step.type)) {
      const recorded = next((s) => s.type === 'entry_into_force' || isInstrument(s.type) || s.type === 'withdrawal_notified');
      if (recorded?.type === 'entry_into_force') step.scheduled = { date: recorded.date };
      else if (rules.entryIntoForce && step.date) {
        const derived = rules.entryIntoForce(step.date);
        step.scheduled = derived;
        added.push(synthetic('entry_into_force', derived));
      } else step.scheduled = { date: null };
    }
    if (step.type === 'withdrawal_notified') {
      const recorded = next(
        (s) => ['withdrawal_effective', 'withdrawal_rescinded', 'withdrawal_notified'].includes(s.type) || isInstrument(s.type),
      );
      if (recorded?.type === 'withdrawal_effective') step.scheduled = { date: recorded.date };
      else if (step.date && rules.withdrawalEffective) {
        const derived = rules.withdrawalEffective(step.date);
        step.scheduled = derived;
        // a rescission received before the effective date cancels the withdrawal
        const rescinded = recorded?.type === 'withdrawal_rescinded' && recorded.key < derived.date;
        if (!rescinded) added.push(synthetic('withdrawal_effective', derived));
      } else step.scheduled = { date: null };
    }
  });
  return [...steps, ...added].sort(byTime);
};

/** Undated events that no dated event of the same kind accounts for: they might change the status. */
const unexplainedUndated = (events: readonly TreatyEvent[], treaty: Treaty, steps: readonly Step[]) => {
  const datedTypes = new Set(steps.map((s) => s.type));
  return events.filter((e) => e.treaty === treaty && e.date === null && !datedTypes.has(e.type));
};

/** The status of a State under `treaty` on `date` (yyyy-mm-dd), from that State's events. */
export const treatyStatusOn = (events: readonly TreatyEvent[], treaty: Treaty, date: string): TreatyStatusOn => {
  let status: TreatyStatus = 'none';
  let since: Dated = { date: null };
  let partySince: Dated = { date: null };
  let entryIntoForce: Dated = { date: null };
  let withdrawal: Dated = { date: null };
  const steps = timeline(events, treaty);

  for (const step of steps.filter((s) => s.key <= date)) {
    const from: TreatyStatus = status;
    if (step.type === 'signature' && from === 'none') status = 'signatory';
    else if (isInstrument(step.type) && ['none', 'signatory', 'withdrawn'].includes(from)) {
      status = 'instrument_deposited';
      entryIntoForce = step.scheduled ?? { date: null };
      withdrawal = { date: null };
    } else if (step.type === 'entry_into_force' && !['party', 'withdrawal_pending'].includes(from)) {
      status = 'party';
      entryIntoForce = partySince = step;
    } else if (step.type === 'withdrawal_notified' && !['withdrawal_pending', 'withdrawn'].includes(from)) {
      // a notification proves the State was bound, even when its deposit is missing from the record
      status = 'withdrawal_pending';
      withdrawal = step.scheduled ?? { date: null };
    } else if (step.type === 'withdrawal_rescinded' && from === 'withdrawal_pending') {
      status = 'party';
      withdrawal = { date: null };
    } else if (step.type === 'withdrawal_effective' && from === 'withdrawal_pending') {
      status = 'withdrawn';
      withdrawal = step;
    }
    if (status !== from) since = status === 'party' && from === 'withdrawal_pending' ? partySince : step;
  }

  const opened = date >= TREATY_RULES[treaty].openedOn;
  const undetermined = opened && unexplainedUndated(events, treaty, steps).length > 0;
  const relevant = [since, status === 'none' || status === 'signatory' ? undefined : entryIntoForce, withdrawal];
  const derived = [...new Set(relevant.flatMap((d) => (d?.note ? [d.note] : [])))];
  return {
    status,
    since: since.date,
    entryIntoForce: status === 'none' || status === 'signatory' ? null : entryIntoForce.date,
    withdrawalEffective: withdrawal.date,
    undetermined,
    derived,
  };
};

/** Bound by the Rome Statute on `date`: a party, including one whose withdrawal has not yet taken effect. */
export const isPartyStatus = (status: TreatyStatus): boolean => status === 'party' || status === 'withdrawal_pending';

export const isStatePartyOn = (events: readonly TreatyEvent[], date: string, treaty: Treaty = 'rome_statute'): boolean =>
  isPartyStatus(treatyStatusOn(events, treaty, date).status);

export interface PartyCount {
  parties: number;
  /** An undated event leaves the status open: shown apart, never added in as a party or a non-party. */
  undetermined: number;
}
export type PartiesByGroup = Record<RegionalGroup | 'unassigned' | 'total', PartyCount>;

/** Parties to `treaty` on `date` per UN regional group (paragraph 8 monitoring). */
export const countPartiesByRegionalGroup = (
  states: readonly { id: string; regionalGroup: RegionalGroup | null }[],
  events: readonly TreatyEvent[],
  date: string,
  treaty: Treaty = 'rome_statute',
): PartiesByGroup => {
  const counts = Object.fromEntries(
    [...REGIONAL_GROUPS, 'unassigned', 'total'].map((g) => [g, { parties: 0, undetermined: 0 }]),
  ) as PartiesByGroup;
  const eventsOf = new Map<string, TreatyEvent[]>();
  for (const e of events) eventsOf.set(e.entityId, [...(eventsOf.get(e.entityId) ?? []), e]);
  for (const state of states) {
    const result = treatyStatusOn(eventsOf.get(state.id) ?? [], treaty, date);
    // an undated record is counted neither as a party nor as a non-party
    const bucket = result.undetermined ? 'undetermined' : isPartyStatus(result.status) ? 'parties' : null;
    if (!bucket) continue;
    counts[state.regionalGroup ?? 'unassigned'][bucket] += 1;
    counts.total[bucket] += 1;
  }
  return counts;
};
