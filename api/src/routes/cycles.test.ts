import { beforeEach, describe, expect, it } from 'vitest';
import { contextWithSecretariat, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeEach(async () => ({ t } = await contextWithSecretariat('BEN', 'CPV')));

const request = {
  reference: 'ICC-ASP/9/SP/PA/21',
  title: 'Plan of Action: information on ratification and implementation',
  titles: {
    fr: 'Plan d’action : informations sur la ratification et la mise en œuvre',
    es: 'Plan de acción: información sobre la ratificación y la aplicación',
  },
  texts: {
    en: 'The Secretariat requests information under paragraph 6(h).',
    fr: 'Le Secrétariat demande des informations au titre de l’alinéa h) du paragraphe 6.',
    es: 'La Secretaría solicita información en virtud del apartado h) del párrafo 6.',
  },
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

  it('a request in languages needs English, French and Spanish: without Spanish, 422 naming the fields', async () => {
    const sec = await t.signIn('sec@example.org');
    const noSpanish = {
      ...request,
      titles: { fr: request.titles.fr, ar: 'خطة العمل' },
      texts: { en: request.texts.en, fr: request.texts.fr },
    };
    const refused = await t.request('/api/cycles', { method: 'POST', cookie: sec, json: noSpanish });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as any;
    expect(body.error.code).toBe('validation-failed');
    const messages = body.error.details.map((d: any) => `${d.field}: ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^titles: titles\.es must be given/),
      expect.stringMatching(/^texts: texts\.es must be given/),
    ]);
    // a blank Spanish text counts as missing
    const blank = await t.request('/api/cycles', {
      method: 'POST',
      cookie: sec,
      json: { ...request, texts: { ...request.texts, es: '  ' } },
    });
    expect(blank.status).toBe(422);
    expect(((await blank.json()) as any).error.details.map((d: any) => d.message)).toEqual([expect.stringMatching(/^texts\.es/)]);
    expect(((await (await t.request('/api/cycles', { cookie: sec })).json()) as any).total).toBe(0);
  });

  it('keeps version 1 of the protocol: a body with `title` alone is an English-only request', async () => {
    const sec = await t.signIn('sec@example.org');
    const { titles: _titles, texts: _texts, ...v1 } = request;
    const created = await t.request('/api/cycles', { method: 'POST', cookie: sec, json: v1 });
    expect(created.status).toBe(201);
    const cycle = (await created.json()) as any;
    expect(cycle.title).toBe(request.title);
    // closing it does not ask for languages; editing its texts does
    const closed = await t.request(`/api/cycles/${cycle.id}`, {
      method: 'PATCH',
      cookie: sec,
      json: { closedAt: '2010-11-01T00:00:00.000Z' },
    });
    expect(closed.status).toBe(200);
    const edit = await t.request(`/api/cycles/${cycle.id}`, { method: 'PATCH', cookie: sec, json: { texts: { en: 'Only English' } } });
    expect(edit.status).toBe(422);
    const fields = ((await edit.json()) as any).error.details.map((d: any) => d.message);
    expect(fields).toEqual([
      expect.stringMatching(/^titles\.fr/),
      expect.stringMatching(/^titles\.es/),
      expect.stringMatching(/^texts\.fr/),
      expect.stringMatching(/^texts\.es/),
    ]);
  });

  it('stores and returns every language given, Arabic included', async () => {
    const sec = await t.signIn('sec@example.org');
    const withArabic = { ...request, titles: { ...request.titles, ar: 'خطة العمل: معلومات' } };
    const created = (await (await t.request('/api/cycles', { method: 'POST', cookie: sec, json: withArabic })).json()) as any;
    const listed = ((await (await t.request('/api/cycles', { cookie: await t.signIn('ben@example.org') })).json()) as any).items[0];
    expect(listed).toEqual(created);
    expect(listed.titles).toEqual(withArabic.titles);
    expect(listed.texts).toEqual(request.texts);
  });
});
