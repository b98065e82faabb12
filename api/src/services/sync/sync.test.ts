import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, storedText, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('ben2@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
  await t.createUser('sec@example.org', 'secretariat');
  await t.createUser('bureau@example.org', 'bureau');
});

describe('push', () => {
  it('applies new records, and a resent push has one effect and the same answer', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const i = newItem(s.id, 'obstacle', { kind: 'constitutional', description: 'Immunities of heads of State' });
    const mutations = [
      { ...s, mid: 1 },
      { ...i, mid: 2 },
    ];
    const first = await laptop.push(mutations);
    expect(first.results.map((r: any) => r.status)).toEqual(['applied', 'applied']);
    expect(first.lastMid).toBe(2);
    const again = await laptop.push(mutations);
    expect(again).toEqual(first);
    const pulled = await laptop.pullAll();
    expect(pulled.changes.filter((c) => c.id === i.id)).toHaveLength(1);
    expect(pulled.changes.find((c) => c.id === i.id).version).toBe(1);
  });

  it('refuses, never drops, a new mutation whose mid is below the last handled one', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    await laptop.push([{ ...s, mid: 5 }]);
    const late = newItem(s.id, 'obstacle', { title: 'Written offline earlier' });
    const res = await laptop.push([{ ...late, mid: 3 }]);
    expect(res.results[0]).toMatchObject({ mid: 3, status: 'rejected', error: { code: 'mid-already-passed' } });
    expect(res.lastMid).toBe(5);
    expect((await laptop.pullAll()).changes.find((c) => c.id === late.id)).toBeUndefined();
    // Sent again above lastMid, it is applied.
    expect((await laptop.push([{ ...late, mid: 6 }])).results[0].status).toBe('applied');
  });

  it('answers every mutation: a rejected one does not block the next', async () => {
    const laptop = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const bad = newItem(s.id, 'obstacle', { kind: 'not-a-kind', colour: 'blue' });
    const good = newItem(s.id, 'event', { startDate: '2026-12-01', place: 'The Hague' });
    const res = await laptop.push([s, bad, good]);
    expect(res.results.map((r: any) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    const err = res.results[1].error;
    expect(err.code).toBe('validation-failed');
    expect(err.details.map((d: any) => d.field).sort()).toEqual(['colour', 'kind']);
    expect(res.lastMid).toBe(3);
  });

  it('rejects a mutation of another entity, changing nothing', async () => {
    const ben = await device(t, 'ben@example.org');
    const cpv = await device(t, 'cpv@example.org');
    const s = newSubmission('BEN');
    await ben.push([s]);
    const theirs = await cpv.push([{ table: 'submissions', id: s.id, op: 'upsert', baseVersion: 1, fields: { title: 'Hijacked' } }]);
    expect(theirs.results[0]).toMatchObject({ status: 'rejected', error: { code: 'not-found' } });
    const foreignItem = await cpv.push([newItem(s.id, 'obstacle')]);
    expect(foreignItem.results[0]).toMatchObject({ status: 'rejected', error: { code: 'not-found' } });
    const claim = await cpv.push([newSubmission('BEN')]);
    expect(claim.results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    const mine = await ben.pullAll();
    expect(mine.changes.find((c) => c.id === s.id).record.title).toBe('Report 2026');
    expect(mine.changes).toHaveLength(1);
  });

  it('refuses server-owned fields and unknown fields, naming them', async () => {
    const ben = await device(t, 'ben@example.org');
    const res = await ben.push([newSubmission('BEN', { status: 'published', flavour: 'x' })]);
    expect(res.results[0].status).toBe('rejected');
    expect(res.results[0].error.details.map((d: any) => d.field).sort()).toEqual(['flavour', 'status']);
  });

  it('merges disjoint edits from two devices, and records a conflict for the same field', async () => {
    const laptop = await device(t, 'ben@example.org');
    const phone = await device(t, 'ben2@example.org');
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'legislation', { status: 'draft', description: 'line one\nline two\nline three\n' });
    await laptop.push([s, item]);
    const edit = (fields: Record<string, unknown>) => ({ table: 'items', id: item.id, op: 'upsert', baseVersion: 1, fields });

    expect(
      (await laptop.push([edit({ title: 'Implementing act', description: 'line ONE\nline two\nline three\n' })])).results[0].status,
    ).toBe('applied');
    const merged = await phone.push([edit({ status: 'adopted', description: 'line one\nline two\nline THREE\n' })]);
    expect(merged.results[0].status).toBe('merged');
    const clash = await phone.push([{ ...edit({ title: 'Criminal code amendment' }), baseVersion: 1 }]);
    expect(clash.results[0].status).toBe('conflict');
    expect(clash.results[0].conflictId).toBeTruthy();

    const { changes, conflicts } = await laptop.pullAll();
    const record = changes.filter((c) => c.id === item.id).at(-1).record;
    expect(record).toMatchObject({ title: 'Implementing act', status: 'adopted', description: 'line ONE\nline two\nline THREE\n' });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      recordId: item.id,
      field: 'title',
      base: 'A legislation',
      server: 'Implementing act',
      client: 'Criminal code amendment',
    });

    // Resolving is an ordinary upsert with the current base and the conflict id.
    const version = changes.filter((c) => c.id === item.id).at(-1).version;
    const resolved = await phone.push([
      {
        table: 'items',
        id: item.id,
        op: 'upsert',
        baseVersion: version,
        fields: { title: 'Implementing act (2026)' },
        resolves: [conflicts[0].id],
      },
    ]);
    expect(resolved.results[0].status).toBe('applied');
    expect((await laptop.pullAll()).conflicts).toEqual([]);
  });

  it("takes a device's own merged edit as its base: a later change or a take-back before its next pull is kept", async () => {
    const laptop = await device(t, 'ben@example.org');
    const phone = await device(t, 'ben2@example.org');
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'legislation', { status: 'draft', articlesCovered: ['7'] });
    await laptop.push([s, item]);
    const edit = (fields: Record<string, unknown>) => ({ table: 'items', id: item.id, op: 'upsert', baseVersion: 1, fields });
    await laptop.push([edit({ title: 'Implementing act' })]);
    // The phone has not pulled: its changes go out on version 1 and merge with the laptop's title.
    expect((await phone.push([edit({ status: 'adopted', articlesCovered: ['7', '8bis'] })])).results[0].status).toBe('merged');
    // Changed again: no conflict with its own first change.
    expect((await phone.push([edit({ status: 'in_force' })])).results[0].status).toBe('merged');
    // A box ticked off again (the take-back equals version 1): kept, not read as "unchanged".
    expect((await phone.push([edit({ articlesCovered: ['7'] })])).results[0].status).toBe('merged');
    const { changes, conflicts } = await laptop.pullAll();
    expect(conflicts).toEqual([]);
    expect(changes.filter((c) => c.id === item.id).at(-1).record).toMatchObject({
      title: 'Implementing act',
      status: 'in_force',
      articlesCovered: ['7'],
    });
  });

  it('keeps what a device wrote into a merged version sealed at rest', async () => {
    const ctx = await createTestContext({}, { fileDb: true });
    await ctx.createUser('ben@example.org', 'focal_point', 'BEN');
    await ctx.createUser('ben2@example.org', 'focal_point', 'BEN');
    const laptop = await device(ctx, 'ben@example.org');
    const phone = await device(ctx, 'ben2@example.org');
    const s = newSubmission('BEN');
    const item = newItem(s.id, 'legislation', { confidentialFields: ['description'] });
    await laptop.push([s, item]);
    const edit = (fields: Record<string, unknown>) => ({ table: 'items', id: item.id, op: 'upsert', baseVersion: 1, fields });
    await laptop.push([edit({ title: 'Implementing act' })]);
    expect((await phone.push([edit({ description: 'PLAINTEXT-CANARY-MERGED' })])).results[0].status).toBe('merged');
    expect(await ctx.db.selectFrom('merged_client_fields').select('client_id').execute()).toEqual([{ client_id: phone.clientId }]);
    expect(await storedText(ctx, ctx.config.dataDir)).not.toContain('PLAINTEXT-CANARY');
  });

  it('treats an edit of a deleted record and a delete of an edited record as conflicts', async () => {
    const laptop = await device(t, 'ben@example.org');
    const phone = await device(t, 'ben2@example.org');
    const s = newSubmission('BEN');
    const a = newItem(s.id, 'strategy');
    const b = newItem(s.id, 'strategy');
    await laptop.push([s, a, b]);
    await laptop.push([{ table: 'items', id: a.id, op: 'delete', baseVersion: 1 }]);
    const editDeleted = await phone.push([{ table: 'items', id: a.id, op: 'upsert', baseVersion: 1, fields: { title: 'Kept' } }]);
    expect(editDeleted.results[0].status).toBe('conflict');
    await laptop.push([{ table: 'items', id: b.id, op: 'upsert', baseVersion: 1, fields: { title: 'Edited' } }]);
    const deleteEdited = await phone.push([{ table: 'items', id: b.id, op: 'delete', baseVersion: 1 }]);
    expect(deleteEdited.results[0].status).toBe('conflict');
    const { changes, conflicts } = await laptop.pullAll();
    expect(conflicts.map((c) => c.field)).toEqual([null, null]);
    expect(changes.filter((c) => c.id === b.id).at(-1)).toMatchObject({ deleted: false, record: { title: 'Edited' } });
  });

  it('426 for a client protocol that is too old', async () => {
    const ben = await device(t, 'ben@example.org');
    const res = await t.request('/api/sync/push', {
      method: 'POST',
      cookie: ben.cookie,
      json: { clientId: ben.clientId, protocol: 0, mutations: [] },
    });
    expect([422, 426]).toContain(res.status);
    const pull = await t.request('/api/sync/pull', { cookie: ben.cookie, headers: { 'x-sync-protocol': '0' } });
    expect(pull.status).toBe(426);
    expect(((await pull.json()) as any).error.code).toBe('client-too-old');
  });
});

