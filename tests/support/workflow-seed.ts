/**
 * Seeds requests and submissions through the real API, as the apps would: a focal point pushes its
 * draft through /api/sync/push and transmits it; the Secretariat issues requests, returns and
 * publishes. Used by specs that need a known state of the workflow in a fresh server.
 */
import { request as playwrightRequest, expect, type APIRequestContext } from '@playwright/test';
import { uuidv7 } from '@clearinghouse/shared';
import type { Account } from './server.ts';

export async function apiAs(baseURL: string, account: Account): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  expect((await api.post('/api/auth/login', { data: { email: account.email, password: account.password } })).status()).toBe(200);
  return api;
}

/** An ISO date `days` from today (negative: in the past). */
export const dayFromToday = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function issueRequest(
  sec: APIRequestContext,
  r: {
    reference: string;
    title: string;
    titleFr?: string;
    titleEs?: string;
    deadlineInDays: number;
    addressees: string[] | 'all-states-parties';
  },
): Promise<string> {
  const answer = await sec.post('/api/cycles', {
    data: {
      reference: r.reference,
      title: r.title,
      // written in the Assembly's three languages, as the request form requires
      titles: { fr: r.titleFr ?? `${r.title} (fr)`, es: r.titleEs ?? `${r.title} (es)` },
      texts: { en: `Request ${r.reference}`, fr: `Demande ${r.reference}`, es: `Solicitud ${r.reference}` },
      issuedOn: dayFromToday(Math.min(-30, r.deadlineInDays - 30)),
      deadline: dayFromToday(r.deadlineInDays),
      categories: ['obstacle', 'strategy', 'legislation', 'event'],
      addressees: r.addressees,
    },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

type Fields = Record<string, unknown>;
type Mutation = { table: 'submissions' | 'items'; id: string; op: 'upsert' | 'delete'; baseVersion: number | null; fields?: Fields };

export async function push(fp: APIRequestContext, mutations: Mutation[]): Promise<void> {
  const answer = await fp.post('/api/sync/push', {
    data: { clientId: uuidv7(), protocol: 1, mutations: mutations.map((m, i) => ({ ...m, mid: i + 1 })) },
  });
  expect(answer.status()).toBe(200);
  const results = ((await answer.json()) as { results: { status: string; error?: unknown }[] }).results;
  expect(results.filter((r) => r.status !== 'applied' && r.status !== 'merged')).toEqual([]);
}

/** A new submission with its elements, pushed as a draft; returns its id and its elements' ids in order. */
export async function draftSubmission(
  fp: APIRequestContext,
  s: { entityId: string; cycleId: string | null; title: string; items: Fields[] },
): Promise<{ id: string; itemIds: string[] }> {
  const id = uuidv7();
  const itemIds = s.items.map(() => uuidv7());
  await push(fp, [
    {
      table: 'submissions',
      id,
      op: 'upsert',
      baseVersion: null,
      fields: { entityId: s.entityId, cycleId: s.cycleId, title: s.title, language: 'en' },
    },
    ...s.items.map((fields, i) => ({
      table: 'items' as const,
      id: itemIds[i]!,
      op: 'upsert' as const,
      baseVersion: null,
      fields: { submissionId: id, position: `a${i}`, ...fields },
    })),
  ]);
  return { id, itemIds };
}

export async function step(who: APIRequestContext, id: string, action: 'transmit' | 'acknowledge' | 'publish'): Promise<void> {
  expect((await who.post(`/api/submissions/${id}/${action}`)).status()).toBe(200);
}

export async function returnForCorrection(sec: APIRequestContext, id: string, message: string): Promise<void> {
  expect((await sec.post(`/api/submissions/${id}/return`, { data: { message } })).status()).toBe(200);
}
