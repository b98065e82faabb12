import { describe, expect, it } from 'vitest';
import { diffVersions, isEmptyDiff, type VersionSnapshot } from './version-diff.ts';

const snapshot = (version: number, submission: Record<string, unknown>, items: Record<string, unknown>[]): VersionSnapshot => ({
  version,
  at: `2026-11-0${version}T10:00:00Z`,
  submission: { id: 's', entityId: 'BEN', ...submission },
  items,
});

describe('comparing two versions', () => {
  const older = snapshot(1, { title: 'Answer', status: 'transmitted', transmittedAt: '2026-11-01' }, [
    { id: 'a', category: 'legislation', title: 'Draft law', status: 'draft', articles: ['86', '88'], position: 'a0' },
    { id: 'b', category: 'strategy', title: 'National plan', position: 'a1' },
    { id: 'c', category: 'event', title: 'Seminar', place: 'Cotonou', position: 'a2' },
  ]);
  const newer = snapshot(4, { title: 'Answer (corrected)', status: 'transmitted', transmittedAt: '2026-11-04' }, [
    { id: 'a', category: 'legislation', title: 'Draft law', status: 'adopted', date: '2026-11-01', articles: ['86', '88'], position: 'a5' },
    { id: 'c', category: 'event', place: 'Cotonou', title: 'Seminar', description: '' },
    { id: 'd', category: 'obstacle', title: 'Immunities' },
  ]);

  it('names the elements added and removed, and each field changed', () => {
    const diff = diffVersions(older, newer);
    expect(diff.added.map((i) => i.id)).toEqual(['d']);
    expect(diff.removed.map((i) => i.id)).toEqual(['b']);
    expect(diff.changed).toEqual([
      {
        item: newer.items[0],
        fields: [
          { field: 'date', before: undefined, after: '2026-11-01' },
          { field: 'status', before: 'draft', after: 'adopted' },
        ],
      },
    ]);
    expect(diff.submission).toEqual([{ field: 'title', before: 'Answer', after: 'Answer (corrected)' }]);
  });

  it('ignores moves, key order, empty values and the workflow’s own fields', () => {
    expect(isEmptyDiff(diffVersions(older, older))).toBe(true);
    const reordered = snapshot(2, { title: 'Answer', status: 'acknowledged' }, older.items.map((i) => ({ ...i, position: 'z' })).reverse());
    expect(isEmptyDiff(diffVersions(older, reordered))).toBe(true);
  });
});
