/** Test helpers: a fresh database per test (fake-indexeddb is global once `fake-indexeddb/auto` is imported). */
import { uuidv7 } from '@clearinghouse/shared';
import { ClearinghouseDb } from './database.ts';

export const freshDb = (): ClearinghouseDb => new ClearinghouseDb(`test-${uuidv7()}`);

export const OWNER = { id: '0190a000-0000-7000-8000-000000000001', entityId: 'BEN' } as const;
