import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { TestContext } from './harness.ts';

export interface LiveServer {
  origin: string;
  /** A real HTTP request over loopback, with the app's Origin on state-changing methods. */
  fetch(path: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Serves a test context's app on a real loopback socket, so concurrent requests really run in
 * parallel (interleaving on the event loop and the file system) instead of one `app.request()` at a time.
 */
export async function listen(t: TestContext): Promise<LiveServer> {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    fetch(path, init = {}) {
      const { cookie, headers, ...rest } = init;
      const h = new Headers(headers);
      if (cookie) h.set('cookie', cookie);
      if ((rest.method ?? 'GET') !== 'GET') h.set('origin', origin);
      return fetch(`${origin}${path}`, { ...rest, headers: h, ...(rest.body ? { duplex: 'half' } : {}) } as RequestInit);
    },
  };
}