describe('pull', () => {
  it('never gives a focal point another entity’s drafts, nor the Secretariat any draft', async () => {
    const ben = await device(t, 'ben@example.org');
    const cpv = await device(t, 'cpv@example.org');
    const sec = await device(t, 'sec@example.org');
    const s = newSubmission('BEN');
    await ben.push([s, newItem(s.id, 'obstacle', { confidential: true, description: 'SECRET-CANARY' })]);
    expect((await cpv.pullAll()).changes).toEqual([]);
    expect((await sec.pullAll()).changes).toEqual([]);
    const bureau = await device(t, 'bureau@example.org');
    expect((await bureau.pullAll()).changes).toEqual([]);
  });

  it('gives the Secretariat a submission from the moment it is transmitted, confidential parts included', async () => {
    const ben = await device(t, 'ben@example.org');
    const sec = await device(t, 'sec@example.org');
    const s = newSubmission('BEN');
    await ben.push([s, newItem(s.id, 'obstacle', { confidential: true, description: 'SECRET-CANARY' })]);
    const before = await sec.pullAll();
    const tx = await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    expect(tx.status).toBe(200);
    const after = await sec.pull(before.cursor);
    expect(after.changes.map((c: any) => c.table).sort()).toEqual(['items', 'submissions']);
    expect(JSON.stringify(after.changes)).toContain('SECRET-CANARY');
    expect(after.changes.find((c: any) => c.table === 'submissions').record.status).toBe('transmitted');
  });

  it('pages in server order with an opaque cursor, and asks to resync on a bad one', async () => {
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    await ben.push([s, ...Array.from({ length: 7 }, () => newItem(s.id, 'event'))]);
    const first = await ben.pull(undefined, 3);
    expect(first.changes).toHaveLength(3);
    expect(first.hasMore).toBe(true);
    const rest = await ben.pull(first.cursor, 1000);
    expect(rest.changes).toHaveLength(5);
    expect(rest.hasMore).toBe(false);
    const bad = await t.request('/api/sync/pull?cursor=not-a-cursor', { cookie: ben.cookie });
    expect(bad.status).toBe(410);
    expect(((await bad.json()) as any).error.code).toBe('must-resync');
  });
});

