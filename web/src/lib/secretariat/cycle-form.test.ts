import { ALL_STATES_PARTIES, CATEGORIES } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { cycleBody, cycleFormProblems, draftFromCycle, emptyCycleDraft, romanOf } from './cycle-form.ts';

describe('the request form', () => {
  it('names what is missing before anything is sent', () => {
    const draft = { ...emptyCycleDraft('2010-08-09'), addressAll: false, categories: [] };
    expect(cycleFormProblems(draft)).toEqual([
      'reference',
      'title.en',
      'title.fr',
      'title.es',
      'text.en',
      'text.fr',
      'text.es',
      'deadline',
      'categories',
      'addressees',
    ]);
    // Arabic, Chinese and Russian are optional; Spanish is not
    const trilingual = {
      ...draft,
      titles: { ...draft.titles, en: 'Request', fr: 'Demande', es: 'Solicitud' },
      texts: { ...draft.texts, en: 'Text', fr: 'Texte', es: 'Texto' },
    };
    expect(cycleFormProblems(trilingual).filter((p) => p.startsWith('t'))).toEqual([]);
    expect(cycleFormProblems({ ...trilingual, texts: { ...trilingual.texts, es: ' ' } })).toContain('text.es');
    expect(cycleFormProblems({ ...draft, deadline: '2010-01-01' })).toContain('deadlineBeforeIssue');
  });

  it('builds the body in the order of paragraph 6(h) whatever the order of ticking', () => {
    const draft = {
      ...emptyCycleDraft('2010-08-09'),
      reference: ' ICC-ASP/9/SP/PA/21 ',
      titles: { en: 'Plan of Action', fr: 'Plan d’action', es: 'Plan de acción', ar: '', zh: '', ru: '' },
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
      title: 'Plan of Action',
      titles: { fr: 'Plan d’action', es: 'Plan de acción', ar: null, zh: null, ru: null },
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
