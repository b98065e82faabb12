import { ALL_STATES_PARTIES, CATEGORIES } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { cycleBody, cycleFormProblems, draftFromCycle, emptyCycleDraft, romanOf } from './cycle-form.ts';

describe('the request form', () => {
  it('names what is missing before anything is sent', () => {
    const draft = { ...emptyCycleDraft('2010-08-09'), addressAll: false, categories: [] };
    expect(cycleFormProblems(draft)).toEqual(['reference', 'title', 'deadline', 'categories', 'addressees']);
    expect(cycleFormProblems({ ...draft, deadline: '2010-01-01' })).toContain('deadlineBeforeIssue');
  });

  it('builds the body in the order of paragraph 6(h) whatever the order of ticking', () => {
    const draft = {
      ...emptyCycleDraft('2010-08-09'),
      reference: ' ICC-ASP/9/SP/PA/21 ',
      title: 'Plan of Action',
      deadline: '2010-10-30',
      categories: ['legislation', 'obstacle'] as const,
      addressAll: false,
      entityIds: ['BEN', 'CPV', 'BEN'],
    };
    const body = cycleBody({ ...draft, categories: [...draft.categories] });
    expect(body).toMatchObject({
      reference: 'ICC-ASP/9/SP/PA/21',
      categories: ['obstacle', 'legislation'],
      addressees: ['BEN', 'CPV'],
      titleFr: null,
    });
  });

  it('round-trips an existing request', () => {
    const cycle = {
      id: '0190a0b0-0000-7000-8000-000000000001',
      reference: 'R',
      title: 'T',
      issuedOn: '2010-08-09',
      deadline: '2010-10-30',
      categories: [...CATEGORIES],
      addressees: ALL_STATES_PARTIES,
    } as const;
    expect(cycleBody(draftFromCycle({ ...cycle, categories: [...cycle.categories] }))).toMatchObject({
      addressees: ALL_STATES_PARTIES,
      categories: [...CATEGORIES],
    });
  });

  it('numbers only the eight categories of 6(h)', () => {
    expect(romanOf('obstacle')).toBe('i');
    expect(romanOf('focal_point')).toBe('viii');
    expect(romanOf('apic')).toBeNull();
  });
});
