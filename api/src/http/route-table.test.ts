import { Hono } from 'hono';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';
import type { AppEnv } from './env.ts';
import { RouteTable } from './route-table.ts';

const Count = v.object({ n: v.number() });
const spec = (path: string) =>
  ({
    method: 'GET',
    path,
    allow: ['secretariat'],
    tag: 't',
    summary: 's',
    responses: { 200: { description: 'd', schema: Count } },
  }) as const;

describe('the route table', () => {
  it('declares every API route the server serves: nothing is served without an entry', async () => {
    const { app } = await createTestContext();
    const served = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(3);
    for (const route of served) {
      const [method, path] = route.split(' ');
      expect(app.routeTable.find(method!, path!), `${route} has no route-table entry`).toBeTruthy();
    }
    expect(new Set(served).size).toBe(app.routeTable.specs.length);
  });

  it('generates the OpenAPI document from the same table and schemas', async () => {
    const { request, app } = await createTestContext();
    const res = await request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toMatch(/^3\./);
    for (const spec of app.routeTable.specs) {
      const path = spec.path.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[spec.method.toLowerCase()], `${spec.method} ${spec.path}`).toBeTruthy();
    }
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    expect(login.responses['401'].content['application/json'].schema.properties.error).toBeTruthy();
  });

  it('documents the body of every successful answer: a JSON schema, or the media type of a file', async () => {
    const { request } = await createTestContext();
    const doc = (await (await request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    };
    const undocumented: string[] = [];
    let routes = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        routes++;
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        if (success.length === 0) undocumented.push(`${method.toUpperCase()} ${path}: no success answer`);
        for (const [status, answer] of success) {
          if (status === '204') continue; // no content, by definition
          const content = Object.values(answer.content ?? {});
          if (content.length === 0 || content.some((c) => !c.schema)) undocumented.push(`${method.toUpperCase()} ${path} ${status}`);
        }
      }
    }
    expect(routes).toBeGreaterThan(60);
    expect(undocumented).toEqual([]);
  });

  it('types each handler by its route: the answer by its schema, the user by the audience', () => {
    const table = new RouteTable();
    const router = new Hono<AppEnv>();
    // a signed-in audience: the user is never null, no check needed
    table.add(router, spec('/api/a'), (_c, { user, reply }) => reply({ n: user.id.length }));
    // @ts-expect-error an answer outside its schema does not compile
    table.add(router, spec('/api/b'), (_c, { reply }) => reply({ n: 'one' }));
    // @ts-expect-error c.json would bypass the schema: a route with a JSON answer sends it through reply
    table.add(router, spec('/api/c'), (c) => c.json({ n: 1 }));
    table.add(router, { ...spec('/api/d'), allow: ['public'] }, (_c, { user, reply }) =>
      // @ts-expect-error a public route may be called without a session
      reply({ n: user.id.length }),
    );
    expect(table.specs).toHaveLength(4);
  });

  it('fails loudly, where answers are checked, when a handler answers outside its schema', async () => {
    const table = new RouteTable({ checkAnswers: true });
    const router = new Hono<AppEnv>();
    router.use('*', async (c, next) => {
      c.set('user', { id: '0190a6d2-5b3c-7d4e-8f90-123456789abc', email: 's@example.org', role: 'secretariat', entityId: null });
      c.set('sessionRevoked', null);
      await next();
    });
    table.add(router, spec('/api/ok'), (_c, { reply }) => reply({ n: 1 }));
    table.add(router, spec('/api/drifted'), (_c, { reply }) => reply({ n: '1' } as never));
    let failure: unknown;
    router.onError((err, c) => ((failure = err), c.text('failed', 500)));
    expect(await (await router.request('/api/ok')).json()).toEqual({ n: 1 });
    expect((await router.request('/api/drifted')).status).toBe(500);
    expect(String(failure)).toContain('GET /api/drifted answered outside its schema');
  });
});