describe('workflow', () => {
  it('locks a transmitted submission: a late edit is rejected with submission-locked', async () => {
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const i = newItem(s.id, 'agreement');
    await ben.push([s, i]);
    expect((await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie })).status).toBe(200);
    const late = await ben.push([{ table: 'items', id: i.id, op: 'upsert', baseVersion: 1, fields: { title: 'Late' } }]);
    expect(late.results[0]).toMatchObject({ status: 'rejected', error: { code: 'submission-locked' } });
    expect((await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie })).status).toBe(409);
  });

  it('refuses transmission while an element has no title, naming it', async () => {
    const ben = await device(t, 'ben@example.org');
    const s = newSubmission('BEN');
    const i = newItem(s.id, 'obstacle', { title: '' });
    await ben.push([s, i]);
    const res = await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    expect(res.status).toBe(422);
    const body = (await res.json()) as any;
    expect(body.error.details[0]).toMatchObject({ field: 'title', itemId: i.id });
  });

  it('404 for anyone who may not see the submission', async () => {
    const ben = await device(t, 'ben@example.org');
    const cpv = await device(t, 'cpv@example.org');
    const sec = await device(t, 'sec@example.org');
    const s = newSubmission('BEN');
    await ben.push([s]);
    expect((await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: cpv.cookie })).status).toBe(404);
    expect((await t.request(`/api/submissions/${s.id}/acknowledge`, { method: 'POST', cookie: sec.cookie })).status).toBe(404);
    expect((await t.request(`/api/submissions/${s.id}/publish`, { method: 'POST', cookie: ben.cookie })).status).toBe(403);
  });

  it('acknowledges and publishes a public copy without any confidential part', async () => {
    const ben = await device(t, 'ben@example.org');
    const sec = await device(t, 'sec@example.org');
    const s = newSubmission('BEN');
    await ben.push([
      s,
      newItem(s.id, 'obstacle', { confidential: true, title: 'CANARY-ELEMENT', description: 'CANARY-ELEMENT-TEXT' }),
      newItem(s.id, 'legislation', { title: 'Public law', description: 'CANARY-FIELD', confidentialFields: ['description'] }),
    ]);
    await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    expect((await t.request(`/api/submissions/${s.id}/acknowledge`, { method: 'POST', cookie: sec.cookie })).status).toBe(200);
    const pub = await t.request(`/api/submissions/${s.id}/publish`, { method: 'POST', cookie: sec.cookie });
    expect(pub.status).toBe(200);
    expect(((await pub.json()) as any).submission.status).toBe('published');
    const rows = await t.db.selectFrom('published_items').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/CANARY/);
    expect(JSON.parse(rows[0]!.doc)).toMatchObject({ title: 'Public law' });
  });

  it('stores confidential values encrypted at rest', async () => {
    // A file database (or, on PostgreSQL, a schema whose every row is read back as text).
    const ctx = await createTestContext({}, { fileDb: true });
    await ctx.createUser('ben@example.org', 'focal_point', 'BEN');
    const ben = await device(ctx, 'ben@example.org');
    const s = newSubmission('BEN');
    await ben.push([
      s,
      newItem(s.id, 'obstacle', { confidential: true, description: 'PLAINTEXT-CANARY-1' }),
      newItem(s.id, 'strategy', { responsibleBody: 'PLAINTEXT-CANARY-2', confidentialFields: ['responsibleBody'] }),
    ]);
    const bytes = await storedText(ctx, ctx.config.dataDir);
    expect(bytes).toContain('Report 2026');
    expect(bytes).not.toContain('PLAINTEXT-CANARY');
    const { changes } = await ben.pullAll();
    expect(JSON.stringify(changes)).toContain('PLAINTEXT-CANARY-1');
    expect(JSON.stringify(changes)).toContain('PLAINTEXT-CANARY-2');
  });
});

