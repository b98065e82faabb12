/** A fresh, private database per test (fake-indexeddb), and record factories in the contract's shapes. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { uuidv7 } from '@clearinghouse/shared';
import { ClearinghouseDb } from '$lib/db/database.ts';

let count = 0;

export function testDb(): ClearinghouseDb {
  return new ClearinghouseDb(`test-${++count}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export const NOW = '2026-11-28T10:00:00.000Z';

export function legislation(submissionId: string, fields: Record<string, unknown> = {}) {
  return { id: uuidv7(), submissionId, category: 'legislation' as const, title: 'Implementing act', ...fields };
}
