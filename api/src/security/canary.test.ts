import { createHash } from 'node:crypto';
import { CATEGORIES, confidentialisableFields, fieldsOf, type Category, type FieldDescriptor } from '@clearinghouse/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, storedText, type TestContext } from '../test/harness.ts';
import { device, newItem, newSubmission, type Device } from '../test/sync-helpers.ts';

/**
 * The confidentiality canary: a focal point writes every category with a distinct canary string in
 * every field of a confidential element and in every confidential field of a public element (and in the
 * names of a confidential element's attachments); the submission is transmitted and published. Then no
 * public path (every public GET of the OpenAPI document, with every filter), no other entity's pull, no
 * byte of the database file and no log line may contain any canary; the Secretariat sees them all.
 */
const canaries: string[] = [];
let n = 0;
const canary = (tag: string) => {
  const value = `CANARY${String(++n).padStart(3, '0')}${tag.replace(/[^A-Za-z]/g, '').slice(0, 12)}`;
  canaries.push(value);
  return value;
};

/** A valid value for a field that carries a canary, or undefined where a field cannot hold free text. */
function canaryValue(d: FieldDescriptor, tag: string): unknown {
  switch (d.kind) {
    case 'text':
    case 'longtext':
      return `${canary(tag)} ${d.kind === 'longtext' ? 'a long narrative\nwith lines' : ''}`.trim();
    case 'stringList':
      return [canary(tag)];
    case 'url':
      return `https://${canary(tag).toLowerCase()}.example.org/doc`;
    case 'email':
      return `${canary(tag).toLowerCase()}@example.org`;
    default:
      return undefined;
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
let t: TestContext;
let ben: Device;
let sec: Device;
let secretAttachment: string;

beforeAll(async () => {
  t = await createTestContext({}, { fileDb: true });
  await t.createUser('ben@example.org', 'focal_point', 'BEN');
  await t.createUser('cpv@example.org', 'focal_point', 'CPV');
  await t.createUser('sec@example.org', 'secretariat');
  ben = await device(t, 'ben@example.org');
  sec = await device(t, 'sec@example.org');

  const attachmentBytes = 'confidential annex bytes';
  secretAttachment = sha(attachmentBytes);
  await t.request(`/api/blobs/${secretAttachment}`, {
    method: 'PUT',
    cookie: ben.cookie,
    body: new TextEncoder().encode(attachmentBytes),
    headers: { 'content-type': 'application/pdf' },
  });

  const s = newSubmission('BEN', { title: 'Public report of Benin' });
  const items = [];
  for (const category of CATEGORIES as readonly Category[]) {
    const secretFields: Record<string, unknown> = {
      title: canary(`${category}title`),
      description: canaryValue({ name: 'description', kind: 'longtext' }, `${category}desc`),
    };
    for (const d of fieldsOf(category)) {
      const value = canaryValue(d, `${category}${d.name}`);
      if (value !== undefined) secretFields[d.name] = value;
    }
    secretFields.attachments = [
      { sha256: secretAttachment, name: `${canary(`${category}file`)}.pdf`, type: 'application/pdf', size: attachmentBytes.length },
    ];
    items.push(newItem(s.id, category, { ...secretFields, confidential: true }));

    const publicFields: Record<string, unknown> = { title: `Public ${category} element`, description: 'Nothing secret here.' };
    const hidden: string[] = [];
    for (const d of fieldsOf(category)) {
      if (!confidentialisableFields(category).has(d.name)) continue;
      const value = canaryValue(d, `${category}pub${d.name}`);
      if (value === undefined) continue;
      publicFields[d.name] = value;
      hidden.push(d.name);
    }
    items.push(newItem(s.id, category, { ...publicFields, confidentialFields: hidden }));
  }
  const pushed = await ben.push([s, ...items]);
  expect(pushed.results.filter((r: any) => r.status !== 'applied')).toEqual([]);
  expect((await t.request(`/api/submissions/${s.id}/transmit`, { method: 'POST', cookie: ben.cookie })).status).toBe(200);
  expect((await t.request(`/api/submissions/${s.id}/publish`, { method: 'POST', cookie: sec.cookie })).status).toBe(200);
});

const leaks = (text: string) => canaries.filter((c) => text.includes(c) || text.toLowerCase().includes(c.toLowerCase()));

describe('confidentiality canary', () => {
  it('plants canaries in every category', () => {
    expect(canaries.length).toBeGreaterThan(CATEGORIES.length * 3);
  });

  it('no public endpoint, with any filter or format, returns a canary', async () => {
    const doc = (await (await t.request('/api/openapi.json')).json()) as any;
    const publicGets = Object.entries(doc.paths as Record<string, any>).flatMap(([path, ops]) =>
      ops.get && ops.get['x-allow'].includes('public')
        ? [{ path, params: (ops.get.parameters ?? []) as { name: string; in: string }[] }]
        : [],
    );
    expect(publicGets.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/api/public/items', '/api/public/export.csv', '/api/public/events.ics']),
    );
    const queryValues: Record<string, string[]> = {
      q: ['', 'element', 'Benin', 'secret', ...canaries.slice(0, 40)],
      category: ['', ...CATEGORIES],
      entity: ['', 'BEN'],
      region: ['', 'african'],
      year: ['', '2026'],
    };
    let requests = 0;
    const found: string[] = [];
    for (const { path, params } of publicGets) {
      if (path.includes('{sha256}')) continue; // attachments: below
      const concrete = path.replace('{id}', 'BEN');
      const queryNames = params.filter((p) => p.in === 'query').map((p) => p.name);
      const variants: string[] = [''];
      for (const name of queryNames)
        for (const value of queryValues[name] ?? []) if (value) variants.push(`${name}=${encodeURIComponent(value)}`);
      for (const query of variants) {
        const res = await t.request(`${concrete}${query ? `?${query}` : ''}`);
        requests++;
        const body = await res.text();
        const hit = leaks(body + JSON.stringify([...res.headers]));
        if (hit.length) found.push(`${concrete}?${query} → ${hit.slice(0, 3).join(', ')}`);
      }
    }
    expect(requests).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });

  it('the public cannot download a confidential element’s attachment', async () => {
    expect((await t.request(`/api/blobs/${secretAttachment}`)).status).toBe(404);
  });

  it('a focal point of another entity pulls none of it', async () => {
    const cpv = await device(t, 'cpv@example.org');
    const { changes } = await cpv.pullAll();
    expect(leaks(JSON.stringify(changes))).toEqual([]);
  });

  it('the Secretariat receives every canary', async () => {
    const { changes } = await sec.pullAll();
    const text = JSON.stringify(changes);
    expect(canaries.filter((c) => !text.includes(c) && !text.toLowerCase().includes(c.toLowerCase()))).toEqual([]);
  });

  it('the database (SQLite files, or every PostgreSQL row) holds no canary in clear text', async () => {
    const bytes = await storedText(t, t.config.dataDir);
    expect(bytes).toContain('Public report of Benin');
    expect(leaks(bytes)).toEqual([]);
  });

  it('no log line and no audit entry holds a canary', async () => {
    expect(leaks(t.logs.join('\n'))).toEqual([]);
    const audit = await t.db.selectFrom('audit_log').selectAll().execute();
    expect(leaks(JSON.stringify(audit))).toEqual([]);
  });
});
