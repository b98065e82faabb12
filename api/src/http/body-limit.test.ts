import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyLimitByLength } from './body-limit.ts';

const LIMIT = 1000;
const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** The real server adapter (the light request of @hono/node-server), answering with the length of the body it read. */
async function start() {
  const app = new Hono()
    .use('*', bodyLimitByLength({ maxSize: LIMIT, onError: (c) => c.text('too large', 413) }))
    .all('/', async (c) => c.text(String((await c.req.text()).length)));
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  servers.push(server);
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Sends `chunks`, with a Content-Length when `declared`, chunked otherwise. */
function send(url: string, chunks: string[], declared: boolean) {
  const length = chunks.reduce((n, c) => n + c.length, 0);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: declared ? { 'content-length': String(length) } : {} }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('the body limit', () => {
  it('refuses a body whose declared length is over the limit, and passes one at the limit whole', async () => {
    const url = await start();
    expect(await send(url, ['x'.repeat(LIMIT + 1)], true)).toEqual({ status: 413, body: 'too large' });
    expect(await send(url, ['x'.repeat(LIMIT)], true)).toEqual({ status: 200, body: String(LIMIT) });
  });

  it('counts a chunked body (no declared length) as it comes: over the limit refused, under it passed whole', async () => {
    const url = await start();
    expect(await send(url, ['x'.repeat(600), 'y'.repeat(600)], false)).toEqual({ status: 413, body: 'too large' });
    expect(await send(url, ['x'.repeat(400), 'y'.repeat(400)], false)).toEqual({ status: 200, body: '800' });
  });

  it('lets a request without a body through', async () => {
    const url = await start();
    const status = await new Promise<number>((resolve, reject) =>
      request(url, { method: 'GET' }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(200);
  });
});
