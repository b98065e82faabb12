import { createHash, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { device, newItem, newSubmission } from '../test/sync-helpers.ts';

/**
 * Every route of the route table × every kind of caller, generated from the table itself: a route added
 * without thinking about who may call it shows up here. The expectation comes from the route's declared
 * audience; routes on records of one entity must also answer another entity's focal point with 404.
 */
type Caller = 'anonymous' | 'focal-own' | 'focal-other' | 'secretariat' | 'bureau';
const CALLERS: Caller[] = ['anonymous', 'focal-own', 'focal-other', 'secretariat', 'bureau'];
const ROLE: Record<Caller, string | null> = {
  anonymous: null,
  'focal-own': 'focal_point',
  'focal-other': 'focal_point',
  secretariat: 'secretariat',
  bureau: 'bureau',
};

/** Routes whose subject belongs to one entity (BEN here): another entity's focal point gets 404. */
const ENTITY_SCOPED = new Set(['POST /api/submissions/:id/transmit', 'GET /api/blobs/:sha256', 'GET /api/blobs/:sha256/status']);

let t: TestContext;
let cookies: Record<Caller, string | undefined>;
let fixtures: Record<string, string>;

beforeAll(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
  const sec = await t.createUser('sec@example.org', 'secretariat');
  await t.createUser('bureau@example.org', 'bureau');
  const ben = await device(t, 'ben@example.org');
  const bytes = randomBytes(64);
  const sha = createHash('sha256').update(bytes).digest('hex');
  await t.request(`/api/blobs/${sha}`, {
    method: 'PUT',
    cookie: ben.cookie,
    body: new Uint8Array(bytes),
    headers: { 'content-type': 'application/pdf' },
  });
  // The workflow routes move `s` along (transmitted, published); the attachment stays in a draft.
  const s = newSubmission('BEN');
  const draft = newSubmission('BEN');
  await ben.push([
    s,
    draft,
    newItem(draft.id, 'legislation', { attachments: [{ sha256: sha, name: 'a.pdf', type: 'application/pdf', size: 64 }] }),
  ]);
  cookies = {
    anonymous: undefined,
    'focal-own': ben.cookie,
    'focal-other': await t.signIn('cpv@example.org'),
    secretariat: await t.signIn('sec@example.org'),
    bureau: await t.signIn('bureau@example.org'),
  };
  const cycle = (await (
    await t.request('/api/cycles', {
      method: 'POST',
      cookie: cookies.secretariat,
      json: {
        reference: 'R/1',
        title: 'Request',
        issuedOn: '2026-01-01',
        deadline: '2026-12-31',
        categories: ['obstacle'],
        addressees: 'all-states-parties',
      },
    })
  ).json()) as any;
  fixtures = {
    submission: s.id,
    sha256: sha,
    user: sec.id,
    entity: 'BEN',
    cycle: cycle.id,
    treatyEvent: 'BEN-rome_statute-ratification-1',
  };
});

function concretePath(path: string): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'sha256') return fixtures.sha256!;
    if (name === 'version') return '1';
    if (name === 'id' && path.startsWith('/api/submissions/')) return fixtures.submission!;
    if (name === 'id' && path.startsWith('/api/users/')) return fixtures.user!;
    if (name === 'id' && path.startsWith('/api/public/entities/')) return fixtures.entity!;
    if (name === 'id' && path.startsWith('/api/auth/sessions/')) return 'not-a-session';
    if (name === 'id' && path.startsWith('/api/cycles/')) return fixtures.cycle!;
    if (name === 'id' && path.startsWith('/api/treaty-events/')) return fixtures.treatyEvent!;
    if (name === 'id' && path.startsWith('/api/assistance/exchanges/')) return 'no-such-exchange';
    if (name === 'id') return fixtures.entity!;
    throw new Error(`No fixture for path parameter :${name} in ${path}: add one to the authorization matrix`);
  });
}

describe('authorization matrix', () => {
  it('answers every route × caller as the route table declares', async () => {
    const failures: string[] = [];
    for (const spec of t.app.routeTable.specs) {
      // Side effects that would change the callers themselves are exercised on a throwaway target.
      if (spec.path === '/api/auth/logout' || spec.path === '/api/users/:id/deactivate') continue;
      if (spec.method === 'DELETE' && spec.path === '/api/treaty-events/:id') continue; // covered in treaty.test.ts
      for (const caller of CALLERS) {
        const method = spec.method;
        const body = method === 'GET' || method === 'DELETE' ? undefined : spec.rawBody ? undefined : {};
        const res = await t.request(concretePath(spec.path), { method, cookie: cookies[caller], json: body });
        const role = ROLE[caller];
        const allowed =
          spec.allow.includes('public') || (role !== null && (spec.allow.includes('signed-in') || spec.allow.includes(role as never)));
        const key = `${method} ${spec.path}`;
        let expected: string;
        let ok: boolean;
        if (!allowed) {
          expected = role === null ? '401' : '403';
          ok = res.status === Number(expected);
        } else if (caller === 'focal-other' && ENTITY_SCOPED.has(key)) {
          expected = '404';
          ok = res.status === 404;
        } else {
          expected = 'not 401/403';
          ok = res.status !== 401 && res.status !== 403 && res.status < 500;
        }
        if (!ok) failures.push(`${key} as ${caller}: got ${res.status}, expected ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('covers every route the server serves', () => {
    const served = t.app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL');
    for (const r of served) expect(t.app.routeTable.find(r.method, r.path), `${r.method} ${r.path}`).toBeTruthy();
  });
});
