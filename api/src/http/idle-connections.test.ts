import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { Agent, get } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { keepIdleConnections } from './persistent-connection.ts';

const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A server counting the connections it accepted. */
async function start(keep: boolean) {
  const app = new Hono().get('/', (c) => c.text('ok'));
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
  servers.push(server);
  if (keep) keepIdleConnections(server);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, connections: () => connections };
}

describe('idle connections', () => {
  it('stay open past Node’s default (closed after ~6 s idle), so a client reusing one after a pause is not cut off', async () => {
    // A client whose own idle limit is longer than Node's default, as browsers' are.
    const agent = new Agent({ keepAlive: true });
    const fetchText = (url: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) =>
        get(url, { agent }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        }).on('error', reject),
      );
    // Node's default and ours side by side: the default is the control that shows the pause is long enough.
    const [node, ours] = await Promise.all([start(false), start(true)]);
    await Promise.all([fetchText(node.url), fetchText(ours.url)]);
    await new Promise((r) => setTimeout(r, 7_000));
    expect(await Promise.all([fetchText(node.url), fetchText(ours.url)])).toEqual([
      { status: 200, body: 'ok' },
      { status: 200, body: 'ok' },
    ]);
    expect(node.connections()).toBe(2); // closed while idle: the client had to connect again
    expect(ours.connections()).toBe(1);
    agent.destroy();
  }, 30_000);
});
