import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * AES-256-GCM for confidential values at rest. A sealed value is `v1.<keyId>.<iv>.<ciphertext+tag>`
 * (base64url), so values sealed under an older key stay readable after a rotation until they are
 * re-sealed. The key id is a hash prefix of the key, never the key.
 */
export interface Keyring {
  seal(plaintext: string): string;
  open(sealed: string): string;
  currentKeyId: string;
  /** True when the value was sealed under a key other than the current one (rotation pending). */
  isStale(sealed: string): boolean;
}

/**
 * GCM's 96-bit IVs, drawn from the system's random source a thousand at a time: drawing 12 bytes per
 * seal was a measurable part of sealing a push's confidential fields. Each IV is used once.
 */
const IV_BYTES = 12;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * 1024);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('base64url').slice(0, 8);

export function createKeyring(current: Buffer, previous: Buffer[] = []): Keyring {
  for (const k of [current, ...previous])
    if (k.length !== 32) throw new Error('An encryption key must be 32 bytes (base64 of 32 random bytes).');
  const keys = new Map([current, ...previous].map((k) => [keyIdOf(k), k] as const));
  const currentKeyId = keyIdOf(current);
  return {
    currentKeyId,
    seal(plaintext) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `v1.${currentKeyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
    },
    open(sealed) {
      const [version, keyId, ivText, bodyText] = sealed.split('.');
      const key = keyId ? keys.get(keyId) : undefined;
      if (version !== 'v1' || !key || !ivText || !bodyText) {
        throw new Error(`Cannot open a sealed value (key ${keyId ?? '?'} is not in the keyring)`);
      }
      const body = Buffer.from(bodyText, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
      decipher.setAuthTag(body.subarray(body.length - 16));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
    },
    isStale: (sealed) => sealed.split('.')[1] !== currentKeyId,
  };
}

const parseKey = (text: string, where: string) => {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold a base64-encoded 32-byte key.`);
  return key;
};

/**
 * The key comes from CLEARINGHOUSE_KEY, or from DATA_DIR/secret.key, made (mode 0600) at first start.
 * Older keys, kept during a rotation, come from CLEARINGHOUSE_OLD_KEYS (comma-separated) or
 * DATA_DIR/secret.key.old (one per line). docs/operations.md explains the rotation.
 */
export function loadKeyring(dataDir: string, env: NodeJS.ProcessEnv = process.env): Keyring {
  let current: Buffer;
  if (env.CLEARINGHOUSE_KEY) {
    current = parseKey(env.CLEARINGHOUSE_KEY, 'CLEARINGHOUSE_KEY');
  } else {
    const file = join(dataDir, 'secret.key');
    if (!existsSync(file)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    }
    chmodSync(file, 0o600);
    current = parseKey(readFileSync(file, 'utf8'), file);
  }
  const oldFile = join(dataDir, 'secret.key.old');
  const oldTexts = [
    ...(env.CLEARINGHOUSE_OLD_KEYS?.split(',') ?? []),
    ...(existsSync(oldFile) ? readFileSync(oldFile, 'utf8').split('\n') : []),
  ].filter((s) => s.trim());
  return createKeyring(
    current,
    oldTexts.map((t) => parseKey(t, 'an old key')),
  );
}

export const testKeyring = () => createKeyring(randomBytes(32));

/**
 * The id of the key this DATA_DIR (or CLEARINGHOUSE_KEY) would use, and of the old keys kept beside it,
 * without making a key when there is none (null): restore says which key a backup needs.
 */
export function configuredKeyIds(dataDir: string, env: NodeJS.ProcessEnv = process.env): { current: string | null; old: string[] } {
  const file = join(dataDir, 'secret.key');
  const text = env.CLEARINGHOUSE_KEY || (existsSync(file) ? readFileSync(file, 'utf8') : null);
  const oldFile = join(dataDir, 'secret.key.old');
  const oldTexts = [
    ...(env.CLEARINGHOUSE_OLD_KEYS?.split(',') ?? []),
    ...(existsSync(oldFile) ? readFileSync(oldFile, 'utf8').split('\n') : []),
  ].filter((s) => s.trim());
  return {
    current: text ? keyIdOf(parseKey(text, 'the key')) : null,
    old: oldTexts.map((t) => keyIdOf(parseKey(t, 'an old key'))),
  };
}
