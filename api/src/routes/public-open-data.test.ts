import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';
import { createAccounts, getJson, publish } from '../test/public-fixtures.ts';
import { EXPORT_COLUMNS } from '../services/public/export-rows.ts';

let t: TestContext;
let seeded: { ben: string[]; cpv: string[] };

beforeAll(async () => {
  t = await createTestContext();
  await createAccounts(t, ['BEN', 'CPV', 'FRA']);
  const ben = await publish(t, 'BEN', [
    {
      category: 'assistance',
      fields: {
        title: 'Training for judges',
        role: 'provider',
        status: 'offered',
        thematicAreas: ['judicial_training'],
        forms: ['training'],
        partnerEntityIds: ['CPV', 'FRA'],
      },
    },
    {
      category: 'assistance',
      fields: { title: 'Open offer of experts', role: 'provider', thematicAreas: ['legislative_drafting'], partnerEntityIds: [] },
    },
    {
      category: 'event',
      fields: {
        title: 'Seminar; on, complementarity\\ in Cotonou',
        description: 'Line one\nLine two, with a comma',
        startDate: '2026-12-01',
        endDate: '2026-12-03',
        place: 'Cotonou, Bénin',
        url: 'https://example.org/seminar',
        kind: 'seminar',
      },
    },
    {
      category: 'legislation',
      fields: {
        title: '=HYPERLINK("http://evil")',
        description: 'Quotes "inside", commas, and\nnew lines',
        articlesCovered: ['7', '8bis'],
        status: 'in_force',
      },
    },
  ]);
  const cpv = await publish(t, 'CPV', [
    {
      category: 'assistance',
      fields: {
        title: 'Help drafting the implementing act',
        role: 'recipient',
        status: 'needed',
        thematicAreas: ['legislative_drafting'],
        partnerEntityIds: ['BEN'],
      },
    },
    {
      category: 'event',
      fields: { title: 'Outreach day: ' + 'é'.repeat(60) + ' 日本語テキスト'.repeat(5), startDate: '2027-01-15', place: 'Praia' },
    },
    { category: 'event', fields: { title: 'Undated workshop' } },
  ]);
  seeded = { ben: ben.itemIds, cpv: cpv.itemIds };
});

describe('the two-way assistance table', () => {
  it('places offers and needs in provider × recipient cells, open ones on a null side', async () => {
    const table = await getJson(t, '/api/public/assistance-table');
    expect(table.providers).toEqual(['BEN']);
    expect(table.recipients).toEqual(['CPV', 'FRA']);
    const cell = (p: string | null, r: string | null) => table.items.find((c: any) => c.provider === p && c.recipient === r);
    expect(cell('BEN', 'CPV').offers.map((e: any) => e.title)).toEqual(['Training for judges']);
    expect(cell('BEN', 'CPV').needs.map((e: any) => e.title)).toEqual(['Help drafting the implementing act']);
    expect(cell('BEN', 'FRA').offers).toHaveLength(1);
    expect(cell('BEN', null).offers.map((e: any) => e.title)).toEqual(['Open offer of experts']);
    expect(table.total).toBe(3);
    expect(table.thematicAreas).toEqual(['legislative_drafting', 'judicial_training']); // codes, in the vocabulary's order
  });

  it('filters by thematic area (a code, or a wording of it in English or French) and status', async () => {
    const training = await getJson(t, '/api/public/assistance-table?thematicArea=formation%20judiciaire');
    expect(training.items.map((c: any) => [c.provider, c.recipient])).toEqual([
      ['BEN', 'CPV'],
      ['BEN', 'FRA'],
    ]);
    const drafting = await getJson(t, '/api/public/assistance-table?thematicArea=LEGISLATIVE%20DRAFTING');
    expect(drafting.items.map((c: any) => [c.provider, c.recipient])).toEqual([
      ['BEN', 'CPV'],
      ['BEN', null],
    ]);
    expect(drafting.items[0].offers).toHaveLength(0);
    const needed = await getJson(t, '/api/public/assistance-table?status=needed');
    expect(needed.total).toBe(1);
  });

  it('exports the table as CSV, one row per element per cell', async () => {
    const res = await t.request('/api/public/assistance-table.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.direction === 'need')).toMatchObject({
      provider_id: 'BEN',
      recipient_id: 'CPV',
      entity_id: 'CPV',
      thematic_areas: 'legislative_drafting',
    });
  });
});

