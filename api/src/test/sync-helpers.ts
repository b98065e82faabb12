import { uuidv7 } from '@clearinghouse/shared';
import type { TestContext } from './harness.ts';

export interface Device {
  clientId: string;
  cookie: string;
  mid: number;
  push(mutations: Record<string, unknown>[]): Promise<any>;
  pushRaw(mutations: Record<string, unknown>[]): Promise<Response>;
  pull(cursor?: string, limit?: number): Promise<any>;
  pullAll(): Promise<{ changes: any[]; conflicts: any[]; cursor: string }>;
}

/** A simulated app installation: its own client id and mid counter, signed in as one user. */
export async function device(t: TestContext, email: string, password?: string): Promise<Device> {
  const cookie = await t.signIn(email, password);
  const d: Device = {
    clientId: uuidv7(),
    cookie,
    mid: 0,
    pushRaw(mutations) {
      return t.request('/api/sync/push', { method: 'POST', cookie, json: { clientId: d.clientId, protocol: 1, mutations } });
    },
    async push(mutations) {
      const numbered = mutations.map((m) => ('mid' in m ? m : { ...m, mid: ++d.mid }));
      const res = await d.pushRaw(numbered);
      if (res.status !== 200) throw new Error(`push ${res.status}: ${await res.text()}`);
      return res.json();
    },
    async pull(cursor, limit) {
      const qs = new URLSearchParams();
      if (cursor) qs.set('cursor', cursor);
      if (limit) qs.set('limit', String(limit));
      const res = await t.request(`/api/sync/pull?${qs}`, { cookie });
      if (res.status !== 200) throw new Error(`pull ${res.status}: ${await res.text()}`);
      return res.json();
    },
    async pullAll() {
      let cursor: string | undefined;
      const changes: any[] = [];
      let conflicts: any[] = [];
      for (;;) {
        const page = await d.pull(cursor);
        changes.push(...page.changes);
        conflicts = page.conflicts;
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      return { changes, conflicts, cursor: cursor! };
    },
  };
  return d;
}

export const newSubmission = (entityId: string, fields: Record<string, unknown> = {}) => ({
  table: 'submissions',
  id: uuidv7(),
  op: 'upsert',
  baseVersion: null,
  fields: { entityId, title: 'Report 2026', language: 'en', ...fields },
});

export const newItem = (submissionId: string, category: string, fields: Record<string, unknown> = {}) => ({
  table: 'items',
  id: uuidv7(),
  op: 'upsert',
  baseVersion: null,
  fields: { submissionId, category, title: `A ${category}`, position: 'a0', ...fields },
});
