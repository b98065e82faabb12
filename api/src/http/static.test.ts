import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness.ts';

let t: TestContext;
beforeEach(async () => {
  t = await createTestContext();
});

describe('serving the web app', () => {
  it('answers / and every client route with the shell, 200, never cached', async () => {
    for (const path of ['/', '/app', '/app/drafts/123', '/signin', '/states/BEN']) {
      const res = await t.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('shell');
    }
  });

  it('caches hashed assets for a year, and serves them compressed', async () => {
    const res = await t.request('/_app/immutable/entry/start.abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const body = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(body).toContain('export const x');
  });

  it('never caches the service worker or the manifest', async () => {
    expect((await t.request('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    expect((await t.request('/manifest.webmanifest')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing asset rather than the shell', async () => {
    expect((await t.request('/_app/immutable/missing.js')).status).toBe(404);
    expect((await t.request('/missing.png')).status).toBe(404);
  });

  it('answers a malformed percent-encoding in a page path with 400, in the error envelope', async () => {
    for (const path of ['/%ff', '/%', '/_app/%zz', '/app/%E0%A4%A']) {
      const res = await t.request(path);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as any).error.code, path).toBe('bad-request');
    }
  });

  it('revalidates with ETag', async () => {
    const first = await t.request('/sw.js');
    const etag = first.headers.get('etag')!;
    const second = await t.request('/sw.js', { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
  });

  it('sends the security headers, allowing the shell inline script by hash only', async () => {
    const res = await t.request('/');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    expect(res.headers.get('strict-transport-security')).toBeNull(); // plain HTTP
  });

  it('keeps the document-only headers off hashed scripts, and every header on documents', async () => {
    const documentOnly = [
      'content-security-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
      'permissions-policy',
      'referrer-policy',
    ];
    const script = await t.request('/_app/immutable/entry/start.abc123.js');
    expect(script.status).toBe(200);
    for (const name of documentOnly) expect(script.headers.get(name), name).toBeNull();
    expect(script.headers.get('x-content-type-options')).toBe('nosniff'); // still no MIME sniffing of a script
    const revalidated = await t.request('/_app/immutable/entry/start.abc123.js', {
      headers: { 'if-none-match': script.headers.get('etag')! },
    });
    expect(revalidated.status).toBe(304);
    for (const name of documentOnly) expect(revalidated.headers.get(name), name).toBeNull();
    // Documents, the service worker (its CSP governs the worker) and a missing asset keep them all.
    for (const path of ['/', '/app/drafts', '/sw.js', '/manifest.webmanifest', '/_app/immutable/missing.js']) {
      const res = await t.request(path);
      for (const name of documentOnly) expect(res.headers.get(name), `${path} ${name}`).toBeTruthy();
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('gives JSON answers of the API the policy for data: nothing loads, nobody frames, no document headers', async () => {
    for (const path of ['/api/health', '/api/public/entities', '/api/no-such-thing', '/api/sync/pull']) {
      const res = await t.request(path);
      expect(res.headers.get('content-type'), path).toMatch(/json/);
      expect(res.headers.get('content-security-policy'), path).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      for (const name of ['x-frame-options', 'cross-origin-opener-policy', 'permissions-policy', 'referrer-policy'])
        expect(res.headers.get(name), `${path} ${name}`).toBeNull();
    }
  });

  it('compresses large API responses', async () => {
    const res = await t.request('/api/public/entities', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });
});