describe('events', () => {
  it('lists events by start date, undated last, and filters by range', async () => {
    const all = await getJson(t, '/api/public/events');
    expect(all.items.map((e: any) => e.startDate ?? null)).toEqual(['2026-12-01', '2027-01-15', null]);
    const january = await getJson(t, '/api/public/events?from=2027-01-01&to=2027-01-31');
    expect(january.items).toHaveLength(1);
    const overlapping = await getJson(t, '/api/public/events?from=2026-12-02');
    expect(overlapping.items.map((e: any) => e.startDate)).toEqual(['2026-12-01', '2027-01-15']);
    expect((await t.request('/api/public/events?from=2026-02-30')).status).toBe(422);
  });

  it('serves an RFC 5545 feed that a strict reader parses', async () => {
    const res = await t.request('/api/public/events.ics');
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const raw = await res.text();
    expect(raw.endsWith('\r\n')).toBe(true);
    const physical = raw.slice(0, -2).split('\r\n');
    for (const line of physical) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
    // unfold, then check the structure line by line
    const lines = raw
      .replace(/\r\n[ \t]/g, '')
      .slice(0, -2)
      .split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const events: Record<string, string>[] = [];
    let current: Record<string, string> | null = null;
    for (const line of lines.slice(1, -1)) {
      if (line === 'BEGIN:VEVENT') current = {};
      else if (line === 'END:VEVENT') {
        events.push(current!);
        current = null;
      } else if (current) {
        const m = /^([A-Z-]+)((?:;[A-Z-]+=[^:;]+)*):(.*)$/.exec(line);
        expect(m, line).not.toBeNull();
        current[m![1]! + m![2]!] = m![3]!;
      }
    }
    expect(events).toHaveLength(2); // the undated event cannot be in a calendar
    const seminar = events.find((e) => e.UID === `${seeded.ben[2]}@clearinghouse.icc-asp`)!;
    expect(seminar['DTSTART;VALUE=DATE']).toBe('20261201');
    expect(seminar['DTEND;VALUE=DATE']).toBe('20261204'); // exclusive end
    expect(seminar.SUMMARY).toBe('Seminar\\; on\\, complementarity\\\\ in Cotonou');
    expect(seminar.LOCATION).toBe('Cotonou\\, Bénin');
    expect(seminar.DESCRIPTION).toContain('Line one\\nLine two\\, with a comma');
    expect(seminar.URL).toBe('https://example.org/seminar');
    expect(seminar.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    for (const e of events) for (const required of ['UID', 'DTSTAMP', 'DTSTART;VALUE=DATE', 'SUMMARY']) expect(e[required]).toBeDefined();
    const outreach = events.find((e) => e.UID?.startsWith(seeded.cpv[1]!))!;
    expect(outreach.SUMMARY).toContain('日本語テキスト'); // folded without breaking a character
    // stable: the same feed twice
    expect(await (await t.request('/api/public/events.ics')).text()).toBe(raw);
  });
});

describe('exports', () => {
  it('export.csv parsed back equals export.json, row for row', async () => {
    for (const qs of ['', '?category=assistance', '?q=seminar', '?entity=CPV&category=event']) {
      const csvRes = await t.request(`/api/public/export.csv${qs}`);
      expect(csvRes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const csv = parse(await csvRes.text(), { columns: true, bom: true }) as Record<string, string>[];
      const json = await getJson(t, `/api/public/export.json${qs}`);
      expect(json.columns).toEqual(EXPORT_COLUMNS);
      expect(csv).toEqual(json.items);
      expect(json.total).toBe(json.items.length);
    }
    const all = await getJson(t, '/api/public/export.json');
    expect(all.total).toBe(7);
    const law = all.items.find((r: any) => r.category === 'legislation');
    expect(law.title).toBe('\'=HYPERLINK("http://evil")'); // no formula runs in a spreadsheet
    expect(law.description).toBe('Quotes "inside", commas, and\nnew lines');
    expect(law.articles_covered).toBe('7; 8bis');
    expect(law.entity_name_fr).toBe('Bénin');
    expect(law.regional_group).toBe('african');
    expect(Object.keys(law)).toEqual(EXPORT_COLUMNS);
  });
});
