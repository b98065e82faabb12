import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, exportFileSchema, readExportFile, type ExportFile } from './export-file.ts';

const SUBMISSION = '0190a0b0-0000-7000-8000-000000000001';
const ITEM = '0190a0b0-0000-7000-8000-000000000002';

const file = (over: Record<string, unknown> = {}) => ({
  format: EXPORT_FORMAT,
  version: EXPORT_VERSION,
  exportedAt: '2026-11-01T10:00:00.000Z',
  entityId: 'BEN',
  submissions: [{ id: SUBMISSION, entityId: 'BEN', title: 'Report', status: 'draft' }],
  items: [{ id: ITEM, submissionId: SUBMISSION, category: 'legislation', title: 'Act', updatedAt: '2026-11-01T10:00:00.000Z' }],
  bases: [],
  attachments: [
    { sha256: 'a'.repeat(64), name: 'law.pdf', type: 'application/pdf', size: 3, addedAt: '2026-11-01T10:00:00.000Z', data: 'AAAA' },
  ],
  ...over,
});

describe('the export file', () => {
  it('is read with every field its records carry, a field a later app adds included', () => {
    const read = v.parse(exportFileSchema, file({ items: [{ id: ITEM, submissionId: SUBMISSION, category: 'obstacle', later: 1 }] }));
    expect(read.submissions[0]).toEqual({ id: SUBMISSION, entityId: 'BEN', title: 'Report', status: 'draft' });
    expect(read.items[0]).toMatchObject({ later: 1 });
  });

  it('upgrades elements, and their bases, saved by an older app in the first questionnaire’s shapes', () => {
    const old = { id: ITEM, submissionId: SUBMISSION, category: 'legislation', status: 'in_force', date: '2010-08-09' };
    const read = v.parse(
      exportFileSchema,
      file({ items: [old], bases: [{ table: 'items', id: ITEM, version: 1, deleted: false, record: old }] }),
    );
    expect(read.items[0]).toMatchObject({ entryIntoForceDate: '2010-08-09' });
    expect(read.items[0]).not.toHaveProperty('date');
    expect(read.bases[0]!.record).toMatchObject({ entryIntoForceDate: '2010-08-09' });
  });

  it('refuses another format, a later version and a part that is not a list; a bad element is left to its reader', () => {
    expect(readExportFile({ hello: 1 })).toEqual({ ok: false, reason: 'not an export' });
    expect(readExportFile([])).toEqual({ ok: false, reason: 'not an export' });
    expect(readExportFile(file({ version: EXPORT_VERSION + 1 }))).toEqual({ ok: false, reason: 'made by a newer version' });
    expect(readExportFile(file({ items: {} }))).toMatchObject({ ok: false, reason: expect.stringMatching(/^items: /) });
    expect(readExportFile(file({ items: [{ id: ITEM, submissionId: SUBMISSION, category: 'nonsense' }] })).ok).toBe(true);
  });

  it('accepts what the app writes', () => {
    // tsc checks the writer's type against the reader's: a field the app writes that a reader refuses fails here
    const written = (f: ExportFile): v.InferInput<typeof exportFileSchema> => f;
    expect(v.safeParse(exportFileSchema, written(file() as ExportFile)).success).toBe(true);
  });
});
