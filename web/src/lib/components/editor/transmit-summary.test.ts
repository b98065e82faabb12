import { describe, expect, it } from 'vitest';
import type { LocalItem } from '$lib/db/rows.ts';
import { summariseForTransmit } from './transmit-summary.ts';

const item = (category: string, fields: Partial<LocalItem> = {}) =>
  ({ id: crypto.randomUUID(), submissionId: 's', category, title: 'x', ...fields }) as LocalItem;
const file = { sha256: 'a'.repeat(64), name: 'law.pdf', type: 'application/pdf', size: 10 };

describe('transmit summary', () => {
  it('counts elements per category, confidential elements and fields, files and empty categories', () => {
    const summary = summariseForTransmit([
      item('obstacle', { confidential: true, confidentialFields: ['title'] }),
      item('obstacle', { confidentialFields: ['description', 'kind'], attachments: [file] }),
      item('event', { attachments: [file, { ...file, sha256: 'b'.repeat(64) }] }),
    ]);
    expect(summary.byCategory).toEqual([
      { category: 'obstacle', count: 2 },
      { category: 'event', count: 1 },
    ]);
    expect(summary.confidentialElements).toBe(1);
    expect(summary.confidentialFields).toBe(2);
    expect(summary.files).toBe(3);
    expect(summary.emptyCategories).toHaveLength(9);
    expect(summary.emptyCategories).not.toContain('event');
  });
});
