/**
 * A passphrase around the export file: the app suggests carrying drafts on a USB stick, and a stick is
 * easily lost. AES-GCM (authenticated: a wrong passphrase or a damaged file fails instead of yielding
 * garbage) with a key derived by PBKDF2-SHA-256 from the passphrase and a random salt, all WebCrypto,
 * so it works offline and needs no library. The envelope is JSON so the app recognises it on import.
 */
import { ENCRYPTED_EXPORT_FORMAT, readEncryptedExport, type EncryptedExport } from '@clearinghouse/shared';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

/** OWASP's 2023 figure for PBKDF2-SHA-256: about half a second on a phone, once per export or import. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;

/** The passphrase does not open the file (or the file was altered): nothing was imported. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this file.');
    this.name = 'WrongPassphraseError';
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function encryptExport(text: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text));
  const envelope: EncryptedExport = {
    format: ENCRYPTED_EXPORT_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    data: bytesToBase64(new Uint8Array(sealed)),
  };
  return JSON.stringify(envelope);
}

/** Whether a file's text is a passphrase-protected export (then import must ask for the passphrase). */
export function isEncryptedExport(text: string): boolean {
  // Only the head is read: the envelope's format comes first, and the file may be tens of megabytes.
  return text.slice(0, 200).includes(`"format":"${ENCRYPTED_EXPORT_FORMAT}"`);
}

export async function decryptExport(text: string, passphrase: string): Promise<string> {
  // An envelope not as written is a file the passphrase cannot open, as the person sees it.
  const envelope = readEncryptedExport(JSON.parse(text));
  if (!envelope) throw new WrongPassphraseError();
  const { kdf, cipher, data } = envelope;
  const key = await deriveKey(passphrase, base64ToBytes(kdf.salt), kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: base64ToBytes(cipher.iv) }, key, base64ToBytes(data));
    return new TextDecoder().decode(plain);
  } catch {
    throw new WrongPassphraseError();
  }
}
