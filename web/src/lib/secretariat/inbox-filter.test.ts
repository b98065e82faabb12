import type { Submission } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { filterReceived, inboxFilterFrom, inboxQuery, NO_INBOX_FILTER } from './inbox-filter.ts';
import type { ReceivedSubmission } from './local-inbox.ts';

const row = (
  id: string,
  status: Submission['status'],
  cycleId: string | null,
  transmittedAt: string,
  returnMessage?: string,
): ReceivedSubmission => ({
  submission: { id, entityId: id.toUpperCase(), cycleId, status, transmittedAt, returnMessage } as Submission,
  itemCount: 1,
  confidentialCount: 0,
});

const rows = [
  row('ben', 'transmitted', 'c1', '2026-11-30T09:00:00Z'),
  row('cpv', 'acknowledged', 'c1', '2026-11-10T09:00:00Z'),
  row('fra', 'published', 'c2', '2026-10-01T09:00:00Z'),
  row('arg', 'draft', 'c2', '2026-11-02T09:00:00Z', 'Please add the period.'),
  row('au', 'transmitted', null, '2026-11-05T09:00:00Z'),
];
const ids = (list: ReceivedSubmission[]) => list.map((r) => r.submission.id);

describe('inbox filters', () => {
  it('filters by status, "pending review" being transmitted or acknowledged', () => {
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, status: 'pending' }))).toEqual(['ben', 'cpv', 'au']);
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, status: 'returned' }))).toEqual(['arg']);
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, status: 'transmitted' }))).toEqual(['ben', 'au']);
  });

  it('filters by request (or none), entity and transmission dates, all together', () => {
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, cycle: 'c2' }))).toEqual(['fra', 'arg']);
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, cycle: 'none' }))).toEqual(['au']);
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, entity: 'CPV' }))).toEqual(['cpv']);
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, from: '2026-11-02', to: '2026-11-10' }))).toEqual(['cpv', 'arg', 'au']);
    expect(ids(filterReceived(rows, { ...NO_INBOX_FILTER, cycle: 'c1', from: '2026-11-15' }))).toEqual(['ben']);
  });

  it('reads and writes the address, ignoring what it does not understand', () => {
    const filter = inboxFilterFrom(new URLSearchParams('status=pending&cycle=c1&from=2026-11-01&to=yesterday&x=1'));
    expect(filter).toEqual({ ...NO_INBOX_FILTER, status: 'pending', cycle: 'c1', from: '2026-11-01' });
    expect(inboxQuery(filter)).toBe('?status=pending&cycle=c1&from=2026-11-01');
    expect(inboxQuery(inboxFilterFrom(new URLSearchParams('status=bogus')))).toBe('');
  });
});
