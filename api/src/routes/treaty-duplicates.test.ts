import { beforeEach, describe, expect, it } from 'vitest';
import { contextWithSecretariat, type TestContext } from '../test/harness.ts';

let t: TestContext;
let sec: string;
beforeEach(async () => ({ t, sec } = await contextWithSecretariat()));

const signature = { entityId: 'CPV', treaty: 'apic', type: 'signature', date: '2026-03-02', source: 'C.N.9.2026' };
const post = (json: unknown) => t.request('/api/treaty-events', { method: 'POST', cookie: sec, json });
const importCsv = async (csv: string) =>
  (await (await t.request('/api/treaty-events/import', { method: 'POST', cookie: sec, json: { csv } })).json()) as any;

describe('the same treaty event twice', () => {
  it('is refused when entered or corrected into a repetition, with a sentence saying so', async () => {
    expect((await post(signature)).status).toBe(201);
    const again = await post({ ...signature, source: 'typed twice' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as any).error).toMatchObject({
      code: 'already-exists',
      message: expect.stringMatching(/already recorded/),
    });
    const other = (await (await post({ ...signature, date: '2026-03-03' })).json()) as any;
    const patched = await t.request(`/api/treaty-events/${other.id}`, { method: 'PATCH', cookie: sec, json: { date: '2026-03-02' } });
    expect(patched.status).toBe(409);
    const events = (await (await t.request('/api/treaty-events?entity=CPV', { cookie: sec })).json()) as any;
    expect(events.items.filter((e: any) => e.treaty === 'apic' && e.type === 'signature')).toHaveLength(2);
  });

  it('is named by line in an import, against the records and within the file; nothing is applied', async () => {
    expect((await post(signature)).status).toBe(201);
    const res = await importCsv(
      [
        'entity_id,treaty,type,date,as_of,source',
        'CPV,apic,signature,2026-03-02,,again',
        'CPV,apic,ratification,2026-09-01,,UNTC',
        'CPV,apic,ratification,2026-09-01,,UNTC twice',
      ].join('\n'),
    );
    expect(res.applied).toBe(0);
    expect(res.errors).toEqual([
      { line: 2, message: expect.stringMatching(/already recorded/) },
      { line: 4, message: 'This line repeats line 3.' },
    ]);
  });

  it('import problems read plainly, and an unknown code is flagged on its line with the rest', async () => {
    const res = await importCsv(
      ['entity_id,treaty,type,date,as_of,source', 'XKX,apic,signature,,,', 'BEN,apic,ratified,2010-13-45,,'].join('\n'),
    );
    expect(res.errors.map((e: any) => e.line)).toEqual([2, 3]);
    expect(res.errors[0].message).toMatch(/as_of must say by when/);
    expect(res.errors[0].message).toMatch(/"XKX" is not a known State or organisation code/);
    expect(res.errors[1].message).toMatch(/type "ratified" is not a kind of event/);
    expect(res.errors[1].message).toMatch(/date "2010-13-45" is not a date: write it as YYYY-MM-DD/);
    for (const e of res.errors) expect(e.message).not.toMatch(/asOf|null|\bis required when\b/);
  });

  it('never shows a repetition entered before the rule on the public profile', async () => {
    const first = await importCsv(['entity_id,treaty,type,date,as_of,source', 'CPV,apic,signature,2026-03-02,,a'].join('\n'));
    expect(first.applied).toBe(1);
    // Older data may already hold a repetition: copy the row under another id, as a second entry once was.
    const row = await t.db
      .selectFrom('treaty_events')
      .selectAll()
      .where('entity_id', '=', 'CPV')
      .where('source', '=', 'a')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('treaty_events')
      .values({ ...row, id: `${row.id}-again` })
      .execute();
    const all = (await (await t.request('/api/treaty-events?entity=CPV', { cookie: sec })).json()) as any;
    expect(all.items.filter((e: any) => e.source === 'a')).toHaveLength(2);
    const profile = (await (await t.request('/api/public/entities/CPV/profile')).json()) as any;
    const signatures = profile.treaties.apic.events.filter((e: any) => e.type === 'signature' && e.date === '2026-03-02');
    expect(signatures).toHaveLength(1);
  });
});
