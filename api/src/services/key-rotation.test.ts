import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/harness.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadReferenceData } from '../bootstrap.ts';
import { recordsRepo } from '../db/repositories/records.ts';
import { loadKeyring } from './keyring.ts';
import { rotateKeyFile, sealedValuesByKey } from './key-rotation.ts';

describe('key rotation', () => {
  it('re-encrypts every confidential value under a new key, and the data still reads the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ch-keys-'));
    const { db } = await openTestDatabase(dir); // a SQLite file in dir, or a PostgreSQL schema
    await migrateToLatest(db);
    await loadReferenceData(db, () => new Date());
    const first = loadKeyring(dir, {});
    const write = (id: string, description: string, version = 1) =>
      recordsRepo(db, first).write({
        table: 'items',
        id,
        entityId: 'BEN',
        submissionId: 's',
        version,
        deleted: false,
        submissionStatus: 'draft',
        userId: null,
        clientId: null,
        at: '2026-11-28T00:00:00Z',
        record: { id, submissionId: 's', category: 'obstacle', confidential: true, title: 'secret title', description },
      });
    await write('a', 'first secret');
    await write('b', 'second secret');
    await write('a', 'first secret, amended', 2);
    expect(Object.keys(await sealedValuesByKey(db))).toEqual([first.currentKeyId]);
    const oldKeyFile = readFileSync(join(dir, 'secret.key'), 'utf8');

    const result = await rotateKeyFile(db, dir);
    // two current records and the one replaced version (a current version's history row holds no copy)
    expect(result.resealed).toBe(3);
    const second = loadKeyring(dir, {});
    expect(second.currentKeyId).not.toBe(first.currentKeyId);
    expect(Object.keys(await sealedValuesByKey(db))).toEqual([second.currentKeyId]);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8')).not.toBe(oldKeyFile);
    const a = await recordsRepo(db, second).get('items', 'a');
    expect(a?.record.description).toBe('first secret, amended');
    expect((await recordsRepo(db, second).getVersion('items', 'a', 1))?.record.description).toBe('first secret');
    expect((await recordsRepo(db, second).getVersion('items', 'a', 2))?.record.description).toBe('first secret, amended');
    await expect(recordsRepo(db, first).get('items', 'a')).rejects.toThrow(/not in the keyring/);
  });
});
