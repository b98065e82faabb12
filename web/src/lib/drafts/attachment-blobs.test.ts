import { describe, expect, it } from 'vitest';
import { acceptedTypeOf, checkFile, MAX_ATTACHMENT_BYTES, sha256Hex } from './attachment-blobs.ts';

const file = (name: string, type: string, size: number) => ({ name, type, size, arrayBuffer: async () => new ArrayBuffer(size) });

describe('attachment checks', () => {
  it('accepts PDF, Word, ODT and images, by type or (without a type) by extension', () => {
    expect(acceptedTypeOf({ name: 'a.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(acceptedTypeOf({ name: 'a.odt', type: '' })).toBe('application/vnd.oasis.opendocument.text');
    expect(acceptedTypeOf({ name: 'a.docx', type: 'application/octet-stream' })).toContain('wordprocessingml');
    expect(acceptedTypeOf({ name: 'a.exe', type: 'application/x-msdownload' })).toBeNull();
    expect(acceptedTypeOf({ name: 'a.pdf', type: 'text/html' })).toBeNull();
  });
  it('refuses files over 25 MB, empty files and other types', () => {
    expect(checkFile(file('a.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES))).toBeNull();
    expect(checkFile(file('a.pdf', 'application/pdf', MAX_ATTACHMENT_BYTES + 1))?.code).toBe('too-large');
    expect(checkFile(file('a.pdf', 'application/pdf', 0))?.code).toBe('empty');
    expect(checkFile(file('a.zip', 'application/zip', 10))?.code).toBe('refused-type');
  });
  it('hashes with SHA-256 in lower-case hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer as ArrayBuffer)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
