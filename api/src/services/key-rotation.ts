import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { loadKeyring, type Keyring } from './keyring.ts';

const SEALED_COLUMNS = [
  { table: 'records', key: ['table_name', 'id'] },
  { table: 'record_versions', key: ['table_name', 'id', 'version'] },
  { table: 'conflicts', key: ['id'] },
] as const;

/** How many sealed values each key id protects: after a rotation, only the new key should remain. */
export async function sealedValuesByKey(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table } of SEALED_COLUMNS) {
    const rows = await db.selectFrom(table).select('sealed').where('sealed', 'is not', null).execute();
    for (const r of rows) {
      const keyId = String(r.sealed).split('.')[1] ?? '?';
      counts[keyId] = (counts[keyId] ?? 0) + 1;
    }
  }
  return counts;
}

/** Opens every sealed value with `from` and seals it again with `to`, in one transaction. */
export async function resealAll(db: Db, from: Keyring, to: Keyring) {
  let count = 0;
  await db.transaction().execute(async (trx) => {
    for (const { table, key } of SEALED_COLUMNS) {
      const rows = await trx.selectFrom(table).selectAll().where('sealed', 'is not', null).execute();
      for (const row of rows as Record<string, unknown>[]) {
        const sealed = String(row.sealed);
        if (!to.isStale(sealed)) continue;
        let q = trx.updateTable(table).set({ sealed: to.seal(from.open(sealed)) } as never);
        for (const k of key) q = q.where(k as never, '=', row[k] as never);
        await q.execute();
        count++;
      }
    }
  });
  return count;
}

/**
 * Rotates the key file in DATA_DIR (docs/operations.md): the new key becomes current and the old one
 * is kept as an old key first, so a crash at any point leaves every value readable; once everything is
 * re-sealed the old key is dropped.
 */
export async function rotateKeyFile(db: Db, dataDir: string) {
  if (process.env.CLEARINGHOUSE_KEY) {
    throw new Error('The key comes from CLEARINGHOUSE_KEY: rotate it there (see docs/operations.md), not in DATA_DIR.');
  }
  const keyFile = join(dataDir, 'secret.key');
  const oldFile = join(dataDir, 'secret.key.old');
  const before = loadKeyring(dataDir);
  const oldKey = readFileSync(keyFile, 'utf8').trim();
  appendFileSync(oldFile, oldKey + '\n', { mode: 0o600 });
  writeFileSync(`${keyFile}.new`, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
  renameSync(`${keyFile}.new`, keyFile);
  const after = loadKeyring(dataDir);
  const resealed = await resealAll(db, before, after);
  const remaining = Object.keys(await sealedValuesByKey(db)).filter((id) => id !== after.currentKeyId);
  if (remaining.length === 0 && existsSync(oldFile)) rmSync(oldFile);
  return { resealed, keyId: after.currentKeyId, previousKeyId: before.currentKeyId };
}
