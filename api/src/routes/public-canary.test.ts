import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { createAccounts, focalPointOf, getJson, publish } from '../test/public-fixtures.ts';

/**
 * The confidentiality canary: confidential elements and confidential fields carry a marker that must
 * never appear in any public answer. Every public GET route of the route table is exercised, so a route
 * added later is covered without editing this test.
 */
let t: TestContext;
const CANARY = /canary/i;
const ATTACHMENT = Buffer.from('a public law');
const ATTACHMENT_SHA = createHash('sha256').update(ATTACHMENT).digest('hex');

beforeAll(async () => {
  t = await createTestContext();
  await createAccounts(t, ['BEN', 'CPV']);
  // A push may name only a file its account uploaded.
  const upload = await t.request(`/api/blobs/${ATTACHMENT_SHA}`, {
    method: 'PUT',
    cookie: await t.signIn(focalPointOf('BEN')),
    body: new Uint8Array(ATTACHMENT),
  });
  expect(upload.status).toBe(200);
  await publish(t, 'BEN', [
    {
      category: 'obstacle',
      fields: { confidential: true, title: 'CANARY-ELEMENT obstacle', description: 'CANARY-ELEMENT text', kind: 'political' },
    },
    { category: 'event', fields: { confidential: true, title: 'CANARY-ELEMENT dinner', startDate: '2026-12-10', place: 'CANARY-PLACE' } },
    {
      category: 'assistance',
      fields: {
        confidential: true,
        title: 'CANARY-ELEMENT aid',
        role: 'provider',
        thematicAreas: ['other'],
        thematicAreasOther: 'CANARY-AREA',
        partnerEntityIds: ['CPV'],
      },
    },
    {
      category: 'event',
      fields: {
        title: 'Public seminar',
        startDate: '2026-12-01',
        place: 'CANARY-FIELD-place',
        description: 'CANARY-FIELD-description',
        confidentialFields: ['place', 'description'],
      },
    },
    {
      category: 'assistance',
      fields: {
        title: 'Public offer',
        role: 'provider',
        thematicAreas: ['other'],
        thematicAreasOther: 'CANARY-FIELD-area',
        partnerEntityIds: ['CPV'],
        confidentialFields: ['thematicAreas', 'thematicAreasOther', 'partnerEntityIds'],
      },
    },
    {
      category: 'focal_point',
      fields: {
        title: 'Focal point',
        personName: 'A. Person',
        email: 'canary@example.org',
        phone: '+229 0000 CANARY'.replace(' CANARY', ''),
        confidentialFields: ['email', 'phone'],
      },
    },
    {
      category: 'legislation',
      fields: {
        title: 'CANARY-FIELD-title',
        description: 'A public law',
        attachments: [{ sha256: ATTACHMENT_SHA, name: 'CANARY-FIELD-attachment.pdf', type: 'application/pdf', size: ATTACHMENT.length }],
        confidentialFields: ['title', 'attachments'],
      },
    },
  ]);
});

const publicGetRoutes = () =>
  t.app.routeTable.specs.filter((s) => s.method === 'GET' && s.allow.includes('public') && s.path.startsWith('/api/public/'));

describe('confidentiality canary', () => {
  it('no public endpoint ever answers a confidential element or field', async () => {
    const routes = publicGetRoutes();
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        '/api/public/items',
        '/api/public/assistance-table',
        '/api/public/assistance-table.csv',
        '/api/public/events',
        '/api/public/events.ics',
        '/api/public/export.csv',
        '/api/public/export.json',
        '/api/public/entities/:id/profile',
        '/api/public/summary',
      ]),
    );
    const queries = ['', '?q=canary', '?q=CANARY-ELEMENT', '?q=canary%2A', '?thematicArea=CANARY-AREA', '?entity=BEN', '?category=event'];
    for (const route of routes) {
      for (const qs of queries) {
        const path = route.path.replace(':id', 'BEN') + qs;
        const res = await t.request(path);
        expect([200, 422], path).toContain(res.status);
        const body = await res.text();
        expect(body, path).not.toMatch(CANARY);
      }
    }
  });

  it('the public parts are there, without their confidential fields', async () => {
    const events = await getJson(t, '/api/public/events');
    expect(events.items.map((e: any) => e.title)).toEqual(['Public seminar']);
    expect(events.items[0]).not.toHaveProperty('place');
    const table = await getJson(t, '/api/public/assistance-table');
    // the partner was confidential: the offer stays open, it does not reveal CPV
    expect(table.items.map((c: any) => [c.provider, c.recipient])).toEqual([['BEN', null]]);
    const profile = await getJson(t, '/api/public/entities/BEN/profile');
    expect(profile.itemsByCategory.focal_point[0]).toMatchObject({ personName: 'A. Person' });
    expect(profile.itemsByCategory.focal_point[0]).not.toHaveProperty('email');
    expect(Object.keys(profile.itemsByCategory).sort()).toEqual(['assistance', 'event', 'focal_point', 'legislation']);
    expect((await getJson(t, '/api/public/items?q=canary')).total).toBe(0);
  });

  it('unpublishing removes a submission from search and every list at once', async () => {
    const { submissionId } = await publish(t, 'CPV', [
      { category: 'event', fields: { title: 'Withdrawn gathering', startDate: '2026-12-20' } },
    ]);
    expect((await getJson(t, '/api/public/items?q=gathering')).total).toBe(1);
    const sec = await t.signIn('sec@example.org');
    expect((await t.request(`/api/submissions/${submissionId}/unpublish`, { method: 'POST', cookie: sec })).status).toBe(200);
    expect((await getJson(t, '/api/public/items?q=gathering')).total).toBe(0);
    expect((await getJson(t, '/api/public/events')).items.map((e: any) => e.title)).toEqual(['Public seminar']);
  });

  it('the search index holds nothing confidential either', async () => {
    const rows = await t.db.selectFrom('public_search').selectAll().execute();
    expect(rows).toHaveLength(4);
    expect(JSON.stringify(rows)).not.toMatch(CANARY);
  });
});
