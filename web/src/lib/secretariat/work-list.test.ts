import type { Cycle, Submission } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { requestsToTrack, workList } from './work-list.ts';

const cycle = (id: string, deadline: string, closedAt: string | null = null): Cycle => ({
  id,
  reference: `REF-${id}`,
  title: `Request ${id}`,
  issuedOn: '2026-01-01',
  deadline,
  categories: ['obstacle'],
  addressees: 'all-states-parties',
  closedAt,
});
const submission = (id: string, status: Submission['status'], transmittedAt: string, returnMessage?: string): Submission =>
  ({ id, entityId: id.toUpperCase(), cycleId: 'a', title: id, language: 'en', status, transmittedAt, returnMessage }) as Submission;

describe('the work list', () => {
  const today = '2026-12-03';
  const cycles = [
    cycle('past', '2026-11-20'),
    cycle('answered', '2026-11-01'),
    cycle('soon', '2026-12-10'),
    cycle('later', '2027-03-01'),
    cycle('closed', '2026-11-25', '2026-11-30T10:00:00Z'),
  ];
  const totals = new Map([
    ['past', { addressed: 112, responded: 3, rate: 2.7 }],
    ['answered', { addressed: 2, responded: 2, rate: 100 }],
  ]);
  const submissions = [
    submission('ben', 'transmitted', '2026-11-30T09:00:00Z'),
    submission('cpv', 'acknowledged', '2026-11-10T09:00:00Z'),
    submission('fra', 'published', '2026-11-01T09:00:00Z'),
    submission('arg', 'draft', '2026-11-02T09:00:00Z', 'Please add the period.'),
    submission('chl', 'draft', '2026-11-02T09:00:00Z'),
  ];

  it('lists what waits for review, the one waiting longest first, and what was returned', () => {
    const list = workList({ submissions, cycles, totals, today });
    expect(list.pendingReview.map((s) => s.id)).toEqual(['cpv', 'ben']);
    expect(list.returned.map((s) => s.id)).toEqual(['arg']);
  });

  it('names overdue requests with answers missing, and those due within 14 days', () => {
    const list = workList({ submissions, cycles, totals, today });
    expect(list.overdue.map((r) => [r.cycle.id, r.daysLeft, r.total?.responded])).toEqual([['past', -13, 3]]);
    expect(list.dueSoon.map((r) => [r.cycle.id, r.daysLeft, r.total])).toEqual([['soon', 7, null]]);
  });

  it('tracks only the open requests that are overdue or due soon', () => {
    expect(requestsToTrack(cycles, today).map((c) => c.id)).toEqual(['past', 'answered', 'soon']);
  });
});
