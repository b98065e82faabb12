import { isPosition, validateItemPatch, validateSubmissionPatch } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, EXPORT_VERSION, type ReceivedFile } from '@clearinghouse/shared';
import { bodyFromFile, buildPaperImport, paperProblems, previewOf, type PaperEntry } from './import-body.ts';

const SHA = 'a'.repeat(64);
const entry = (over: Partial<PaperEntry> = {}): PaperEntry => ({
  entityId: 'BEN',
  cycleId: null,
  title: '  Note verbale of 3 March  ',
  language: 'fr',
  elements: [
    { category: 'legislation', title: ' Code pénal ', description: 'Articles 1 to 12', confidential: false },
    { category: 'obstacle', title: 'Immunities', description: '  ', confidential: true },
  ],
  original: { attachment: { sha256: SHA, name: 'note.pdf', type: 'application/pdf', size: 3 }, data: 'JVBE' },
  ...over,
});

describe('paper entry → import body', () => {
  it('builds one submission and its elements, valid by the shared schemas, in the order typed', () => {
    let n = 0;
    const ids = ['01900000-0000-7000-8000-000000000001', '01900000-0000-7000-8000-000000000002', '01900000-0000-7000-8000-000000000003'];
    const { body, submissionId } = buildPaperImport(entry(), () => ids[n++]!);
    expect(submissionId).toBe(ids[0]);
    expect(body.submissions).toEqual([{ id: ids[0], entityId: 'BEN', cycleId: null, language: 'fr', title: 'Note verbale of 3 March' }]);
    expect(validateSubmissionPatch(body.submissions[0], { partial: false, origin: 'server' }).ok).toBe(true);
    expect(body.items.map((i) => i.id)).toEqual([ids[1], ids[2]]);
    for (const item of body.items) {
      expect(item.submissionId).toBe(submissionId);
      expect(validateItemPatch(item.category, item, { partial: false })).toEqual(expect.objectContaining({ ok: true }));
      expect(isPosition(item.position)).toBe(true);
    }
    const [first, second] = body.items as Record<string, unknown>[];
    expect(String(first!.position) < String(second!.position)).toBe(true);
    expect(first).toMatchObject({ category: 'legislation', title: 'Code pénal', description: 'Articles 1 to 12', confidential: false });
    expect(second).toMatchObject({ category: 'obstacle', title: 'Immunities', confidential: true });
    expect(second).not.toHaveProperty('description');
  });

  it('references the original document from the first element and sends its bytes once', () => {
    const { body } = buildPaperImport(entry());
    expect(body.items[0]!.attachments).toEqual([{ sha256: SHA, name: 'note.pdf', type: 'application/pdf', size: 3 }]);
    expect(body.items[1]).not.toHaveProperty('attachments');
    expect(body.attachments).toEqual([{ sha256: SHA, type: 'application/pdf', data: 'JVBE' }]);
  });

  it('sends no attachment without an original, and no title when none was typed', () => {
    const { body } = buildPaperImport(entry({ original: null, title: ' ', cycleId: '01900000-0000-7000-8000-0000000000aa' }));
    expect(body.attachments).toEqual([]);
    expect(body.submissions[0]).not.toHaveProperty('title');
    expect(body.submissions[0]!.cycleId).toBe('01900000-0000-7000-8000-0000000000aa');
    expect(body.items.every((i) => !('attachments' in i))).toBe(true);
  });

  it('new ids every time (a second entry is a second submission)', () => {
    expect(buildPaperImport(entry()).submissionId).not.toBe(buildPaperImport(entry()).submissionId);
  });

  it('names what is missing', () => {
    expect(paperProblems(entry())).toEqual([]);
    expect(paperProblems(entry({ entityId: '', elements: [] }))).toEqual(['entity', 'elements']);
    expect(paperProblems(entry({ elements: [{ category: 'event', title: ' ', description: '', confidential: false }] }))).toEqual([
      'elements[0].title',
    ]);
  });
});

describe('an export file', () => {
  const file: ReceivedFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    entityId: 'BEN',
    exportedAt: '2026-11-28T13:32:54.105Z',
    submissions: [{ id: 's1', entityId: 'BEN', title: 'Report', language: 'en' }],
    items: [
      { id: 'i1', submissionId: 's1', category: 'event' },
      { id: 'i2', submissionId: 's1', category: 'obstacle' },
      { id: 'i3', submissionId: 's1', category: 'event' },
    ],
    attachments: [
      { sha256: SHA, name: 'law.pdf', type: 'application/pdf', size: 300, data: 'xx' },
      { sha256: 'b'.repeat(64), data: 'AAAA' },
    ],
    bases: [],
  };

  it('is previewed per submission with elements per category in the Plan of Action’s order', () => {
    const preview = previewOf(file);
    expect(preview.entityIds).toEqual(['BEN']);
    expect(preview.submissions[0]).toMatchObject({
      elements: 3,
      byCategory: [
        { category: 'obstacle', count: 1 },
        { category: 'event', count: 2 },
      ],
    });
    expect(preview.attachments.map((a) => a.size)).toEqual([300, 3]);
    expect(preview.totalBytes).toBe(303);
  });

  it('is sent as it is, with the files’ bytes', () => {
    const body = bodyFromFile(file);
    expect(body.submissions).toBe(file.submissions);
    expect(body.items).toBe(file.items);
    expect(body.attachments).toEqual([
      { sha256: SHA, type: 'application/pdf', data: 'xx' },
      { sha256: 'b'.repeat(64), type: 'application/octet-stream', data: 'AAAA' },
    ]);
  });
});
