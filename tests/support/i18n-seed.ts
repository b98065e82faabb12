/**
 * A small workflow seeded through the real API for the language specs: a request to every State
 * Party, Benin's submission published (a law and a seminar), Cabo Verde's transmitted, and a draft
 * of Benin's still on the desk.
 */
import { expect } from '@playwright/test';
import type { Accounts } from './server.ts';
import { apiAs, draftSubmission, issueRequest, step } from './workflow-seed.ts';

export interface I18nSeed {
  cycle: string;
  published: string;
  transmitted: string;
  draft: string;
  /** Every name of every entity in every language: data, never catalogue text. */
  entityNames: string[];
}

export async function seedI18nWorkflow(baseURL: string, accounts: Accounts): Promise<I18nSeed> {
  const [sec, ben, cpv] = await Promise.all([
    apiAs(baseURL, accounts.secretariat),
    apiAs(baseURL, accounts.focalPointBen),
    apiAs(baseURL, accounts.focalPointCpv),
  ]);
  const cycle = await issueRequest(sec, {
    reference: 'ICC-ASP/25/SP/PA/7',
    title: 'Information on cooperation with the Court',
    deadlineInDays: 30,
    addressees: 'all-states-parties',
  });
  const published = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: cycle,
    title: 'Information from Benin',
    items: [
      { category: 'legislation', title: 'Law on cooperation with the Court', status: 'adopted', adoptionDate: '2026-11-01' },
      { category: 'event', title: 'Seminar in Cotonou', kind: 'seminar' },
    ],
  });
  await step(ben, published.id, 'transmit');
  await step(sec, published.id, 'publish');
  const transmitted = await draftSubmission(cpv, {
    entityId: 'CPV',
    cycleId: cycle,
    title: 'Information from Cabo Verde',
    items: [{ category: 'strategy', title: 'National plan on the Statute' }],
  });
  await step(cpv, transmitted.id, 'transmit');
  const draft = await draftSubmission(ben, {
    entityId: 'BEN',
    cycleId: null,
    title: 'Working draft of Benin',
    items: [{ category: 'obstacle', title: 'Immunities' }],
  });
  const entities = (await (await sec.get('/api/public/entities')).json()) as { items: { names: Record<string, string | undefined> }[] };
  const entityNames = entities.items.flatMap((e) => Object.values(e.names).filter((n): n is string => !!n));
  expect(entityNames.length).toBeGreaterThan(100);
  await Promise.all([sec.dispose(), ben.dispose(), cpv.dispose()]);
  return { cycle, published: published.id, transmitted: transmitted.id, draft: draft.id, entityNames };
}
