/**
 * The inbox's filters: by status, request, entity and transmission date. They live in the address
 * (?status=pending&cycle=…), so the dashboard can link to a filtered inbox and a filtered view can
 * be bookmarked or shared.
 */
import { isReturnedForCorrection, type Submission } from '@clearinghouse/shared';
import type { ReceivedSubmission } from './local-inbox.ts';

export const INBOX_STATUSES = ['pending', 'transmitted', 'acknowledged', 'returned', 'published'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export interface InboxFilter {
  status: InboxStatus | '';
  cycle: string; // '' = every request; 'none' = information sent outside a request
  entity: string;
  from: string; // ISO dates of transmission, inclusive
  to: string;
}

export const NO_INBOX_FILTER: InboxFilter = { status: '', cycle: '', entity: '', from: '', to: '' };
const KEYS = Object.keys(NO_INBOX_FILTER) as (keyof InboxFilter)[];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function inboxFilterFrom(params: URLSearchParams): InboxFilter {
  const status = params.get('status') ?? '';
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return ISO_DATE.test(value) ? value : '';
  };
  return {
    status: (INBOX_STATUSES as readonly string[]).includes(status) ? (status as InboxStatus) : '',
    cycle: params.get('cycle') ?? '',
    entity: params.get('entity') ?? '',
    from: date('from'),
    to: date('to'),
  };
}

/** The query string of a filter ('' when nothing is filtered), in a stable order. */
export function inboxQuery(filter: InboxFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filter[key]) params.set(key, filter[key]);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Where a received submission stands, as the inbox names it. */
export const inboxStateOf = (submission: Submission): Exclude<InboxStatus, 'pending'> =>
  isReturnedForCorrection(submission) ? 'returned' : ((submission.status ?? 'transmitted') as Exclude<InboxStatus, 'pending' | 'returned'>);

function matchesStatus(submission: Submission, status: InboxFilter['status']): boolean {
  if (!status) return true;
  const state = inboxStateOf(submission);
  return status === 'pending' ? state === 'transmitted' || state === 'acknowledged' : state === status;
}

export function filterReceived(rows: readonly ReceivedSubmission[], filter: InboxFilter): ReceivedSubmission[] {
  return rows.filter(({ submission: s }) => {
    const day = (s.transmittedAt ?? '').slice(0, 10);
    return (
      matchesStatus(s, filter.status) &&
      (!filter.cycle || (filter.cycle === 'none' ? !s.cycleId : s.cycleId === filter.cycle)) &&
      (!filter.entity || s.entityId === filter.entity) &&
      (!filter.from || (day !== '' && day >= filter.from)) &&
      (!filter.to || (day !== '' && day <= filter.to))
    );
  });
}
