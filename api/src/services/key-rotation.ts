import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/connection.ts';
import { sealedValuesRepo } from '../db/repositories/sealed-values.ts';
import { loadKeyring, type Keyring } from './keyring.ts';

/** How many sealed values each key id protects: after a rotation, only the new key should remain. */
export async function sealedValuesByKey(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const sealed of await sealedValuesRepo(db).all()) {
    const keyId = sealed.split('.')[1] ?? '?';
    counts[keyId] = (counts[keyId] ?? 0) + 1;
  }
  return counts;
}

/** Opens every sealed value with `from` and seals it again with `to`, in one transaction. */
function resealAll(db: Db, from: Keyring, to: Keyring) {
  return sealedValuesRepo(db).resealEach((sealed) => (to.isStale(sealed) ? to.seal(from.open(sealed)) : null));
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
