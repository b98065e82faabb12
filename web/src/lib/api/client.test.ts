import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, request } from './client.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('request', () => {
  it('sends JSON with same-origin credentials and returns the parsed body', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => json(200, { user: { id: '1' } }));
    const body = await request<{ user: { id: string } }>('POST', '/api/auth/login', {
      body: { email: 'a@b.org', password: 'x' },
      fetch,
    });
    expect(body.user.id).toBe('1');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/auth/login');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"email":"a@b.org","password":"x"}');
    expect((init?.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('throws an ApiError built from the error envelope', async () => {
    const fetch = async () =>
      json(422, {
        error: { code: 'validation-failed', message: 'Check the title.', details: [{ field: 'title', message: 'Required' }] },
      });
    const error = await request('POST', '/api/x', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation-failed', message: 'Check the title.', enveloped: true });
    expect((error as ApiError).details).toEqual([{ field: 'title', message: 'Required' }]);
  });

  it('still gives an ApiError for an error without an envelope', async () => {
    const fetch = async () => new Response('<html>Bad gateway</html>', { status: 502 });
    const error = await request('GET', '/api/x', { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'internal-error', enveloped: false });
  });

  it('treats a failed fetch as a NetworkError, distinct from ApiError', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await request('GET', '/api/auth/me', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('turns a silent connection into a NetworkError after the timeout', async () => {
    const fetch = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const error = await request('GET', '/api/x', { fetch, timeout: 10 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'NetworkError', timedOut: true });
  });

  it('returns undefined for 204 and appends the query', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(null, { status: 204 }));
    expect(await request('POST', '/api/auth/logout', { fetch })).toBeUndefined();
    await request('GET', '/api/public/items', { fetch, query: { q: 'loi', category: undefined, limit: 5 } });
    expect(fetch.mock.calls[1]![0]).toBe('/api/public/items?q=loi&limit=5');
  });

  it('refuses a successful answer that is not JSON (an HTML page served for an API path)', async () => {
    const fetch = async () => new Response('<!doctype html>', { status: 200 });
    const error = await request('GET', '/api/x', { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'malformed-response' });
  });
});
