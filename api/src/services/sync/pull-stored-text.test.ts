import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.ts';
import { device, newItem, newSubmission } from '../../test/sync-helpers.ts';

/**
 * Pull sends a record with no sealed part as its stored text, and opens the others: what each reader
 * receives must be exactly the record (confidential parts only to readers who may see them), and the
 * Secretariat's receipt of confidential content must be audited whether or not anything was sealed.
 */
let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
  await t.createUser('sec@example.org', 'secretariat');
  await t.createUser('bureau@example.org', 'bureau');
});

/** One submission with elements of every storage shape: nothing sealed, wholly sealed, one field sealed, a marker with nothing to seal. */
async function pushMixed() {
  const ben = await device(t, 'ben@example.org');
  const s = newSubmission('BEN');
  const plain = newItem(s.id, 'legislation', { description: 'Plain text with "quotes", \\ and \u2028 é 漢' });
  const whole = newItem(s.id, 'obstacle', { confidential: true, description: 'SEALED-WHOLE-CANARY' });
  const field = newItem(s.id, 'obstacle', { measuresTaken: 'SEALED-FIELD-CANARY', confidentialFields: ['measuresTaken'] });
  const markerOnly = newItem(s.id, 'obstacle', { confidentialFields: ['measuresTaken'] });
  const answer = await ben.push([s, plain, whole, field, markerOnly]);
  expect(answer.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
  return { ben, s, plain, whole, field, markerOnly };
}

async function rawPull(cookie: string) {
  const res = await t.request('/api/sync/pull?limit=500', { cookie });
  expect(res.status).toBe(200);
  return res.text();
}

describe('pull of stored records', () => {
  it('gives the owner every record exactly as pushed, sealed parts included, as canonical JSON', async () => {
    const { ben, plain, whole, field, markerOnly } = await pushMixed();
    const text = await rawPull(ben.cookie);
    // The spliced answer is what JSON.stringify of the parsed answer writes, byte for byte.
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    const byId = new Map((JSON.parse(text).changes as { id: string; record: unknown }[]).map((c) => [c.id, c.record]));
    for (const item of [plain, whole, field, markerOnly]) expect(byId.get(item.id)).toEqual({ ...item.fields, id: item.id });
  });

  it('gives other readers nothing of a draft, and the Secretariat the whole transmitted submission, audited', async () => {
    const { ben, s, plain, whole, field, markerOnly } = await pushMixed();
    const cpv = await device(t, 'cpv@example.org');
    const bureau = await device(t, 'bureau@example.org');
    const sec = await device(t, 'sec@example.org');
    for (const reader of [cpv, bureau, sec]) expect(JSON.parse(await rawPull(reader.cookie)).changes).toEqual([]);

    expect((await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie })).status).toBe(200);
    for (const reader of [cpv, bureau]) {
      const text = await rawPull(reader.cookie);
      expect(JSON.parse(text).changes).toEqual([]);
      expect(text).not.toContain('CANARY');
    }
    const audited = async () =>
      (await t.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'confidential.viewed').execute()).map(
        (r) => JSON.parse(r.details as string).items as string[],
      );
    expect(await audited()).toEqual([]);
    const text = await rawPull(sec.cookie);
    expect(text).toContain('SEALED-WHOLE-CANARY');
    expect(text).toContain('SEALED-FIELD-CANARY');
    const byId = new Map((JSON.parse(text).changes as { id: string; record: unknown }[]).map((c) => [c.id, c.record]));
    for (const item of [plain, whole, field, markerOnly]) expect(byId.get(item.id)).toEqual({ ...item.fields, id: item.id });
    // Every confidential element the Secretariat received is on the record, the one with nothing sealed too.
    expect((await audited()).map((ids) => [...ids].sort())).toEqual([[whole.id, field.id, markerOnly.id].sort()]);
  });

  it('gzips a large page for a client that accepts it, and sends it as it is to one that does not', async () => {
    const { ben } = await pushMixed();
    const cookie = ben.cookie;
    const plain = await t.request('/api/sync/pull?limit=500', { cookie, headers: { 'accept-encoding': 'identity' } });
    const text = await plain.text();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    const packed = await t.request('/api/sync/pull?limit=500', { cookie, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(packed.headers.get('content-encoding')).toBe('gzip');
    expect(packed.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(packed.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    const bytes = Buffer.from(await packed.arrayBuffer());
    expect(Number(packed.headers.get('content-length'))).toBe(bytes.length);
    // app.request() hands back the body as sent: the gzip bytes, which decode to the same answer.
    expect(JSON.parse(gunzipSync(bytes).toString())).toEqual(JSON.parse(text));
  });
});
