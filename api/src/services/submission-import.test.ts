import { createHash } from 'node:crypto';
import { EXPORT_FORMAT, EXPORT_VERSION, uuidv7, type ExportFile, type ReceivedFile } from '@clearinghouse/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextWithSecretariat, type TestContext } from '../test/harness.ts';
import { device } from '../test/sync-helpers.ts';

let t: TestContext;
let sec: string;
beforeEach(async () => ({ t, sec } = await contextWithSecretariat('CPV')));

/** A file as a focal point's app exports it (drafts, elements, attachments in base64, local-only fields). */
function exportFile(): ExportFile {
  const submissionId = uuidv7();
  const bytes = Buffer.from('%PDF-1.4 note verbale scan');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-11-01T10:00:00.000Z',
    entityId: 'CPV',
    submissions: [
      {
        id: submissionId,
        entityId: 'CPV',
        title: 'Cabo Verde: information',
        language: 'en',
        status: 'draft',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
    items: [
      {
        id: uuidv7(),
        submissionId,
        category: 'legislation',
        position: 'a0',
        title: 'Law',
        attachments: [{ sha256, name: 'law.pdf', type: 'application/pdf', size: bytes.length }],
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
      { id: uuidv7(), submissionId, category: 'obstacle', position: 'a1', title: 'Secret obstacle', confidential: true },
    ],
    bases: [],
    attachments: [
      {
        sha256,
        name: 'law.pdf',
        type: 'application/pdf',
        size: bytes.length,
        addedAt: '2026-11-01T10:00:00.000Z',
        data: bytes.toString('base64'),
      },
    ],
  };
}

describe('importing a submission received by other channels', () => {
  it('creates the records once: a second import of the same file creates nothing', async () => {
    const file = exportFile();
    const first = await t.request('/api/submissions/import', { method: 'POST', cookie: sec, json: file });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: { submissions: 1, items: 2, files: 1 }, skipped: { submissions: 0, items: 0 } });
    const second = (await (await t.request('/api/submissions/import', { method: 'POST', cookie: sec, json: file })).json()) as any;
    expect(second.created).toMatchObject({ submissions: 0, items: 0 });
    expect(second.skipped).toEqual({ submissions: 1, items: 2 });

    const secDevice = await device(t, 'sec@example.org');
    const { changes } = await secDevice.pullAll();
    expect(changes.filter((c) => c.table === 'submissions')).toHaveLength(1);
    expect(changes.find((c) => c.table === 'submissions').record.status).toBe('transmitted');
    const cpv = await device(t, 'cpv@example.org');
    expect((await cpv.pullAll()).changes).toHaveLength(3);
    expect((await t.request(`/api/blobs/${file.attachments[0]!.sha256}`, { cookie: cpv.cookie })).status).toBe(200);
  });

  it('refuses a file with invalid records, naming them, and imports nothing', async () => {
    // a file as a reader may receive one from elsewhere: in the format, with records the app would not write
    const file: ReceivedFile = exportFile();
    file.items[0]!.category = 'gossip';
    file.attachments[0]!.data = Buffer.from('tampered').toString('base64');
    const res = await t.request('/api/submissions/import', { method: 'POST', cookie: sec, json: file });
    expect(res.status).toBe(422);
    const fields = ((await res.json()) as any).error.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['items[0].category', 'attachments[0].sha256']));
    expect(await t.db.selectFrom('records').selectAll().execute()).toEqual([]);
  });
});
