import { beforeEach, describe, expect, it } from 'vitest';
import { contextWithSecretariat, type TestContext } from '../test/harness.ts';

let t: TestContext;
let sec: string;
beforeEach(async () => ({ t, sec } = await contextWithSecretariat('BEN')));

describe('treaty records', () => {
  it('enters, corrects and removes an event, and the derived status follows', async () => {
    const created = await t.request('/api/treaty-events', {
      method: 'POST',
      cookie: sec,
      json: { entityId: 'BEN', treaty: 'rome_statute', type: 'withdrawal_notified', date: '2026-01-10', source: 'C.N.1.2026' },
    });
    expect(created.status).toBe(201);
    const event = (await created.json()) as any;
    const pending = (await (await t.request('/api/treaty-status?date=2026-06-01')).json()) as any;
    expect(pending.states.find((s: any) => s.entityId === 'BEN').romeStatute.status).toBe('withdrawal_pending');
    const fixed = await t.request(`/api/treaty-events/${event.id}`, {
      method: 'PATCH',
      cookie: sec,
      json: { type: 'withdrawal_rescinded' },
    });
    expect(fixed.status).toBe(200);
    expect((await t.request(`/api/treaty-events/${event.id}`, { method: 'DELETE', cookie: sec })).status).toBe(204);
    const after = (await (await t.request('/api/treaty-status?date=2027-06-01')).json()) as any;
    expect(after.states.find((s: any) => s.entityId === 'BEN').romeStatute.status).toBe('party');
    const bad = await t.request('/api/treaty-events', {
      method: 'POST',
      cookie: sec,
      json: { entityId: 'BEN', treaty: 'rome_statute', type: 'signature', date: null },
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as any).error.details[0].field).toBe('asOf');
  });

  it('imports a CSV: reports invalid rows by line with the reason and applies nothing; applies a valid file whole', async () => {
    const csv = [
      'entity_id,treaty,type,date,as_of,source',
      'BEN,apic,ratification,2010-05-04,,UNTC',
      'XXX,apic,ratification,2010-05-04,,UNTC',
      'CPV,rome_statute,promotion,2010-01-01,,',
      'CPV,apic,signature,,,',
    ].join('\n');
    const res = (await (await t.request('/api/treaty-events/import', { method: 'POST', cookie: sec, json: { csv } })).json()) as any;
    expect(res.applied).toBe(0);
    expect(res.errors.map((e: any) => e.line)).toEqual([3, 4, 5]);
    expect(res.errors[0].message).toMatch(/XXX/);
    expect(res.errors[1].message).toMatch(/type/);
    expect(res.errors[2].message).toMatch(/as_of/);
    const before = (await (await t.request('/api/treaty-events?entity=BEN', { cookie: sec })).json()) as any;
    expect(before.items.some((e: any) => e.treaty === 'apic' && e.date === '2010-05-04')).toBe(false);

    const good = [
      'entity_id,treaty,type,date,as_of,source',
      'BEN,apic,ratification,2010-05-04,,UNTC',
      'CPV,apic,signature,,2026-10-31,fixture',
    ].join('\n');
    const preview = (await (
      await t.request('/api/treaty-events/import', { method: 'POST', cookie: sec, json: { csv: good, dryRun: true } })
    ).json()) as any;
    expect(preview).toMatchObject({ applied: 0, errors: [] });
    expect(preview.rows).toHaveLength(2);
    const applied = (await (
      await t.request('/api/treaty-events/import', { method: 'POST', cookie: sec, json: { csv: good } })
    ).json()) as any;
    expect(applied.applied).toBe(2);
    const ben = (await (await t.request('/api/treaty-events?entity=BEN', { cookie: sec })).json()) as any;
    expect(ben.items.some((e: any) => e.treaty === 'apic' && e.date === '2010-05-04')).toBe(true);
  });

  it('only the Secretariat changes treaty records', async () => {
    const ben = await t.signIn('ben@example.org');
    expect((await t.request('/api/treaty-events', { method: 'POST', cookie: ben, json: {} })).status).toBe(403);
  });
});

describe('response tracking', () => {
  it('lists every addressee with its state, overdue after the deadline, rates by group, and a bilingual reminder', async () => {
    const { device, newItem, newSubmission } = await import('../test/sync-helpers.ts');
    const cycle = (await (
      await t.request('/api/cycles', {
        method: 'POST',
        cookie: sec,
        json: {
          reference: 'ICC-ASP/9/SP/PA/21',
          title: 'Request',
          issuedOn: '2026-01-01',
          deadline: '2026-03-01',
          categories: ['obstacle'],
          addressees: 'all-states-parties',
        },
      })
    ).json()) as any;
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN', { cycleId: cycle.id });
    await ben.push([s, newItem(s.id, 'obstacle')]);
    let tracking = (await (await t.request(`/api/cycles/${cycle.id}/tracking`, { cookie: sec })).json()) as any;
    const benRow = tracking.rows.find((r: any) => r.entityId === 'BEN');
    expect(benRow).toMatchObject({ state: 'not-received', overdue: true }); // the clock is 2026-11-28
    expect(tracking.rows.length).toBeGreaterThan(100);
    expect(tracking.rows.some((r: any) => r.entityId === 'UKR')).toBe(true);
    await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    tracking = (await (await t.request(`/api/cycles/${cycle.id}/tracking`, { cookie: sec })).json()) as any;
    expect(tracking.rows.find((r: any) => r.entityId === 'BEN')).toMatchObject({
      state: 'transmitted',
      overdue: false,
      submissionId: s.id,
    });
    const african = tracking.rates.groups.find((g: any) => g.group === 'african');
    expect(african.responded).toBe(1);
    expect(african.rate).toBeCloseTo((1 / african.addressed) * 100, 0);
    const reminder = (await (await t.request(`/api/cycles/${cycle.id}/reminder`, { cookie: sec })).json()) as any;
    expect(reminder.entityIds).not.toContain('BEN');
    expect(reminder.en).toMatch(/ICC-ASP\/9\/SP\/PA\/21/);
    expect(reminder.fr).toMatch(/Pas encore reçu de\u202f:/);
    // dates as a note verbale writes them, never ISO
    expect(reminder.en).toContain('of 1 January 2026, requesting information by 1 March 2026');
    expect(reminder.fr).toContain('du 1er janvier 2026, demandant des informations avant le 1er mars 2026');
    expect(`${reminder.en} ${reminder.fr}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const closed = await t.request(`/api/cycles/${cycle.id}`, {
      method: 'PATCH',
      cookie: sec,
      json: { closedAt: '2026-11-28T10:00:00.000Z' },
    });
    expect(((await closed.json()) as any).closedAt).toBe('2026-11-28T10:00:00.000Z');
  });
});
