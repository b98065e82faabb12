/**
 * The Secretariat's and the Bureau's work of the day, from what the workspace already holds: the
 * received submissions of the local copy, the requests, and each open request's tracking (its own
 * rates, never a filtered view of them).
 */
import { isReturnedForCorrection, type Cycle, type Submission } from '@clearinghouse/shared';
import type { Rate } from '@clearinghouse/shared';

/** How far ahead a deadline counts as coming up. */
export const DUE_SOON_DAYS = 14;

export interface RequestDue {
  cycle: Cycle;
  /** Days from today to the deadline: negative once it has passed. */
  daysLeft: number;
  /** The request's own totals; null when its tracking could not be read (offline). */
  total: Rate | null;
}

export interface WorkList {
  /** Transmitted or acknowledged, not yet published: the one waiting longest first. */
  pendingReview: Submission[];
  /** Returned for correction, waiting for the entity: the oldest return first. */
  returned: Submission[];
  /** Open requests past their deadline with addressees still to answer. */
  overdue: RequestDue[];
  /** Open requests whose deadline falls within the next DUE_SOON_DAYS days. */
  dueSoon: RequestDue[];
}

const DAY = 86_400_000;
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

const stillMissing = (total: Rate | null) => total === null || total.responded < total.addressed;

export function workList(input: {
  submissions: readonly Submission[];
  cycles: readonly Cycle[];
  totals: ReadonlyMap<string, Rate>;
  today: string;
}): WorkList {
  const byTransmission = (a: Submission, b: Submission) => (a.transmittedAt ?? '').localeCompare(b.transmittedAt ?? '');
  const pendingReview = input.submissions.filter((s) => s.status === 'transmitted' || s.status === 'acknowledged').sort(byTransmission);
  const returned = input.submissions.filter((s) => isReturnedForCorrection(s)).sort(byTransmission);

  const open = input.cycles
    .filter((cycle) => !cycle.closedAt)
    .map((cycle) => ({ cycle, daysLeft: daysBetween(input.today, cycle.deadline), total: input.totals.get(cycle.id) ?? null }))
    .sort((a, b) => a.cycle.deadline.localeCompare(b.cycle.deadline));
  return {
    pendingReview,
    returned,
    overdue: open.filter((r) => r.daysLeft < 0 && stillMissing(r.total)),
    dueSoon: open.filter((r) => r.daysLeft >= 0 && r.daysLeft <= DUE_SOON_DAYS && stillMissing(r.total)),
  };
}

/** The requests whose tracking the work list needs: open, and overdue or due soon. */
export const requestsToTrack = (cycles: readonly Cycle[], today: string): Cycle[] =>
  cycles.filter((c) => !c.closedAt && daysBetween(today, c.deadline) <= DUE_SOON_DAYS);
