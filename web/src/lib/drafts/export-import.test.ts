import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { testDb, OWNER } from '$lib/db/test-db.ts';
import { DraftsStore } from './drafts-store.ts';
import { exportDrafts, importDrafts, parseExport, ImportFormatError } from './export-import.ts';

const pdfFile = (bytes: Uint8Array<ArrayBuffer>) => new File([bytes], 'law.pdf', { type: 'application/pdf' });

describe('export then import', () => {
  it('restores drafts, elements and byte-identical attachments on another device, queued for sync', async () => {
    const source = testDb();
    const store = new DraftsStore(source);
    await store.claim(OWNER);
    const submission = await store.createSubmission({ entityId: 'BEN', title: 'Report' });
    const item = await store.createItem(submission.id, 'legislation', { title: 'Act', confidentialFields: ['citation'] });
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const attachment = await store.addAttachment(item.id, pdfFile(bytes));

    const text = JSON.stringify(await exportDrafts(source, OWNER));
    const target = testDb();
    await new DraftsStore(target).claim(OWNER);
    const result = await importDrafts(target, parseExport(text), OWNER);
    expect(result).toEqual({ drafts: 1, items: 1, files: 1, foreign: 0 });

    expect(await target.submissions.get(submission.id)).toMatchObject({ title: 'Report' });
    expect(await target.items.get(item.id)).toMatchObject({ title: 'Act', confidentialFields: ['citation'], attachments: [attachment] });
    const blob = (await target.attachments.get(attachment.sha256))!.blob;
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(await target.outbox.count()).toBe(2);

    // Importing the same file again duplicates nothing.
    expect(await importDrafts(target, parseExport(text), OWNER)).toEqual({ drafts: 0, items: 0, files: 0, foreign: 0 });
    expect(await target.items.count()).toBe(1);
    expect(await target.outbox.count()).toBe(2);
  });

  it('upgrades, never drops, elements a file saved by an older app holds in the first questionnaire’s shapes', async () => {
    const source = testDb();
    const store = new DraftsStore(source);
    await store.claim(OWNER);
    const submission = await store.createSubmission({ entityId: 'BEN', title: 'Report' });
    const item = await store.createItem(submission.id, 'legislation', { title: 'Act', status: 'in_force' });
    const file = await exportDrafts(source, OWNER);
    // as the first questionnaire wrote it: one date, no separate entry into force
    const old = JSON.parse(JSON.stringify(file));
    old.items[0].date = '2010-08-09';
    const target = testDb();
    await new DraftsStore(target).claim(OWNER);
    expect(await importDrafts(target, parseExport(JSON.stringify(old)), OWNER)).toMatchObject({ drafts: 1, items: 1 });
    const imported = (await target.items.get(item.id)) as Record<string, unknown>;
    expect(imported).toMatchObject({ title: 'Act', entryIntoForceDate: '2010-08-09' });
    expect(imported).not.toHaveProperty('date');
  });

  it('leaves out drafts of another entity and refuses files that are not exports', async () => {
    const source = testDb();
    const store = new DraftsStore(source);
    await store.claim(OWNER);
    await store.createSubmission({ entityId: 'BEN' });
    const file = parseExport(JSON.stringify(await exportDrafts(source, OWNER)));
    const target = testDb();
    const result = await importDrafts(target, file, { id: OWNER.id, entityId: 'CPV' });
    expect(result.foreign).toBe(1);
    expect(await target.submissions.count()).toBe(0);
    expect(() => parseExport('{"format":"other"}')).toThrow(ImportFormatError);
    expect(() => parseExport('not json')).toThrow(ImportFormatError);
  });
});
