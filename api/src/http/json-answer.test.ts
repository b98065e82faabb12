import { Hono } from 'hono';
import { crc32, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './env.ts';
import { acceptsGzip, gzipInPieces, jsonAnswerWriter, jsonTextAnswer } from './json-answer.ts';

describe('acceptsGzip', () => {
  it('follows Accept-Encoding, a q of 0 refusing', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0.0, *')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
  });
});

describe('gzip of a large answer in pieces', () => {
  // Text like a pull page: repetitive keys, varied words, some non-ASCII, ~1.2 MB.
  const words = ['ratification', 'statute', 'cooperation', 'tribunal', 'loi', 'закон', '法律', 'مادة'];
  const text = JSON.stringify({
    changes: Array.from({ length: 3000 }, (_, i) => ({
      table: 'items',
      id: `0190a6d2-5b3c-7d4e-8f90-${String(i).padStart(12, '0')}`,
      record: { description: Array.from({ length: 40 }, (_, k) => words[(i * 7 + k * k) % words.length]).join(' ') },
    })),
  });
  const bytes = Buffer.from(text);

  it('is one gzip member whose deflate stream decodes to the whole text, about as small as gzip in one call', async () => {
    const whole = gzipSync(bytes).length;
    for (const pieces of [1, 2, 3, 4]) {
      const packed = await gzipInPieces(bytes, pieces);
      expect(gunzipSync(packed).equals(bytes), `${pieces}`).toBe(true);
      // One member: header, one raw deflate stream, CRC-32 and length of the whole text.
      expect(packed.subarray(0, 3).equals(Buffer.from([0x1f, 0x8b, 8])), `${pieces}`).toBe(true);
      expect(inflateRawSync(packed.subarray(10, -8)).equals(bytes), `${pieces}`).toBe(true);
      expect(packed.readUInt32LE(packed.length - 8)).toBe(crc32(bytes));
      expect(packed.readUInt32LE(packed.length - 4)).toBe(bytes.length);
      expect(packed.length, `${pieces}`).toBeLessThan(whole * 1.01);
    }
  });

  it('is what a large JSON answer sends, with its length', async () => {
    const app = new Hono<AppEnv>().get('/x', (c) => jsonTextAnswer(c, text));
    const res = await app.request('/x', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const packed = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(packed.length);
    expect(inflateRawSync(packed.subarray(10, -8)).toString()).toBe(text);
  });

  /** The answer `text` written in parts of uneven sizes (a few characters to a whole large record), as a pull page is. */
  const writtenInParts = (answerText: string, acceptEncoding: string) => {
    const app = new Hono<AppEnv>().get('/x', (c) => {
      const answer = jsonAnswerWriter(c);
      for (let at = 0, n = 0; at < answerText.length; n++) {
        const size = [7, 300, 4_000, 90_000, 1][n % 5]!;
        answer.write(answerText.slice(at, at + size));
        at += size;
      }
      return answer.end();
    });
    return app.request('/x', { headers: { 'accept-encoding': acceptEncoding } });
  };

  it('written in parts, is compressed piece by piece into one gzip member with its length', async () => {
    const res = await writtenInParts(text, 'gzip');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const packed = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(packed.length);
    expect(packed.subarray(0, 3).equals(Buffer.from([0x1f, 0x8b, 8]))).toBe(true);
    expect(inflateRawSync(packed.subarray(10, -8)).toString()).toBe(text);
    expect(packed.readUInt32LE(packed.length - 8)).toBe(crc32(bytes));
    expect(packed.readUInt32LE(packed.length - 4)).toBe(bytes.length);
    expect(gunzipSync(packed).toString()).toBe(text);
    expect(packed.length).toBeLessThan(gzipSync(bytes).length * 1.01);
  });

  it('written in parts, goes to a client without gzip as it is, and a small answer as jsonTextAnswer sends it', async () => {
    const plain = await writtenInParts(text, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(text);
    for (const small of ['{"changes":[],"conflicts":[],"cursor":"x","hasMore":false}', JSON.stringify({ changes: text.slice(0, 5_000) })]) {
      const written = await writtenInParts(small, 'gzip');
      const direct = await new Hono<AppEnv>()
        .get('/x', (c) => jsonTextAnswer(c, small))
        .request('/x', { headers: { 'accept-encoding': 'gzip' } });
      expect(written.headers.get('content-encoding')).toBe(direct.headers.get('content-encoding'));
      expect(Buffer.from(await written.arrayBuffer()).equals(Buffer.from(await direct.arrayBuffer()))).toBe(true);
    }
  });
});
