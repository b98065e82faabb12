/**
 * Test helpers: a fresh, private database per test (its own fake-indexeddb factory, so tests never
 * share state), an owner, a clock value and record factories in the contract's shapes.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { uuidv7 } from '@clearinghouse/shared';
import { ClearinghouseDb } from './database.ts';

let count = 0;

export function testDb(): ClearinghouseDb {
  return new ClearinghouseDb(`test-${++count}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export const OWNER = { id: '0190a000-0000-7000-8000-000000000001', entityId: 'BEN' } as const;

export const NOW = '2026-11-28T10:00:00.000Z';

export function legislation(submissionId: string, fields: Record<string, unknown> = {}) {
  return { id: uuidv7(), submissionId, category: 'legislation' as const, title: 'Implementing act', ...fields };
}
