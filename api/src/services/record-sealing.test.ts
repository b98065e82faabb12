import { PUBLIC_ACCESS, projectItem } from '@clearinghouse/shared';
import { describe, expect, it } from 'vitest';
import { testKeyring } from './keyring.ts';
import { openRecord, sealRecord } from './record-sealing.ts';

const STRUCTURAL = ['id', 'submissionId', 'category', 'position', 'confidential', 'confidentialFields'];
const base = {
  id: '0190a5d4-0000-7000-8000-000000000001',
  submissionId: '0190a5d4-0000-7000-8000-000000000000',
  category: 'obstacle',
  position: 'a0',
  title: 'Immunities',
  description: 'Line one\nLine two',
  kind: 'constitutional',
};

/** Every storage shape: markers set, unset, unreadable; fields of the category, unknown ones, out of order. */
const shapes: Record<string, unknown>[] = [
  base,
  { ...base, confidential: false, confidentialFields: [] },
  { ...base, confidentialFields: ['description'] },
  { confidentialFields: ['description', 'kind'], ...base, confidential: false },
  { ...base, confidential: true },
  { ...base, confidential: 'yes' },
  { ...base, confidentialFields: 'description' },
  { ...base, confidentialFields: ['title', 7] },
  { ...base, colour: 'blue' },
  { ...base, category: 'not-a-category' },
  { title: 'No structure at all', confidentialFields: ['title'] },
];

describe('sealRecord', () => {
  it.each(shapes.map((s, i) => [i, s] as const))(
    'keeps readable exactly the public projection and the structure (shape %i)',
    (_, record) => {
      const keyring = testKeyring();
      const { doc, sealed } = sealRecord(keyring, 'items', record);
      // The stored text is the projection (in the record's order) followed by the structural fields it lacks.
      const expected: Record<string, unknown> = { ...((projectItem(record, PUBLIC_ACCESS) ?? {}) as Record<string, unknown>) };
      for (const key of STRUCTURAL) if (key in record) expected[key] = record[key];
      expect(doc).toBe(JSON.stringify(expected));
      // Nothing else is readable, and the record opens whole.
      const hidden = Object.keys(record).filter((k) => !(k in expected));
      expect(sealed === null).toBe(hidden.length === 0);
      for (const key of hidden) expect(doc).not.toContain(JSON.stringify(record[key]));
      expect(openRecord(keyring, doc, sealed)).toEqual(record);
    },
  );
});
