import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('sec@example.org', 'secretariat');
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
});

const request = {
  reference: 'ICC-ASP/9/SP/PA/21',
  title: 'Plan of Action: information on ratification and implementation',
  titleFr: 'Plan d’action : informations sur la ratification et la mise en œuvre',
  issuedOn: '2010-08-09',
  deadline: '2010-10-30',
  categories: ['obstacle', 'strategy', 'assistance', 'event', 'legislation', 'agreement', 'constitutional', 'focal_point'],
  addressees: 'all-states-parties',
};

describe('requests for information', () => {
  it('the Secretariat issues one; focal points see those addressed to them', async () => {
    const sec = await t.signIn('sec@example.org');
    const created = await t.request('/api/cycles', { method: 'POST', cookie: sec, json: request });
    expect(created.status).toBe(201);
    const cycle = (await created.json()) as any;
    expect(cycle.id).toMatch(/^[0-9a-f-]{36}$/);
    const onlyBen = await t.request('/api/cycles', {
      method: 'POST',
      cookie: sec,
      json: { ...request, reference: 'X/1', addressees: ['BEN'] },
    });
    expect(onlyBen.status).toBe(201);

    const ben = (await (await t.request('/api/cycles', { cookie: await t.signIn('ben@example.org') })).json()) as any;
    const cpv = (await (await t.request('/api/cycles', { cookie: await t.signIn('cpv@example.org') })).json()) as any;
    expect(ben.total).toBe(2);
    expect(cpv.items.map((c: any) => c.reference)).toEqual(['ICC-ASP/9/SP/PA/21']);
  });

  it('refuses focal points (403) and invalid requests (422 naming fields)', async () => {
    const ben = await t.signIn('ben@example.org');
    expect((await t.request('/api/cycles', { method: 'POST', cookie: ben, json: request })).status).toBe(403);
    const sec = await t.signIn('sec@example.org');
    const bad = await t.request('/api/cycles', {
      method: 'POST',
      cookie: sec,
      json: { ...request, deadline: '2010-01-01', categories: ['gossip'] },
    });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as any).error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['categories']));
  });
});