describe('return, correction and republication', () => {
  it('a returned submission is editable again, seen by the Secretariat, and can be unpublished and republished with history', async () => {
    const ben = await device(t, 'ben@example.org');
    const sec = await device(t, 'sec@example.org');
    const s = newSubmission('BEN');
    const i = newItem(s.id, 'legislation', { title: 'Draft law' });
    await ben.push([s, i]);
    await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    const back = await t.request(`/api/submissions/${s.id}/return`, {
      method: 'POST',
      cookie: sec.cookie,
      json: { message: 'Please add the date of adoption.' },
    });
    expect(back.status).toBe(200);
    expect(((await back.json()) as any).submission).toMatchObject({ status: 'draft', returnMessage: 'Please add the date of adoption.' });
    const mine = await ben.pullAll();
    expect(mine.changes.find((c) => c.id === s.id && c.record?.returnMessage)).toBeTruthy();
    const edit = await ben.push([{ table: 'items', id: i.id, op: 'upsert', baseVersion: 1, fields: { adoptionDate: '2026-11-01' } }]);
    expect(edit.results[0].status).toBe('applied');
    expect((await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie })).status).toBe(200);
    expect((await t.request(`/api/submissions/${s.id}/publish`, { method: 'POST', cookie: sec.cookie })).status).toBe(200);
    expect((await t.request(`/api/submissions/${s.id}/unpublish`, { method: 'POST', cookie: sec.cookie })).status).toBe(200);
    expect(await t.db.selectFrom('published_items').selectAll().execute()).toEqual([]);
    expect((await t.request(`/api/submissions/${s.id}/publish`, { method: 'POST', cookie: sec.cookie })).status).toBe(200);
    const history = (await (await t.request(`/api/submissions/${s.id}/history`, { cookie: sec.cookie })).json()) as any;
    expect(history.publications.map((p: any) => [p.edition, p.unpublishedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(history.versions.length).toBeGreaterThanOrEqual(6);
    const cpv = await device(t, 'cpv@example.org');
    expect((await t.request(`/api/submissions/${s.id}/history`, { cookie: cpv.cookie })).status).toBe(404);
  });
});
