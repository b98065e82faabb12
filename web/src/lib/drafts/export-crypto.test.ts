import { describe, expect, it } from 'vitest';
import { decryptExport, encryptExport, isEncryptedExport, WrongPassphraseError } from './export-crypto.ts';

const FEW_ITERATIONS = 1_000; // the real count is a deliberate cost; the format is the same

describe('passphrase-protected export', () => {
  it('round-trips, and the file does not contain the confidential text in clear', async () => {
    const plain = JSON.stringify({ format: 'clearinghouse-drafts', items: [{ title: 'Secret negotiation with the Court' }] });
    const sealed = await encryptExport(plain, 'correct horse battery', FEW_ITERATIONS);
    expect(isEncryptedExport(sealed)).toBe(true);
    expect(isEncryptedExport(plain)).toBe(false);
    expect(sealed).not.toContain('Secret negotiation');
    expect(JSON.parse(sealed)).toMatchObject({ kdf: { name: 'PBKDF2', iterations: FEW_ITERATIONS }, cipher: { name: 'AES-GCM' } });
    expect(await decryptExport(sealed, 'correct horse battery')).toBe(plain);
  });

  it('says so clearly when the passphrase is wrong or the file was altered', async () => {
    const sealed = await encryptExport('{"a":1}', 'correct horse battery', FEW_ITERATIONS);
    await expect(decryptExport(sealed, 'Correct horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
    const altered = JSON.parse(sealed) as { data: string };
    altered.data = `${altered.data.startsWith('A') ? 'B' : 'A'}${altered.data.slice(1)}`;
    await expect(decryptExport(JSON.stringify(altered), 'correct horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
    // an envelope with a part missing (a file cut short in copying) says the same, not a TypeError
    const { kdf: _kdf, ...cut } = JSON.parse(sealed) as Record<string, unknown>;
    await expect(decryptExport(JSON.stringify(cut), 'correct horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('uses a new salt each time: the same drafts and passphrase never give the same file', async () => {
    const a = await encryptExport('{}', 'passphrase!', FEW_ITERATIONS);
    const b = await encryptExport('{}', 'passphrase!', FEW_ITERATIONS);
    expect(JSON.parse(a).kdf.salt).not.toBe(JSON.parse(b).kdf.salt);
  });
});
