import type { TestContext } from './harness.ts';
import { device, newItem, newSubmission } from './sync-helpers.ts';

export const SECRETARIAT = 'sec@example.org';
export const focalPointOf = (entityId: string) => `fp-${entityId.toLowerCase()}@example.org`;

/** Accounts for the public tests: the Secretariat and one focal point per entity named. */
export async function createAccounts(t: TestContext, entityIds: readonly string[]) {
  await t.createUser(SECRETARIAT, 'secretariat');
  for (const id of entityIds) await t.createUser(focalPointOf(id), 'focal_point', id);
}

/**
 * Seeds published data through the real API, as in production: the entity's focal point pushes a
 * submission with its elements and transmits it; the Secretariat publishes. Returns the item ids.
 */
export async function publish(
  t: TestContext,
  entityId: string,
  items: { category: string; fields?: Record<string, unknown> }[],
  submission: Record<string, unknown> = {},
) {
  const fp = await device(t, focalPointOf(entityId));
  const sec = await device(t, SECRETARIAT);
  const s = newSubmission(entityId, submission);
  const mutations = items.map((i) => newItem(s.id, i.category, i.fields ?? {}));
  const pushed = await fp.push([s, ...mutations]);
  const refused = pushed.results.find((r: { status: string }) => r.status !== 'applied');
  if (refused) throw new Error(`seed push refused: ${JSON.stringify(refused)}`);
  for (const [path, cookie] of [
    [`/api/submissions/${s.id}/transmit`, fp.cookie],
    [`/api/submissions/${s.id}/publish`, sec.cookie],
  ] as const) {
    const res = await t.request(path, { method: 'POST', cookie });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  }
  return { submissionId: s.id, itemIds: mutations.map((m) => m.id) };
}

export async function getJson(t: TestContext, path: string) {
  const res = await t.request(path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as any;
}
