import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { createAccounts, getJson, publish } from '../test/public-fixtures.ts';

let t: TestContext;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await createTestContext();
  await createAccounts(t, ['BEN', 'CPV', 'FRA']);
  t.clock.now = new Date('2025-03-01T09:00:00Z');
  const ben = await publish(t, 'BEN', [
    // the word is only in the description here, many times: bm25 alone might put it first
    {
      category: 'obstacle',
      fields: { title: 'Capacity of the courts', description: 'Witness protection witness protection, witness protection is lacking.' },
    },
    { category: 'legislation', fields: { title: 'Witness protection act', description: 'Adopted by parliament.', status: 'adopted' } },
  ]);
  t.clock.now = new Date('2026-11-28T10:00:00Z');
  const cpv = await publish(t, 'CPV', [
    {
      category: 'legislation',
      fields: { title: 'Código penal', description: 'Implementing the <b>Rome Statute</b> & "complementarity"; see art. 8bis.' },
    },
    { category: 'event', fields: { title: 'Seminar on witness relocation', startDate: '2026-12-01', place: 'Praia' } },
  ]);
  const fra = await publish(t, 'FRA', [
    { category: 'legislation', fields: { title: 'Loi d’adaptation', description: 'Élection des juges et coopération.' } },
  ]);
  ids = {
    benObstacle: ben.itemIds[0]!,
    benAct: ben.itemIds[1]!,
    cpvCode: cpv.itemIds[0]!,
    cpvEvent: cpv.itemIds[1]!,
    fraLaw: fra.itemIds[0]!,
  };
});

const search = (qs: string) => getJson(t, `/api/public/items?${qs}`);

describe('GET /api/public/items', () => {
  it('lists every published element without a query, newest first, with total and facets', async () => {
    const res = await t.request('/api/public/items');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await res.json()) as any;
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(5);
    expect(body.items.at(-1).entityId).toBe('BEN');
    expect(body.facets.category).toEqual([
      { value: 'event', count: 1 },
      { value: 'legislation', count: 3 },
      { value: 'obstacle', count: 1 },
    ]);
    expect(body.facets.year).toEqual([
      { value: '2025', count: 2 },
      { value: '2026', count: 3 },
    ]);
    expect(body.facets.region.find((f: any) => f.value === 'african').count).toBe(4);
  });

  it('ranks a title match first', async () => {
    const body = await search('q=witness+protection');
    expect(body.items.map((i: any) => i.id)).toEqual([ids.benAct, ids.benObstacle]);
    expect(body.total).toBe(2);
  });

  it('highlights matches in a snippet built from the projected text, HTML escaped', async () => {
    const body = await search('q=rome+statute');
    expect(body.items[0].id).toBe(ids.cpvCode);
    const snippet: string = body.items[0].snippet;
    expect(snippet).toContain('<mark>Rome</mark>');
    expect(snippet).toContain('&lt;b&gt;');
    expect(snippet).not.toMatch(/<b>/);
    expect(snippet).toContain('&amp;');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('folds accents, stems, and matches the last word as a prefix', async () => {
    expect((await search('q=election')).items.map((i: any) => i.id)).toEqual([ids.fraLaw]);
    expect((await search('q=implementation')).items.map((i: any) => i.id)).toEqual([ids.cpvCode]);
    expect((await search('q=reloc')).items.map((i: any) => i.id)).toEqual([ids.cpvEvent]);
    expect((await search('q=Benin')).total).toBe(2); // the entity's name is searchable
  });

  it('combines filters with each other and with the query', async () => {
    expect((await search('category=legislation')).total).toBe(3);
    expect((await search('category=legislation&region=african')).total).toBe(2);
    expect((await search('category=legislation&region=african&year=2026')).items.map((i: any) => i.id)).toEqual([ids.cpvCode]);
    expect((await search('category=legislation&entity=BEN')).items.map((i: any) => i.id)).toEqual([ids.benAct]);
    expect((await search('q=witness&category=event')).items.map((i: any) => i.id)).toEqual([ids.cpvEvent]);
    expect((await search('q=witness&region=weog')).total).toBe(0);
    // a facet ignores its own filter so the other choices stay visible
    const f = await search('category=legislation&region=african');
    expect(f.facets.category.map((x: any) => x.value)).toEqual(['event', 'legislation', 'obstacle']);
    expect(f.facets.region).toEqual([
      { value: 'african', count: 2 },
      { value: 'weog', count: 1 },
    ]);
  });

  it('treats quotes, operators and SQL in q as plain words, never as syntax', async () => {
    const hostile = [
      '"',
      '""',
      '"witness',
      'witness"',
      '*',
      'witness*',
      'NEAR(witness protection)',
      'witness NEAR protection',
      "'; DROP TABLE published_items; --",
      'title:witness',
      '^witness',
      '(',
      'AND OR NOT',
      '-witness',
      'a"b"c',
      '\u0000',
      '%_%',
      'é'.repeat(600).slice(0, 500),
    ];
    for (const q of hostile) {
      const res = await t.request(`/api/public/items?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect((await search(`q=${encodeURIComponent("witness'; DROP TABLE published_items; --")}`)).total).toBe(0);
    expect((await search(`q=${encodeURIComponent('"witness protection"')}`)).items[0].id).toBe(ids.benAct);
    expect((await search(`q=${encodeURIComponent('"protection witness act"')}`)).total).toBe(0); // a phrase keeps its order
    expect((await search('q=NEAR')).total).toBe(0);
    expect((await search('')).total).toBe(5); // the tables are still there
  });

  it('facets and filters by the element’s status and the submission’s language', async () => {
    const all = await search('');
    expect(all.facets.status).toEqual([{ value: 'adopted', count: 1 }]);
    expect(all.facets.language.map((f: any) => f.value)).toEqual(['en']);
    const adopted = await search('status=adopted');
    expect(adopted.items.map((i: any) => i.id)).toEqual([ids.benAct]);
    expect((await search('language=fr')).total).toBe(0);
    expect((await search('language=en')).total).toBe(5);
  });

  it('pages with limit and offset, capping the limit', async () => {
    const first = await search('limit=2');
    const second = await search('limit=2&offset=2');
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(2);
    expect(first.total).toBe(5);
    expect(new Set([...first.items, ...second.items].map((i: any) => i.id)).size).toBe(4);
    expect((await search('limit=100000')).limit).toBe(100);
    expect((await search('limit=99999999999999999999')).limit).toBe(100);
    expect((await search('limit=5&offset=99999999999999999999')).items).toEqual([]);
  });

  it('refuses invalid filters with 422 naming them, and ignores empty ones', async () => {
    const res = await t.request('/api/public/items?category=gossip&year=20x6&limit=-1');
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as any).error.details.map((d: any) => d.field).sort();
    expect(fields).toEqual(['category', 'limit', 'year']);
    expect((await search('q=&category=&region=&year=')).total).toBe(5);
  });
});
